"""Pattern: a title attributes an admission (承认, 坦言, 亲口承认) of a registered false
claim, or of something the body (and the speaker's transcript) says only as a condition.
Faithful summaries, question titles, titles the body bears out stay clean."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims

CAR_BODY = (
    "在昨天的媒体沟通会上，CEO韩屿舟表示，平台每一辆车都要过218项检测，"
    "如果用户买到泡水车，平台将全额退款并再赔一倍车价。"
)
BATTERY_BODY = "发布会上温砚表示，一旦电池出现自燃，公司将承担全部损失并召回同批次车辆。"


@pytest.mark.parametrize(
    ("title", "body", "kinds"),
    [
        ("车享优选CEO承认：平台在卖泡水车", CAR_BODY, {"claim_match", "headline_admission"}),
        ("车享优选CEO坦言：平台卖过泡水车", CAR_BODY, {"claim_match", "headline_admission"}),
        ("车享CEO韩屿舟亲口承认平台有泡水车", CAR_BODY, {"claim_match", "headline_admission"}),
        ("澜境汽车CEO承认：电池会自燃", BATTERY_BODY, {"headline_admission"}),
        ("澜境温砚坦言：电池存在自燃", BATTERY_BODY, {"headline_admission"}),
        (
            "车享优选CEO坦言：用户会买到事故车",
            "韩屿舟说，如果用户在平台买到事故车，平台全额退款，这是我们的底线。",
            {"headline_admission"},
        ),
    ],
)
def test_admission_headline(
    claims_registry: Registry, title: str, body: str, kinds: set[str]
) -> None:
    [finding] = run_claims(claims_registry, title=title, text=body)["headline_contradiction"]
    assert kinds <= {e.kind for e in finding.evidence}
    assert "headline_body_conflict" in {e.kind for e in finding.evidence} or (
        "claim_match" in kinds
    )


def test_conditional_is_named(claims_registry: Registry) -> None:
    [finding] = run_claims(claims_registry, title="澜境汽车CEO承认：电池会自燃", text=BATTERY_BODY)[
        "headline_contradiction"
    ]
    [conflict] = [e for e in finding.evidence if e.kind == "headline_body_conflict"]
    assert conflict.details["how"] == "conditional"
    assert finding.evidence[0].span is not None and finding.evidence[0].span.field == "title"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("车享优选CEO：买到泡水车全额退款并赔一倍", CAR_BODY),  # a faithful summary
        ("车享优选CEO承认平台卖泡水车？", CAR_BODY),  # a question title
        ("车享优选CEO否认平台卖泡水车", CAR_BODY),  # a denial, not an admission
        ("车享优选CEO拒不承认：买到泡水车只退一半", CAR_BODY),
        ("车享优选CEO确认：买到泡水车全额退款", CAR_BODY),  # confirms what the body says
        ("车享优选CEO承认：每一辆车都要过218项检测", CAR_BODY),  # borne out
        ("澜境汽车CEO：一旦电池自燃公司全额赔偿", BATTERY_BODY),
        ("网友称澜境汽车CEO承认电池会自燃，实为断章取义", BATTERY_BODY),
        (
            "澜境汽车CEO承认：今年销量下滑",
            "温砚在业绩会上表示，受市场影响，今年一季度销量下滑了百分之五，公司会调整策略。",
        ),
        (
            "车享优选CEO承认平台曾售出泡水车",
            "韩屿舟承认，去年平台曾售出三辆泡水车，已全额赔付并处理相关检测员。",
        ),
        (
            "车享优选承认了：服务还有不足",
            "车享优选发布致歉信，承认售后服务还有不足，将增加客服人手。",
        ),
    ],
)
def test_admission_guards(claims_registry: Registry, title: str, body: str) -> None:
    assert "headline_contradiction" not in run_claims(claims_registry, title=title, text=body)
