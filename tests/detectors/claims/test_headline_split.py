"""Pattern: a headline (title, or the opening of the text up to a dash) contradicted by the
body, including headlines followed by a rhetorical question."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims

BODY = "澜境汽车今日披露年报，2025年实现营收76.8亿元，同比增长11.3%；净利润3.4亿元，同比增长5.1%。"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (None, "澜境全年巨亏！新能源神话破灭？——" + BODY),
        (None, "澜境汽车巨亏！——" + BODY),
        (None, "澜境汽车2025年亏损！\n" + BODY),
        ("澜境全年巨亏！新能源神话破灭？", BODY),
        ("澜境汽车营收大跌！还能撑多久？", BODY),
        (None, "澜境全年巨亏！——公司今日披露年报，2025年净利润3.4亿元，同比增长5.1%。"),
    ],
)
def test_headline_contradicted_by_body(
    claims_registry: Registry, title: str | None, text: str
) -> None:
    data = {"text": text} if title is None else {"title": title, "text": text}
    [finding] = run_claims(claims_registry, **data)["headline_contradiction"]
    assert finding.slug == "distortion" and finding.target == "ent-lanjing"
    fields = {e.span.field for e in finding.evidence if e.span is not None}
    assert fields == ({"text"} if title is None else {"title", "text"})
    conflict = [e for e in finding.evidence if e.kind == "headline_body_conflict"]
    assert conflict and conflict[0].span is not None and conflict[0].span.field == "text"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (None, "澜境全年盈利！稳了？——" + BODY),  # borne out by the body
        (None, "澜境巨亏？——" + BODY),  # only asks
        ("澜境全年巨亏？", BODY),  # only asks
        ("澜境全年巨亏！真的吗？", BODY),  # hedges its own words
        (None, "澜境汽车年报出炉！——" + BODY),  # neutral
        (None, "我们评一评：" + BODY),  # no headline
        (None, "澜境全年巨亏是谣言！——" + BODY),  # refutes
        (None, "【段子】澜境全年巨亏！——" + BODY),  # labelled satire
        (None, "澜境全年巨亏！——乔木鲜茶今日披露年报，2025年净利润3.4亿元。"),  # another's
    ],
)
def test_headline_guards(claims_registry: Registry, title: str | None, text: str) -> None:
    data = {"text": text} if title is None else {"title": title, "text": text}
    assert "headline_contradiction" not in run_claims(claims_registry, **data)
