"""Contract tests run over every registered detector (built-in and plugins).

Each detector's EXAMPLES are run against the example registry: positives must yield
their slug with evidence whose spans point into the original text; negatives must
yield nothing. Pathological input must not raise.
"""

from __future__ import annotations

import pytest

from clearbright.categories import Category
from clearbright.detectors.base import CorpusDetector, Detector, Example, prepare
from clearbright.detectors.catalog import BUILTIN, DetectorClass, detector_classes
from clearbright.model import Finding, Item
from clearbright.registry import Registry

CLASSES = detector_classes()
NASTY_TEXTS = [
    "",
    " ",
    "\u200b" * 50,
    "a" * 100_000,
    "华" * 50_000,
    "1" * 5000,
    "１３８ " * 2000,
    # A lone surrogate never reaches a detector (Item refuses it, see the test below); its
    # neighbours at the edges of Unicode do.
    "\ufffd\U0010ffff\ue000",
    "\u202e反转\u202c",
    "e\u0301" * 1000,
    "😀" * 3000,
    "(" * 5000 + ")" * 5000,
    "a-" * 20000,
    "澄屿" * 3000,
    "http://" + "a." * 5000 + "com",
]


def _ids(cls: DetectorClass) -> str:
    return cls.name


def _run(cls: DetectorClass, registry: Registry, items: list[Item]) -> list[Finding]:
    detector = cls(registry)
    prepared = [prepare(item, registry) for item in items]
    if isinstance(detector, CorpusDetector):
        return list(detector.detect_corpus(prepared))
    assert isinstance(detector, Detector)
    return [f for p in prepared if p.item.kind in detector.kinds for f in detector.detect(p)]


def test_detector_names_are_unique_and_builtins_listed() -> None:
    names = [cls.name for cls in CLASSES]
    assert len(names) == len(set(names))
    assert set(BUILTIN) <= set(CLASSES)


@pytest.mark.parametrize("cls", CLASSES, ids=_ids)
def test_declares_what_it_is(cls: DetectorClass) -> None:
    assert cls.__doc__ and cls.__doc__.strip(), "a detector says what it detects"
    assert cls.name and cls.name.replace("_", "").isalnum()
    assert cls.categories and all(isinstance(c, Category) for c in cls.categories)
    positives = [e for e in cls.EXAMPLES if e.expect]
    negatives = [e for e in cls.EXAMPLES if not e.expect]
    assert positives and negatives, "examples show both what is and what is not a finding"


@pytest.mark.parametrize("cls", CLASSES, ids=_ids)
def test_examples(cls: DetectorClass, example_registry: Registry) -> None:
    for index, example in enumerate(cls.EXAMPLES):
        item = example.build(index)
        context = (
            [
                Example(e, None).build(1000 + n)
                for n, e in enumerate(example.item.get("_context", []))
            ]
            if "_context" in example.item
            else []
        )
        findings = [
            f for f in _run(cls, example_registry, [*context, item]) if f.item_id == item.id
        ]
        slugs = {f.slug for f in findings}
        if example.expect:
            assert example.expect in slugs, f"{cls.name} missed example {index}: {item.text!r}"
        else:
            assert not findings, f"{cls.name} flagged negative example {index}: {item.text!r}"
        for finding in findings:
            _check_finding(cls, finding, item)


def _check_finding(cls: DetectorClass, finding: Finding, item: Item) -> None:
    assert finding.detector == cls.name
    assert finding.category_enum in cls.categories
    assert 0.0 <= finding.score <= 1.0
    assert finding.evidence, "no evidence, no finding"
    for evidence in finding.evidence:
        assert evidence.description.strip()
        if evidence.span is not None:
            source = item.field_text(evidence.span.field) or ""
            assert 0 <= evidence.span.start < evidence.span.end <= len(source)
            assert source[evidence.span.start : evidence.span.end] == evidence.span.text


def test_a_lone_surrogate_is_refused_before_any_detector() -> None:
    with pytest.raises(ValueError, match="lone surrogate"):
        Item(id="nasty", platform="weibo", kind="post", text="\ud800")


@pytest.mark.parametrize("cls", CLASSES, ids=_ids)
@pytest.mark.parametrize("kind", ["post", "account", "domain", "search_suggestion"])
def test_pathological_input_does_not_raise(
    cls: DetectorClass, kind: str, example_registry: Registry
) -> None:
    items = [
        Item(
            id=f"nasty-{n}",
            platform="weibo",
            kind=kind,
            text=text,  # type: ignore[arg-type]
            title=text[:100],
            url=text[:200],
        )
        for n, text in enumerate(NASTY_TEXTS)
    ]
    for finding in _run(cls, example_registry, items):
        assert finding.evidence
