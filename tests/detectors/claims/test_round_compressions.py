"""Patterns: a search suggestion or trending topic that compresses a registered claim further
than plain keywords -- a bare 人 for the claim's victim ("逼死人" for 逼死借款人), a
four-character idiom-like form (一X多卖 for 重复卖给多家), an abbreviation (调表 for 调过里程
表), everyday verbs (断了 for 断裂), a trailing search word (真相, 怎么回事) or a trailing
evidence word (实拍, 视频, 截图). Questions, refutations, neutral queries and the phenomenon
without the enterprise stay clean."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims

S, T = "search_suggestion", "trending_topic"


@pytest.mark.parametrize(
    ("kind", "text", "claim"),
    [
        (S, "禾贷分期暴力催收逼死人 真相", "t-clm-22"),
        (S, "禾贷 暴力催收 逼死人", "t-clm-22"),
        (S, "禾贷分期暴力催收逼死人怎么回事", "t-clm-22"),
        (S, "禾贷分期暴力催收逼死人是怎么回事？", "t-clm-22"),
        (T, "#禾贷分期暴力催收逼死人#", "t-clm-22"),
        (S, "松岚陵园 一穴多卖", "t-clm-23"),
        (S, "松岚 一墓两卖", "t-clm-23"),
        (T, "#松岚陵园一穴多卖#", "t-clm-23"),
        (S, "云麓 过期奶浆 后厨实拍", "t-clm-24"),
        (S, "云麓过期奶浆视频", "t-clm-24"),
        (S, "云麓 过期奶浆 截图", "t-clm-24"),
        (T, "#车享优选二手车三成车调表#", "t-clm-25"),
        (S, "车享优选 二手车 三成车 调里程", "t-clm-25"),
        (T, "峡光玻璃栈道断了 有游客掉下去", "t-clm-26"),
        (S, "峡光 玻璃栈道断了", "t-clm-26"),
    ],
)
def test_compressed_claims(claims_registry: Registry, kind: str, text: str, claim: str) -> None:
    [finding] = run_claims(claims_registry, kind=kind, text=text)["false_search_trending"]
    assert claim in {e.registry_ref for e in finding.evidence}


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (S, "禾贷分期 催收电话"),
        (S, "禾贷分期 逾期 怎么协商"),
        (S, "禾贷分期暴力催收逼死人是真的吗"),
        (S, "禾贷分期暴力催收逼死人?"),
        (T, "#禾贷分期暴力催收逼死借款人?#"),
        (S, "禾贷分期暴力催收逼死人 辟谣"),
        (T, "#禾贷回应暴力催收传闻#"),
        (S, "松岚陵园 墓穴价格"),
        (S, "松岚陵园一穴多卖是谣言"),
        (T, "#一房多卖怎么维权#"),  # the phenomenon, no enterprise
        (S, "云麓 后厨实拍"),
        (S, "云麓 奶浆 视频"),
        (S, "云麓 过期奶浆 吗"),
        (S, "车享优选 调表 怎么查"),
        (S, "车享优选 里程表"),
        (T, "#二手车调表怎么识别#"),
        (S, "峡光玻璃栈道 门票"),
        (S, "峡光玻璃栈道断了是真的吗"),
        (T, "#峡光玻璃栈道没有断裂#"),
    ],
)
def test_compressed_guards(claims_registry: Registry, kind: str, text: str) -> None:
    assert "false_search_trending" not in run_claims(claims_registry, kind=kind, text=text)


YUNLU = "ent-yunlu:FY2025:net_profit"


@pytest.mark.parametrize(
    "text",
    [
        "加盟云麓两年，投了46万，今年关店，亏了将近30万。我不建议普通人加盟任何茶饮品牌，包括云麓。",
        "在云麓干了三年店长，我一年亏了十几万，总部只管收钱",
        "开云麓加盟店，交了8万加盟费，最后亏了20万",
        "我加盟云麓一年半，算下来亏了12万",
        "云麓的店我开了两年，自己亏了30万",
    ],
)
def test_authors_own_loss_is_no_figure_claim(claims_registry: Registry, text: str) -> None:
    assert "figure_distortion" not in run_claims(claims_registry, text=text)


@pytest.mark.parametrize(
    "text",
    [
        "云麓去年亏了30亿，我看年报都惊呆了",  # the author reads the enterprise's result
        "云麓2025年亏损3亿元",
        "云麓压缩工资开支，2025年亏损3亿",  # pay mentioned, not the author's: the result stands
    ],
)
def test_enterprise_loss_still_read(claims_registry: Registry, text: str) -> None:
    [finding] = run_claims(claims_registry, text=text)["figure_distortion"]
    assert YUNLU in {e.registry_ref for e in finding.evidence}
