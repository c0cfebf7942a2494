"""Pattern: a headline that swaps an action for its opposite against its own body and the
executive's transcript (裁员 / 招聘, 关 / 开, 收缩 / 扩张, 停产 / 增产). Registry:
distortion_registry (庞知远: 明年不会裁员，招聘规模还要扩大30%；工厂也不会关，还要新开一条产线)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearbright.detectors.claims.headline_reversal import _polar
from clearbright.registry import Registry

from .conftest import run_claims

REGISTRY = Path(__file__).parent / "distortion_registry"

HIRING = "在昨天的年会上，朔光董事长庞知远表示，明年公司不会裁员，研发和销售的招聘规模还要扩大30%。"
PLANT = "朔光电子年会上，董事长庞知远说工厂不会关，还要在合肥新开一条产线，明年还要增产两成。"
GROWTH = "临禾生鲜供应商大会上，总裁葛书宁表示，今年临禾会继续扩张，计划新开60家店。"


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Fictional enterprises whose executives' transcripts state plans."""
    return Registry.load(REGISTRY)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("朔光董事长庞知远：明年裁员三成", HIRING),
        ("朔光电子明年将裁员30%", HIRING),
        ("庞知远：朔光明年要裁掉三成员工", HIRING),
        ("朔光明年大裁员，董事长亲口宣布", HIRING),
        ("朔光明年缩减招聘", HIRING),
        ("庞知远：朔光明年关掉合肥工厂", PLANT),
        ("朔光电子宣布关闭合肥工厂", PLANT),
        ("朔光电子合肥工厂将停产", PLANT),
        ("临禾生鲜全面收缩，门店要关一半", GROWTH),
        ("临禾生鲜宣布停止扩张", GROWTH),
        ("临禾生鲜今年大规模关店", GROWTH),
        ("临禾总裁：今年关店60家", GROWTH),
    ],
)
def test_headline_swapping_the_action_is_a_distortion(
    registry: Registry, title: str, text: str
) -> None:
    found = run_claims(registry, title=title, text=text)
    assert "headline_contradiction" in found
    [finding] = found["headline_contradiction"]
    assert finding.slug == "distortion"
    assert finding.target in ("ent-shuoguang", "ent-linhe")
    assert any(e.kind == "headline_body_conflict" for e in finding.evidence)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("朔光电子明年扩招三成", HIRING),  # an accurate summary
        ("庞知远：朔光明年不裁员", HIRING),
        ("朔光电子明年不裁员反扩招", HIRING),
        ("朔光电子合肥工厂明年增产", PLANT),
        ("临禾总裁：今年新开60家店", GROWTH),
        ("朔光电子裁员三成？董事长回应", "网传朔光明年裁员三成。" + HIRING),  # a question
        ("网传朔光明年裁员三成，董事长辟谣", HIRING),  # a rumour denied
        ("临禾生鲜关店潮？总裁：今年继续扩张", GROWTH),
        (
            "评论：朔光不裁员的承诺能兑现吗",
            HIRING + "笔者认为，在行业下行期，这样的承诺值得观察。",
        ),
        (
            "朔光电子扩产背后：供应链压力加大",
            PLANT + "业内人士指出，扩产意味着更大的资金压力。",
        ),
        # the body itself reports both sides, each about its own region
        (
            "临禾华北门店收缩，华东继续扩张",
            "临禾生鲜供应商大会上，总裁葛书宁表示，今年要收缩华北的门店，但是华东会继续扩张。",
        ),
        (
            "临禾华北门店收缩",
            "临禾生鲜供应商大会上，葛书宁表示，今年要收缩华北的门店，但华东继续扩张。",
        ),
        # another time than the body's promise
        (
            "朔光电子去年裁员两成",
            "朔光电子去年裁员两成，董事长庞知远在年会上说，明年公司不会再裁员，招聘还会增加。",
        ),
        ("我不信朔光不裁员", "庞知远说明年不会裁员，还要扩大招聘。但我觉得说不裁员就是画饼。"),
    ],
)
def test_accurate_or_hedged_headlines_are_not_findings(
    registry: Registry, title: str, text: str
) -> None:
    assert "headline_contradiction" not in run_claims(registry, title=title, text=text)


def test_a_negation_belongs_to_its_own_predicate() -> None:
    """In "不裁员反扩招" the 不 negates 裁员, not 扩招 four characters on."""
    found = [(p.word, p.polarity) for p in _polar("朔光明年不裁员反扩招", [], lambda m: set())]
    assert found == [("裁员", 1), ("扩招", 1)]


NEUTRAL = "朔光电子年会昨日举行，董事长发表讲话，谈到了明年的人员计划和产线安排。"


@pytest.mark.parametrize(
    ("data", "flagged"),
    [
        # the executive's transcript says the opposite of the action put in his mouth
        ({"title": "朔光董事长称明年裁员三成", "text": NEUTRAL}, True),
        ({"title": "庞知远称朔光明年要关掉合肥工厂", "text": NEUTRAL}, True),
        ({"text": "朔光明年要裁员三成，这是庞知远自己在年会上说的"}, True),
        ({"text": "庞知远在年会上承认，明年朔光会大规模裁员"}, True),
        # what he said, another year, others, a denial, the author's own view
        ({"text": "庞知远在年会上说明年不会裁员，还要扩大招聘"}, False),
        ({"text": "庞知远说要招聘更多工程师"}, False),
        ({"text": "庞知远说朔光不会关闭任何工厂"}, False),
        ({"text": "庞知远说朔光去年裁员两成"}, False),
        ({"text": "庞知远说行业里很多公司明年会裁员"}, False),
        ({"text": "庞知远说明年不裁员，但我觉得迟早要裁员"}, False),
        ({"text": "庞知远否认明年裁员"}, False),
        ({"text": "庞知远表示裁员传言不实，明年还要扩大招聘"}, False),
        ({"title": "朔光董事长称明年不裁员", "text": NEUTRAL}, False),
    ],
)
def test_an_action_put_in_the_speakers_mouth_is_set_against_the_transcript(
    registry: Registry, data: dict[str, str], flagged: bool
) -> None:
    found = run_claims(registry, **data)
    assert ("quote_distortion" in found) is flagged
    if flagged:
        [finding] = found["quote_distortion"]
        evidence = next(e for e in finding.evidence if e.kind == "quote_mismatch")
        assert (evidence.details or {})["classification"] == "reversed"
        assert evidence.registry_ref == "d-stm-2"
