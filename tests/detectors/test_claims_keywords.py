"""Keyword-form search suggestions: "<name><key phrase>" with the claim's verb dropped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from clearbright.categories import Category
from clearbright.detectors.base import prepare
from clearbright.detectors.claims.claim_index import ClaimIndex
from clearbright.detectors.claims.search_trending import FalseSearchTrendingDetector
from clearbright.detectors.claims.terse_match import TerseMatcher
from clearbright.model import Item
from clearbright.registry import Registry
from clearbright.text.normalize import normalize

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "registry"
# Fictional claims added to a copy of the example registry: one false, one true.
EXTRA_CLAIMS = (
    {
        "id": "t-clm-oil",
        "text": "禾淼果汁使用地沟油",
        "verdict": "false",
        "correction": "抽检未发现禾淼使用地沟油（虚构）。",
        "source": "抽检通报（虚构）",
        "subject": "ent-hemiao",
    },
    {
        "id": "t-clm-cut",
        "text": "岫屏智能裁员3000人",
        "verdict": "false",
        "correction": "岫屏2025年未进行裁员（虚构）。",
        "source": "岫屏公告（虚构）",
        "subject": "ent-xiuping",
    },
    {
        "id": "t-clm-true",
        "text": "澄屿手表获得防水认证",
        "verdict": "true",
        "correction": "澄屿手表获得防水认证（虚构）。",
        "source": "认证公告（虚构）",
        "subject": "ent-chengyu",
    },
)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    folder = tmp_path_factory.mktemp("registry")
    shutil.copytree(EXAMPLES, folder, dirs_exist_ok=True)
    with (folder / "claims.jsonl").open("a", encoding="utf-8") as out:
        for claim in EXTRA_CLAIMS:
            out.write(json.dumps(claim, ensure_ascii=False) + "\n")
    return Registry.load(folder)


@pytest.fixture(scope="module")
def terse(registry: Registry) -> TerseMatcher:
    return TerseMatcher(registry, ClaimIndex.from_registry(registry))


def _statuses(terse: TerseMatcher, registry: Registry, text: str) -> dict[str, str]:
    normalized = normalize(text)
    found = terse.match(normalized, registry.find_mentions(normalized))
    return {m.entry.claim.id: m.status for m in found}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("禾淼果汁地沟油", "t-clm-oil"),  # verb 使用 dropped
        ("禾淼 地沟油", "t-clm-oil"),
        ("禾淼果汁地沟油最新消息", "t-clm-oil"),  # generic query words do not block
        ("澄屿手表致癌", "ex-clm-1"),  # the end of the claim: what it asserts
        ("澄屿手表辐射超标", "ex-clm-1"),  # most of the claim's distinctive words
        ("澄嶼手錶輻射超標", "ex-clm-1"),  # traditional characters
        ("岫屏资金链断裂", "ex-clm-3"),
        ("澄屿续航一周", "ex-clm-4"),
    ],
)
def test_keyword_form_is_asserted(
    terse: TerseMatcher, registry: Registry, text: str, claim: str
) -> None:
    assert _statuses(terse, registry, text).get(claim) == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "澄屿app下载",  # generic query words only
        "禾淼果汁怎么样",
        "禾淼果汁官网",
        "澄屿手表续航",  # a neutral attribute of the claim, not what it asserts
        "澄屿手表辐射",
        "岫屏资金链",
        "禾淼果汁原料",
        "禾淼果汁使用",  # only the light verb
        "岫屏地沟油",  # the claim's keywords about another enterprise
        "地沟油",  # no subject named
        "澄屿手表防水认证",  # the keywords of a true claim
        "禾淼果汁召回",  # a true claim's keyword, no false claim shares it
        "澄屿手表辐射超标会致癌的原因和检测方法大全以及用户真实评价汇总",  # a sentence
    ],
)
def test_keyword_form_negatives(terse: TerseMatcher, registry: Registry, text: str) -> None:
    assert "asserted" not in _statuses(terse, registry, text).values()


@pytest.mark.parametrize(
    ("text", "claim", "status"),
    [
        ("禾淼地沟油辟谣", "t-clm-oil", "refuted"),
        ("禾淼果汁地沟油吗", "t-clm-oil", "questioned"),
    ],
)
def test_keyword_form_denials(
    terse: TerseMatcher, registry: Registry, text: str, claim: str, status: str
) -> None:
    assert _statuses(terse, registry, text).get(claim) in (status, None)
    assert "asserted" not in _statuses(terse, registry, text).values()


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        ("岫屏裁员3000人", True),
        ("岫屏智能 裁员 3000人", True),
        ("岫屏裁员", False),  # the claim's number is its distinctive fact
        ("岫屏裁员300人", False),  # another number
        ("岫屏裁员5000人", False),
    ],
)
def test_number_agreement(
    terse: TerseMatcher, registry: Registry, text: str, asserted: bool
) -> None:
    assert (_statuses(terse, registry, text).get("t-clm-cut") == "asserted") is asserted


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("search_suggestion", "禾淼果汁地沟油", "false_search_trending"),
        ("trending_topic", "#禾淼果汁地沟油#", "false_search_trending"),
        ("search_suggestion", "澄屿手表辐射超标", "false_search_trending"),
        ("search_suggestion", "禾淼果汁地沟油是真的吗", None),
        ("search_suggestion", "禾淼果汁地沟油 辟谣", None),
        ("trending_topic", "#禾淼回应地沟油传闻#", None),
        ("search_suggestion", "禾淼果汁没有地沟油", None),
        ("search_suggestion", "禾淼果汁怎么样", None),
        ("search_suggestion", "澄屿app下载", None),
        ("search_suggestion", "澄屿手表防水认证", None),
    ],
)
def test_detector(registry: Registry, kind: str, text: str, expected: str | None) -> None:
    detector = FalseSearchTrendingDetector(registry)
    item = Item(id="s1", platform="baidu", kind=kind, text=text)
    found = list(detector.detect(prepare(item, registry)))
    assert [f.category for f in found] == ([Category(expected).number] if expected else [])
    if found:
        kinds = {e.kind for e in found[0].evidence}
        assert {"claim_match", "context_label"} <= kinds
