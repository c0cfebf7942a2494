"""Targeted abuse (category 2): a registered target AND an attack on it; criticism is never one."""

from __future__ import annotations

import pytest

from clearbright.detectors.abuse.targeted_abuse import TargetedAbuseDetector
from clearbright.detectors.base import prepare
from clearbright.model import Finding, Item
from clearbright.registry import Registry


def _detect(registry: Registry, text: str, kind: str = "post") -> list[Finding]:
    item = Item.model_validate({"id": "t-1", "platform": "weibo", "kind": kind, "text": text})
    return list(TargetedAbuseDetector(registry).detect(prepare(item, registry)))


# (text, evidence kind of the attack, its span text, registry id of the target)
POSITIVES = [
    ("岫屏就是个汉奸企业，林晏舟卖国贼", "degrading_label", "汉奸", "ent-xiuping"),
    ("禾淼 = han jian 企业，懂的都懂", "degrading_label", "han jian", "ent-hemiao"),
    ("岫屏是汗奸企业，实锤了", "degrading_label", "汗奸", "ent-xiuping"),
    ("岫屏漢奸企業，永不原諒！", "degrading_label", "漢奸", "ent-xiuping"),
    ("岫🐶屏就是美🐶企业", "degrading_label", "美🐶", "ent-xiuping"),
    ("lin yan zhou 就是个汉奸", "degrading_label", "汉奸", "per-linyanzhou"),
    ("林晏舟卖国，岫屏是资本家的走狗", "degrading_label", "卖国", "per-linyanzhou"),
    ("柏知远这种畜生怎么还没被抓", "dehumanization", "畜生", "per-baizhiyuan"),
    (
        "兄弟们集合！岫屏官博最新那条，评论区每人刷十条，今晚九点统一行动",
        "pile_on_incitement",
        None,
        "ent-xiuping",
    ),
    (
        "林晏舟家住某某小区，明早八点大家一起去他家楼下讨说法，人越多越好！",
        "pile_on_incitement",
        None,
        "per-linyanzhou",
    ),
    ("大家人肉一下林晏舟，看看他住哪", "pile_on_incitement", "人肉", "per-linyanzhou"),
    ("岫屏，汉奸企业！", "degrading_label", "汉奸", "ent-xiuping"),
    ("xiu ping 就是卖国企业", "degrading_label", "卖国企业", "ent-xiuping"),
    ("林晏舟全家死光才好", "threat", "全家死光", "per-linyanzhou"),
]

NEGATIVES = [
    "民营经济正在退场，国进民退是事实。",
    "岫屏的售后太慢，定价偏高，管理层该反思。",
    "岫屏的客服真是垃圾，等了三天还没回。",
    "岫屏真恶心，质量差还不认账。",
    "有人骂岫屏是汉奸企业，这种扣帽子很无聊，批评就批评具体问题。",
    "岫屏不是汉奸企业，别乱说。",
    "读完《沦陷时期汉奸审判档案》，历史不该被遗忘。",
    "岫屏手机致人受伤的传闻是假的。",
    "这个价位罕见地好用，岫屏这次可以。",
    "大家千万别买岫屏，转给身边要买手表的人！",
    "林晏舟这个决定太保守了，大家怎么看？",
    "岫屏被一些人骂成卖国企业，我觉得很荒谬。",
    "网友怒斥岫屏是吸血鬼企业，岫屏回应称已整改。",
    "抗日剧里的汉奸演得真像，这部剧是岫屏赞助的。",
    "大家一起去岫屏门店反映售后问题，要求给个说法。",
]


@pytest.mark.parametrize(("text", "kind", "span", "target"), POSITIVES)
def test_attack_on_a_registered_target_is_a_finding(
    example_registry: Registry, text: str, kind: str, span: str | None, target: str
) -> None:
    findings = _detect(example_registry, text)
    assert len(findings) == 1
    finding = findings[0]
    assert finding.slug == "targeted_abuse"
    assert finding.target == target
    kinds = {e.kind: e for e in finding.evidence}
    assert "target_mention" in kinds and kind in kinds
    if span is not None:
        found = kinds[kind].span
        assert found is not None and span in found.text
    for evidence in finding.evidence:
        if evidence.span is not None:
            assert text[evidence.span.start : evidence.span.end] == evidence.span.text


@pytest.mark.parametrize("text", NEGATIVES)
def test_criticism_debate_and_counter_speech_are_not_findings(
    example_registry: Registry, text: str
) -> None:
    assert _detect(example_registry, text) == []


@pytest.mark.parametrize(
    ("text", "target", "how"),
    [
        ("澄峪就是汉奸企业", "ent-chengyu", "homophone"),  # 峪 sounds and looks like 屿
        ("顾南生卖国贼", "per-gunansheng", "homophone"),  # two characters kept
        ("柏知運是汉奸", "per-baizhiyuan", "shape"),
        ("Cheng Yu 就是汉奸企业", "ent-chengyu", "pinyin"),
    ],
)
def test_lookalike_names_resolve_to_the_target(
    example_registry: Registry, text: str, target: str, how: str
) -> None:
    findings = _detect(example_registry, text)
    assert findings and findings[0].target == target
    mention = next(e for e in findings[0].evidence if e.kind == "target_mention")
    assert mention.details["how"] == how


def test_a_full_homophone_of_a_name_is_not_a_target(example_registry: Registry) -> None:
    # 成语 sounds exactly like 澄屿 (cheng yu) but keeps none of its characters.
    assert _detect(example_registry, "这个成语的谜底就是汉奸") == []


def test_label_in_another_sentence_needs_a_pronoun(example_registry: Registry) -> None:
    assert _detect(example_registry, "岫屏发布了新表。昨天看了一部讲汉奸的老电影，挺好看") == []
    assert _detect(example_registry, "岫屏手表？吸血鬼企业罢了")
    assert _detect(example_registry, "林晏舟又上新闻了。他就是个汉奸！")


def test_mild_insult_needs_a_person_and_the_model(example_registry: Registry) -> None:
    person = _detect(example_registry, "林晏舟就是个骗子，大骗子")
    assert person and any(e.kind == "insult" for e in person[0].evidence)
    assert any(e.kind == "offense_score" for e in person[0].evidence)
    assert _detect(example_registry, "林晏舟说骗子太多了，要加强风控") == []


def test_label_and_incitement_score_above_either(example_registry: Registry) -> None:
    label = _detect(example_registry, "岫屏就是个汉奸企业")[0].score
    both = _detect(example_registry, "岫屏就是个汉奸企业，大家一起去岫屏官博评论区刷屏")[0].score
    assert both > label


def test_works_without_the_model(
    example_registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clearbright.detectors.abuse import targeted_abuse

    monkeypatch.setattr(targeted_abuse, "shipped_model", lambda: None)
    findings = _detect(example_registry, "岫屏就是个汉奸企业")
    assert findings and not any(e.kind == "offense_score" for e in findings[0].evidence)
    assert _detect(example_registry, "林晏舟就是个骗子，大骗子") == []
