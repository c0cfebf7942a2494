"""Train the offensive-language scorer of the abuse detectors on COLD and save it in the package.

    .venv/bin/python scripts/train_abuse_model.py [--data ../shared/data/external/cold]

COLD (thu-coai/COLDataset, Apache-2.0) is read from the shared data folder, never copied
into the repository. Texts are folded with clearbright's normalizer (as the detector sees
them), hashed into char 1-3-grams, weighted by sublinear TF-IDF and fitted with a logistic
regression whose C is chosen on dev.csv; test.csv is scored once, at the end. The weights
go to `src/clearbright/detectors/abuse/data/offense_model.npz`; the command, the data
checksums, the parameters and the metrics to `offense_model.json` beside it. Training is
deterministic: the same data gives the same file.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score

from clearbright.detectors.abuse.offense_model import (
    MAX_CHARS,
    METADATA_FILE,
    MODEL_FILE,
    N_FEATURES,
    NGRAM_RANGE,
    OffenseModel,
    hashing_vectorizer,
)
from clearbright.text.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "external" / "cold"
OUT_DIR = ROOT / "src" / "clearbright" / "detectors" / "abuse" / "data"
C_GRID = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0)
PUBLISHED_ACCURACY = 0.81  # COLDetector, COLD paper (Deng et al., EMNLP 2022), test set


def read_split(path: Path) -> tuple[list[str], np.ndarray]:
    """Folded texts and 0/1 labels of one COLD csv file (the file, not its `split` column)."""
    texts: list[str] = []
    labels: list[int] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            texts.append(normalize(row["TEXT"]).text[:MAX_CHARS])
            labels.append(int(row["label"]))
    return texts, np.asarray(labels)


def metrics(truth: np.ndarray, predicted: np.ndarray) -> dict[str, float]:
    return {
        "accuracy": round(float(accuracy_score(truth, predicted)), 4),
        "f1_offensive": round(float(f1_score(truth, predicted)), 4),
        "f1_macro": round(float(f1_score(truth, predicted, average="macro")), 4),
        "precision_offensive": round(float(precision_score(truth, predicted)), 4),
        "recall_offensive": round(float(recall_score(truth, predicted)), 4),
    }


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    files = {name: args.data / f"{name}.csv" for name in ("train", "dev", "test")}
    if not all(p.is_file() for p in files.values()):
        print(f"COLD not found under {args.data}; nothing trained", file=sys.stderr)
        return 1
    (train_x, train_y), (dev_x, dev_y), (test_x, test_y) = (
        read_split(files[n]) for n in ("train", "dev", "test")
    )
    vectorizer = hashing_vectorizer()
    transformer = TfidfTransformer(sublinear_tf=True).fit(vectorizer.transform(train_x))

    def features(texts: list[str]):  # type: ignore[no-untyped-def]
        return transformer.transform(vectorizer.transform(texts))

    train_f, dev_f = features(train_x), features(dev_x)
    best_c, best_acc, best = C_GRID[0], -1.0, None
    for c in C_GRID:
        model = LogisticRegression(C=c, max_iter=2000, solver="liblinear").fit(train_f, train_y)
        accuracy = float(accuracy_score(dev_y, model.predict(dev_f)))
        print(f"C={c}: dev accuracy {accuracy:.4f}")
        if accuracy > best_acc:
            best_c, best_acc, best = c, accuracy, model
    assert best is not None
    idf = transformer.idf_.astype(np.float32)
    coef = best.coef_.ravel().astype(np.float32)
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out / MODEL_FILE,
        idf=idf,
        coef=coef,
        intercept=np.asarray([best.intercept_[0]], dtype=np.float64),
    )
    shipped = OffenseModel.load(args.out / MODEL_FILE)
    assert shipped is not None
    # The shipped arrays must reproduce the fitted pipeline (up to float32 storage).
    gap = np.abs(shipped.scores(dev_x) - best.predict_proba(dev_f)[:, 1]).max()
    assert gap < 1e-3, f"shipped model differs from the fitted one by {gap}"
    # Score test with the shipped arrays, so the figures are those of the file in the package.
    test_pred = (shipped.scores(test_x) >= 0.5).astype(int)
    dev_pred = (shipped.scores(dev_x) >= 0.5).astype(int)
    record = {
        "model": "char 1-3-gram hashing (2^18) + sublinear TF-IDF + logistic regression",
        "command": "python scripts/train_abuse_model.py --data ../shared/data/external/cold",
        "data": {
            "name": "COLD (thu-coai/COLDataset)",
            "licence": "Apache-2.0",
            "files": {
                n: {"rows": len(x), "sha256": sha256(files[n])}
                for n, x in (("train", train_x), ("dev", dev_x), ("test", test_x))
            },
        },
        "versions": {"scikit-learn": sklearn.__version__, "numpy": np.__version__},
        "params": {
            "n_features": N_FEATURES,
            "ngram_range": list(NGRAM_RANGE),
            "C": best_c,
            "solver": "liblinear",
            "threshold": 0.5,
            "max_chars": MAX_CHARS,
        },
        "metrics": {"dev": metrics(dev_y, dev_pred), "test": metrics(test_y, test_pred)},
        "published": {
            "test_accuracy": PUBLISHED_ACCURACY,
            "source": "COLDetector, Deng et al., COLD, EMNLP 2022",
        },
    }
    (args.out / METADATA_FILE).write_text(
        json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(json.dumps(record["metrics"], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
