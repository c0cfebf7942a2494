"""A general Chinese offensive-language scorer, trained on COLD by `scripts/train_abuse_model.py`.

Char 1-3-gram counts are hashed (so there is no vocabulary to ship), weighted by
sublinear TF-IDF and scored by a logistic regression. Only the IDF vector and the
regression weights are stored, as plain arrays in an `.npz` file next to a JSON record
of how they were trained: no pickle, nothing version-bound. The score says whether a
text is offensive in general; it never makes a finding on its own, because abuse needs a
registered target and an attack (see `targeted_abuse.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from scipy import sparse  # type: ignore[import-untyped]

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import HashingVectorizer  # type: ignore[import-untyped]

N_FEATURES = 2**18
NGRAM_RANGE = (1, 3)
MODEL_FILE = "offense_model.npz"
METADATA_FILE = "offense_model.json"
# Longer texts add nothing to a comment-level classifier and only cost time.
MAX_CHARS = 2000


@cache
def hashing_vectorizer() -> HashingVectorizer:
    """The raw-count featurizer shared by training and scoring."""
    # Imported on first use: scikit-learn takes seconds to import, which every command line
    # and every Spark worker would pay before reading its first item.
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer="char",
        ngram_range=NGRAM_RANGE,
        n_features=N_FEATURES,
        alternate_sign=False,
        norm=None,
        lowercase=False,
    )


def tfidf(counts: sparse.csr_matrix, idf: NDArray[np.float64]) -> sparse.csr_matrix:
    """Sublinear TF-IDF with L2 rows, exactly as sklearn's TfidfTransformer(sublinear_tf=True)."""
    weighted = sparse.csr_matrix(counts, dtype=np.float64, copy=True)
    # Scaling the stored values column by column is the diagonal IDF product, without the
    # N_FEATURES x N_FEATURES matrix.
    weighted.data = (np.log(weighted.data) + 1.0) * idf[weighted.indices]
    lengths = np.diff(weighted.indptr)
    rows = np.repeat(np.arange(weighted.shape[0]), lengths)
    norms = np.sqrt(np.bincount(rows, weights=weighted.data**2, minlength=weighted.shape[0]))
    norms[norms == 0.0] = 1.0
    weighted.data /= norms[rows]
    return weighted


@dataclass(frozen=True)
class OffenseModel:
    """P(offensive) for folded Chinese text, from IDF weights and a linear model."""

    idf: NDArray[np.float64]
    coef: NDArray[np.float64]
    intercept: float

    @classmethod
    def load(cls, path: Path | None = None) -> OffenseModel | None:
        """The shipped model (or the one at `path`); None when the file is missing."""
        source = path if path is not None else Path(str(files(__package__) / "data" / MODEL_FILE))
        if not source.is_file():
            return None
        with np.load(source) as arrays:
            idf = arrays["idf"].astype(np.float64)
            coef = arrays["coef"].astype(np.float64)
            intercept = float(arrays["intercept"][0])
        if idf.shape != (N_FEATURES,) or coef.shape != (N_FEATURES,):
            return None
        return cls(idf, coef, intercept)

    def scores(self, texts: Sequence[str]) -> NDArray[np.float64]:
        """P(offensive) for each (already folded) text."""
        counts = hashing_vectorizer().transform([t[:MAX_CHARS] for t in texts])
        logits = tfidf(counts, self.idf) @ self.coef + self.intercept
        result: NDArray[np.float64] = 1.0 / (1.0 + np.exp(-np.asarray(logits).ravel()))
        return result

    def score(self, text: str) -> float:
        return float(self.scores([text])[0])


@cache
def shipped_model() -> OffenseModel | None:
    """The model shipped in the package, loaded once per process."""
    return OffenseModel.load()
