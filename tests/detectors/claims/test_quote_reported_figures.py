"""Pattern: a figure put in an executive's mouth without quote marks ("续卡率高达90%，这是X自己
在发布会上说的") when the transcript gives a lower average and a lower maximum; and numbers
changed inside otherwise exact quotations. Registry: distortion_registry (邝景行's transcript:
续卡率平均58%, 最好的门店72%; 范启明's: 完课率平均81%, 最低69%)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearbright.detectors.claims.quote_check import check_figures
from clearbright.registry import Registry
from clearbright.text.normalize import fold

from .conftest import run_claims

REGISTRY = Path(__file__).parent / "distortion_registry"


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Fictional enterprises whose executives' transcripts give figures."""
    return Registry.load(REGISTRY)


def _quote_flagged(registry: Registry, **data: str) -> bool:
    return "quote_distortion" in run_claims(registry, **data)


@pytest.mark.parametrize(
    "text",
    [
        "悦栖会员续卡率高达90%，这是邝景行自己在发布会上说的",
        "悦栖会员续卡率高达90%。这是邝景行自己在发布会上说的。",
        "悦栖的续卡率有九成，是邝景行在年会上亲口说的。",
        "邝景行自己在发布会上承认，悦栖的续卡率有90%",
        "邝景行亲口说的：悦栖会员续卡率九成",
        "悦栖CEO邝景行在发布会上表示会员续卡率达到了90%",
        "据邝景行介绍，悦栖会员续卡率超过八成",
        "翠岭学员完课率只有40%，范启明自己在业绩会上说的",
        "范启明承认翠岭学员完课率不到50%",
        "邝景行说明年要在华南开400家店",
        "悦栖老板在发布会上亲口说续卡率有90%",
        "邝景行说悦栖健身的会员续卡率高达九成",
        "邝景行在发布会上自己都承认了：续卡率90%",
        "邝景行本人在发布会上亲口承认续卡率有九成",
        "悦栖续卡率九成！邝景行原话",
        "悦栖续卡率90%，邝景行亲口承认的",
        "邝景行透露，悦栖平均续卡率在90%左右",
    ],
)
def test_reported_figures_outside_the_transcript_are_distortions(
    registry: Registry, text: str
) -> None:
    [finding] = run_claims(registry, text=text)["quote_distortion"]
    evidence = next(e for e in finding.evidence if e.kind == "quote_mismatch")
    assert (evidence.details or {})["classification"] == "figure_changed"
    assert evidence.registry_ref in ("d-stm-1", "d-stm-3")
    assert finding.target in ("ent-yueqi", "ent-cuiling")


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own figures, fairly rounded or within his range
        "悦栖会员续卡率平均58%，这是邝景行自己在发布会上说的",
        "悦栖会员续卡率平均六成左右，邝景行在发布会上说的",
        "邝景行说悦栖最好的门店续卡率能到72%",
        "邝景行在发布会上说最好的门店续卡率能到七成多",
        "悦栖会员续卡率不到六成，邝景行在发布会上说的，我看还行",
        "范启明说完课率八成左右，最低的校区也有七成",
        "邝景行说明年要在华南再开40家店，我看悬",
        # the author's own figure or opinion after the speaker's
        "邝景行说续卡率58%，但我估计实际只有30%",
        "邝景行说续卡率58%，这数字水分太大",
        # another year, another speaker, the author speaking, a rumour, a question
        "邝景行说今年续卡率要冲到90%",
        "分析师说悦栖续卡率只有30%",
        "我跟邝景行说续卡率只有30%",
        "网传邝景行说续卡率90%，假的吧",
        "邝景行真说过续卡率90%吗？",
        "邝景行说的没错，续卡率确实高达90%",
        "邝景行说续卡率五成以上",  # a true bound
        "悦栖续卡率58%！邝景行原话",
        "邝景行的原话是续卡率平均58%",
        "邝景行所说的续卡率90%根本不可能",  # the author disputes a figure
        "邝景行说续卡率平均将近六成",
        # a figure on something the speaker never gave a figure for
        "邝景行说悦栖的退款率只有1%",
        # another measure than the speaker's: the industry's, new members'
        "邝景行说行业平均续卡率只有30%",
        "邝景行说新会员续卡率只有30%",
    ],
)
def test_faithful_or_unattributed_figures_are_not_findings(registry: Registry, text: str) -> None:
    assert not _quote_flagged(registry, text=text)


