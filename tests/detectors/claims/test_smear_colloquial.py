"""Pattern: a rival's staff repeat a registered false claim in loose colloquial words: numbers
in Chinese numerals (死了三个人 = 已致3人死亡), everyday product words (饺子 = 速冻水饺),
vivid forms (老鼠满地跑 = 老鼠横行) and "can't get it back" (退不了 = 无法退还). Comparison
ads, debunks, real questions, and the same words by unaffiliated users stay clean."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims, slugs

XUNNENG = {"id": "xn1", "name": "迅能站长", "affiliation": "ent-xunneng"}
DONGLIN = {"id": "dl1", "name": "冬林业务员", "affiliation": "ent-donglin"}
QINGQI = {"id": "qq1", "name": "青骑城市经理", "affiliation": "ent-qingqi"}
PLAIN = {"id": "p2", "name": "骑车的小王"}


@pytest.mark.parametrize(
    ("author", "text", "claim"),
    [
        (XUNNENG, "电环柜子炸了死了三个人你们不知道？还敢用电环？我们迅能电池全新的", "t-clm-13"),
        (XUNNENG, "电环的换电柜炸了，死了三个人，大家换迅能吧", "t-clm-13"),
        (XUNNENG, "电环柜子爆炸死了3个人，这事你们都不知道", "t-clm-13"),
        (XUNNENG, "听说电环换电柜电池自燃爆炸，已经三人身亡", "t-clm-13"),
        (DONGLIN, "内部消息🤫 春满的饺子检出非洲猪瘟了，还没公布，宝子们千万别买", "t-clm-14"),
        (DONGLIN, "春满水饺查出非洲猪瘟，赶紧扔了吧，换冬林", "t-clm-14"),
        (DONGLIN, "春满工厂老鼠满地跑，早就停产了，超市都在下架", "t-clm-15"),
        (DONGLIN, "春满的工厂老鼠成灾，已经被勒令停产了", "t-clm-15"),
        (QINGQI, "随行跑路了，押金退不了，快来青骑", "t-clm-16"),
        (QINGQI, "随行单车资金链断了，押金要不回来了", "t-clm-16"),
    ],
)
def test_rival_colloquial_repeat(
    claims_registry: Registry, author: dict[str, str], text: str, claim: str
) -> None:
    [finding] = run_claims(claims_registry, text=text, author=author)["competitor_smear"]
    refs = {e.registry_ref for e in finding.evidence}
    assert claim in refs and author["affiliation"] in refs


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (XUNNENG, "我们迅能的电池全新，欢迎对比"),  # a comparison ad
        (XUNNENG, "网传电环柜子爆炸死人，官方已辟谣"),  # a debunk
        (XUNNENG, "电环柜子炸了死了三个人？消防通报说根本没有这回事"),  # asked and answered
        (XUNNENG, "电环的柜子真的炸了吗？死了三个人是真的吗"),  # a real question
        (XUNNENG, "电池安全全行业都要重视，我们迅能每块电池出厂都检测"),  # the phenomenon
        (DONGLIN, "春满水饺抽检未检出非洲猪瘟病毒，大家放心"),  # accurate, official result
        (DONGLIN, "春满的饺子味道不错，我们要学习"),  # praise
        (DONGLIN, "春满的饺子检出非洲猪瘟？官方说没有，别传谣"),  # asked and answered
        (DONGLIN, "春满工厂被勒令停产？春满已否认"),  # denied
        (DONGLIN, "非洲猪瘟防控要做好，冬林猪肉全部检疫合格"),  # the disease in general
        (DONGLIN, "春满工厂没有停产，老鼠横行是谣言"),  # a denial
        (QINGQI, "随行押金退得慢，我们青骑免押金骑行"),  # a complaint, not the claim
        (QINGQI, "随行的押金已经退了，官方公告说可随时退还"),  # accurate
        (PLAIN, "电环柜子炸了死了三个人你们不知道？"),  # not affiliated
        (PLAIN, "春满工厂老鼠满地跑，早就停产了"),  # not affiliated
    ],
)
def test_colloquial_guards(claims_registry: Registry, author: dict[str, str], text: str) -> None:
    assert "competitor_smear" not in slugs(claims_registry, text=text, author=author)


@pytest.mark.parametrize(
    ("text", "claim"),
    [("#随行跑路押金退不了#", "t-clm-16"), ("#随行单车押金退不回#", "t-clm-16")],
)
def test_colloquial_topic(claims_registry: Registry, text: str, claim: str) -> None:
    [finding] = run_claims(claims_registry, kind="trending_topic", text=text)[
        "false_search_trending"
    ]
    assert claim in {e.registry_ref for e in finding.evidence}


@pytest.mark.parametrize("text", ["#随行押金退还攻略#", "#随行回应押金退不了传闻#"])
def test_colloquial_topic_guards(claims_registry: Registry, text: str) -> None:
    assert "false_search_trending" not in slugs(claims_registry, kind="trending_topic", text=text)
