"""Pattern: a rival's staff state as fact, with no source, a serious allegation no registered
claim covers (立案调查, 死了人, 检出, 造假, 资金链断裂, a fabricated content figure). Surfaced
for review at a low score; questions, denials, sourced reports, opinions, comparison ads,
slang and unaffiliated authors stay clean."""

from __future__ import annotations

import pytest

from clearbright.detectors.claims.competitor_smear import ALLEGATION_SCORE
from clearbright.registry import Registry

from .conftest import run_claims, slugs

XUNNENG = {"id": "xn1", "name": "迅能站长", "affiliation": "ent-xunneng"}
DONGLIN = {"id": "dl1", "name": "冬林业务员", "affiliation": "ent-donglin"}
QINGQI = {"id": "qq1", "name": "青骑城市经理", "affiliation": "ent-qingqi"}
QIAOMU = {"id": "qm1", "name": "乔木小编", "affiliation": "ent-qiaomu"}
PLAIN = {"id": "p2", "name": "路人乙"}


@pytest.mark.parametrize(
    ("author", "text", "target", "family"),
    [
        (
            XUNNENG,
            "刚收到消息：电环已被市场监管总局立案调查，全国暂停新增网点",
            "ent-dianhuan",
            "investigation",
        ),
        (XUNNENG, "电环换电站被查封了，大家赶紧把电池换成迅能", "ent-dianhuan", "investigation"),
        (
            DONGLIN,
            "春满猪肉含量只有8%，剩下全是淀粉和大豆蛋白，我们自己送第三方测过",
            "ent-chunman",
            "fabricated_figure",
        ),
        (DONGLIN, "春满的肉丸肉含量仅5%，都是面粉", "ent-chunman", "fabricated_figure"),
        (QINGQI, "随行单车财务造假，账上根本没钱", "ent-suixing", "fraud"),
        (QIAOMU, "云麓门店奶茶检出大肠杆菌，别喝了", "ent-yunlu", "contamination"),
    ],
)
def test_unregistered_allegation(
    claims_registry: Registry, author: dict[str, str], text: str, target: str, family: str
) -> None:
    [finding] = run_claims(claims_registry, text=text, author=author)["competitor_smear"]
    assert finding.score == ALLEGATION_SCORE  # review only: nothing shows it false yet
    [allegation] = [e for e in finding.evidence if e.kind == "unverified_allegation"]
    assert allegation.registry_ref == target and allegation.details["family"] == family
    assert allegation.span is not None


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (XUNNENG, "电环真的被立案调查了吗？"),  # a question
        (XUNNENG, "电环被立案调查？有人知道吗"),  # a question
        (XUNNENG, "据市场监管局通报，电环被立案调查，罚款二十万"),  # cites an official source
        (XUNNENG, "电环没有被立案调查，别传谣"),  # a denial
        (XUNNENG, "没听说电环被立案调查"),  # negated
        (XUNNENG, "我觉得电环迟早倒闭"),  # an opinion
        (XUNNENG, "电环可能要破产了吧"),  # speculation
        (XUNNENG, "我们迅能的电池全新，欢迎对比电环"),  # a comparison ad
        (XUNNENG, "电环的广告笑死了"),  # slang, not a death
        (XUNNENG, "网传电环被立案调查，官方已辟谣"),  # a debunk
        (XUNNENG, "电环回应被立案调查传闻"),  # a response to a rumour
        (XUNNENG, "看新闻才知道电环被立案调查了"),  # reporting what the news says
        (XUNNENG, "换电行业竞争激烈，不少小品牌破产了，电环和迅能都要努力"),  # far from the name
        (DONGLIN, "春满水饺抽检合格，未检出任何病毒"),  # negated
        (DONGLIN, "【段子】春满猪肉含量只有8%，剩下都是爱"),  # labelled satire
        (QINGQI, "青骑资金链断裂的传言不实"),  # about the author's own company
        (PLAIN, "刚收到消息：电环已被市场监管总局立案调查"),  # not affiliated
        (PLAIN, "春满猪肉含量只有8%，我自己送检测过"),  # not affiliated
    ],
)
def test_allegation_guards(claims_registry: Registry, author: dict[str, str], text: str) -> None:
    assert "competitor_smear" not in slugs(claims_registry, text=text, author=author)


def test_registered_claim_wins(claims_registry: Registry) -> None:
    """A registered claim found in the text is the finding; the allegation is not added."""
    [finding] = run_claims(claims_registry, text="春满工厂老鼠满地跑，早就停产了", author=DONGLIN)[
        "competitor_smear"
    ]
    assert "t-clm-15" in {e.registry_ref for e in finding.evidence}
    assert all(e.kind != "unverified_allegation" for e in finding.evidence)