def test_check_figures_reads_the_speakers_range(registry: Registry) -> None:
    statements = [s for s in registry.statements if s.speaker == "per-kuangjingxing"]
    assert check_figures(fold("会员续卡率65%"), statements, 2026) is None  # within 58-72
    verdict = check_figures(fold("会员续卡率85%"), statements, 2026)
    assert verdict is not None and verdict.kind == "figure_changed"
    assert "58%" in verdict.passage and "72%" in verdict.passage


@pytest.mark.parametrize(
    "text",
    [
        "庞知远说：“明年公司不会裁员，研发和销售的招聘规模还要扩大50%。”",
        "庞知远在年会上说：“研发和销售的招聘规模还要扩大百分之五十。”",
        "邝景行在发布会上说：“去年我们会员的续卡率平均是68%，做得最好的门店能到82%。”",
        "邝景行：“去年我们会员的续卡率平均是58%，做得最好的门店能到92%。”",
        "范启明：“我们学员的完课率平均在91%，最低的校区也有69%。”",
        "范启明说“今年我们会把退费周期从30天缩短到17天”",
        "葛书宁说：“生鲜损耗率我们压到了1.5%。”",
        # a percentage in words (七成 is 70%, not the 58% said)
        "邝景行在发布会上说：“去年我们会员的续卡率平均是七成，做得最好的门店能到72%。”",
        "邝景行说：“去年我们会员的续卡率平均是58%，做得最好的门店能到九成。”",
        "庞知远说：“明年公司不会裁员，研发和销售的招聘规模还要扩大五成。”",
    ],
)
def test_a_number_changed_in_an_exact_quote_is_caught(registry: Registry, text: str) -> None:
    [finding] = run_claims(registry, text=text)["quote_distortion"]
    evidence = next(e for e in finding.evidence if e.kind == "quote_mismatch")
    assert (evidence.details or {})["classification"] == "figure_changed"


@pytest.mark.parametrize(
    "text",
    [
        "庞知远说：“明年公司不会裁员，研发和销售的招聘规模还要扩大30%。”",
        "庞知远说：“明年公司不会裁员，招聘规模还要扩大30%。”",  # a harmless omission
        "邝景行：“去年我们会员的续卡率平均是58%，做得最好的门店能到72%。”",
        "范启明说“今年我们会把退费周期从30天缩短到7天”，这次是真的吗",
        "葛书宁说：“生鲜损耗率我们压到了4.5%。”",
        "庞知远说：“明年公司不会裁员，研发和销售的招聘规模还要扩大三成。”",  # 三成 is 30%
        "邝景行在发布会上说：“去年我们会员的续卡率平均是58%”",
    ],
)
def test_exact_quotes_with_their_numbers_are_not_findings(registry: Registry, text: str) -> None:
    assert not _quote_flagged(registry, text=text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("顾南笙说，澄屿去年净利润增长了5%", True),  # the transcript: 净利润下降了5%
        ("澄屿净利润还增长了5%，这是顾南笙在业绩说明会上说的", True),
        ("顾南笙承认澄屿营收下降了12%", True),  # the transcript: 营收增长了12%
        ("顾南笙说澄屿营收增长了12%", False),
        ("顾南笙说澄屿净利润下降了5%，主要是研发投入加大", False),
        ("顾南笙说澄屿营收增长了12%，但我觉得利润下降更值得关注", False),
    ],
)
def test_a_reported_direction_is_set_against_the_speakers(text: str, flagged: bool) -> None:
    """With the example registry (顾南笙: 营收增长了12%，但净利润下降了5%)."""
    examples = Registry.load(Path(__file__).resolve().parents[3] / "examples" / "registry")
    found = run_claims(examples, text=text, created_at="2025-05-01T10:00:00+08:00")
    assert ("quote_distortion" in found) is flagged
