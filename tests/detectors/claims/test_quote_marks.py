"""Pattern: quotations in single quotes (ASCII ' and ‘’) that reverse the speaker's words."""

from __future__ import annotations

import pytest

from clearbright.detectors.claims.quote_check import check_quote
from clearbright.detectors.claims.quotes import quote_marks, quoted_ranges
from clearbright.registry import Registry
from clearbright.text.normalize import normalize

from .conftest import run_claims


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("她说：‘今年不涨价’", ["今年不涨价"]),
        ("他说'会降价'，然后走了", ["会降价"]),
        ("it's 'fine' and don't worry", ["fine"]),
        ("I'm sure he didn't say that", []),
        ("rock'n'roll 不是引语", []),
        ("“双引号”和‘单引号’", ["双引号", "单引号"]),
    ],
)
def test_quoted_ranges_single_quotes(text: str, quoted: list[str]) -> None:
    assert [text[s:e] for s, e in quoted_ranges(text)] == quoted


def test_ascii_quote_dropped_by_normalizer_is_read_from_the_original() -> None:
    # The normalizer drops ' between Chinese characters (an obfuscation separator).
    field = normalize("宋知夏亲口说的：'今年肯定要涨价'大家注意")
    [marks] = quote_marks(field)
    assert field.text[marks.start : marks.end] == "今年肯定要涨价"
    assert marks.opening == marks.start  # the mark itself is gone from the folded text


@pytest.mark.parametrize(
    "text",
    [
        "宋知夏亲口说的：'今年肯定要涨价……'，喝不起了",
        "宋知夏在发布会上说：'我们的果茶本来就是果酱兑的'",
        "温砚承认：'合格率其实不到九成。'",
        "温砚业绩会原话：'今年要大幅降价，质保该砍就砍。'",
        "宋知夏放话：‘今年一定会涨价’",
        "澜境CEO表示：'整车出厂合格率只有八成'",
        "'今年肯定要涨价'，宋知夏在直播里说",
        "宋知夏昨天在直播间表示，‘今年一定会涨价’",  # the verb before a comma
        "据宋知夏透露：'我们的果茶都是冷冻果浆'",
    ],
)
def test_single_quoted_distortion(claims_registry: Registry, text: str) -> None:
    found = run_claims(claims_registry, text=text)
    [finding] = found["quote_distortion"]
    assert finding.slug == "distortion"
    assert finding.evidence[0].kind == "quote_mismatch" or finding.evidence[0].span is not None
    assert finding.target in ("ent-yunlu", "ent-lanjing")


@pytest.mark.parametrize(
    ("quote", "speaker", "kind"),
    [
        ("今年肯定要涨价", "per-songzhixia", "negation_flipped"),
        ("合格率其实不到九成", "per-wenyan", "negation_flipped"),
        ("今年要大幅降价,质保该砍就砍", "per-wenyan", "negation_flipped"),
        ("电池质保从八年缩短到五年", "per-wenyan", "reversed"),
        ("整车出厂合格率只有80%", "per-wenyan", "figure_changed"),
        ("今年会涨价,成本公司自己消化", "per-songzhixia", "negation_flipped"),
        ("我们的果茶都是冷冻果浆", "per-songzhixia", "altered"),  # the practice replaced
        ("今年不会涨价,成本公司自己消化", "per-songzhixia", "paraphrase"),  # shortened
        ("我们的果茶都是鲜切的水果", "per-songzhixia", "paraphrase"),
    ],
)
def test_reversals_are_named(
    claims_registry: Registry, quote: str, speaker: str, kind: str
) -> None:
    statements = [s for s in claims_registry.statements if s.speaker == speaker]
    verdict = check_quote(quote, statements)
    assert verdict is not None and verdict.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "宋知夏说：'今年我们不会涨价'，良心企业",  # accurate, single-quoted
        "温砚表示：‘2025年我们整车出厂合格率达到99.98%’",  # accurate figure
        "网传宋知夏说过'今年肯定要涨价'，是假的，原话是不会涨价",  # debunking the misquote
        "I'm sure 宋知夏 didn't say it's true, 'fake news' 而已",  # apostrophes, no quotation
        "消费者说：'今年肯定要涨价'，宋知夏没回应",  # someone else's words
        "宋知夏在发布会上说的是不涨价，但我觉得'涨价是迟早的事'",  # the author's own opinion
        "宋知夏表示，'今年不会涨价，成本公司自己消化'",  # a faithful shortened quote
        "宋知夏说：'我们的果茶都是鲜切的水果'",  # faithful
    ],
)
def test_single_quoted_guards(claims_registry: Registry, text: str) -> None:
    assert "quote_distortion" not in run_claims(claims_registry, text=text)
