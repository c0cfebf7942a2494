"""Pattern: an author affiliated with a rival asserts a registered false claim about it in
other words; comparisons, complaints, debunks and unaffiliated authors stay clean."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims, slugs

QIAOMU = {"id": "qm1", "name": "乔木小编", "affiliation": "ent-qiaomu"}
ZHIQIAO = {"id": "zq1", "name": "知桥张老师", "affiliation": "ent-zhiqiao"}
KUAIYING = {"id": "ky1", "name": "快映运营", "affiliation": "ent-kuaiying"}
YUNLU = {"id": "yl1", "name": "云麓员工", "affiliation": "ent-yunlu"}
PLAIN = {"id": "p1", "name": "路人甲"}


@pytest.mark.parametrize(
    ("author", "text", "claim"),
    [
        (QIAOMU, "友商云麓的水果茶根本没有鲜果，全是色素加香精勾兑出来的", "t-clm-1"),
        (QIAOMU, "云麓奶茶为什么让人上瘾？懂的都懂，加了罂粟壳呗", "t-clm-2"),
        (QIAOMU, "云麓成都总店上周被查出用地沟油做小料", "t-clm-3"),
        (QIAOMU, "家人们别喝云麓了，店里用地沟油做小料！", "t-clm-3"),
        (KUAIYING, "喵音给孩子推赌博广告！", "t-clm-4"),
        (KUAIYING, "喵音天天给小朋友推送赌博广告，家长管管吧", "t-clm-4"),
        (ZHIQIAO, "星途老板已经跑路了！", "t-clm-5"),
        (ZHIQIAO, "星途教育的课程无法退费，家长们快来知桥", "t-clm-5"),
        (ZHIQIAO, "听说星途教育董事长邵明远被警方带走了", "t-clm-6"),
        (ZHIQIAO, "星途教育倒闭了吗？老板都跑了", "t-clm-5"),
        (QIAOMU, "云麓的果茶哪有什么鲜果，都是香精色素调出来的", "t-clm-1"),
        (QIAOMU, "说句良心话，云麓果茶里一块真水果都没有，全靠色素和香精", "t-clm-1"),
        (QIAOMU, "云麓奶茶里掺了罂粟壳，难怪天天想喝", "t-clm-2"),  # the accusation alone
        (QIAOMU, "喝云麓奶茶会上瘾？因为里面有罂粟壳啊", "t-clm-2"),
    ],
)
def test_rival_paraphrase(
    claims_registry: Registry, author: dict[str, str], text: str, claim: str
) -> None:
    [finding] = run_claims(claims_registry, text=text, author=author)["competitor_smear"]
    assert finding.slug == "competitor_smear"
    refs = {e.registry_ref for e in finding.evidence}
    assert claim in refs and author["affiliation"] in refs


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (QIAOMU, "我们乔木奶茶用的是鲜果，欢迎对比"),  # honest comparison
        (QIAOMU, "网传云麓用地沟油，监管已查明不实"),  # a debunk
        (QIAOMU, "有人说云麓奶茶加了罂粟壳，这是谣言，大家理性"),  # a debunk
        (QIAOMU, "云麓奶茶太甜了，喝多了让人上瘾，我还是喜欢自家的"),  # an opinion
        (QIAOMU, "云麓的小料做得不错，我们要学习"),  # praise
        (QIAOMU, "云麓门店用地沟油？查了检测报告，没有这回事"),  # asked and answered
        (KUAIYING, "喵音的未成年人模式不推送广告，我们也在做"),  # accurate
        (ZHIQIAO, "星途教育退费慢，我们知桥七天无理由退款"),  # a complaint, not the claim
        (YUNLU, "云麓奶茶添加罂粟壳让人上瘾"),  # not a rival of the subject
        (PLAIN, "云麓奶茶添加罂粟壳让人上瘾"),  # not affiliated
        (QIAOMU, "【段子】云麓奶茶加了罂粟壳，所以我天天喝"),  # labelled satire
        (QIAOMU, "云麓奶茶让人上瘾，太好喝了，我们要向他们学习"),  # the effect alone: praise
        (QIAOMU, "云麓的水果茶水果放得少，性价比不如我们"),  # a comparison
        (ZHIQIAO, "星途教育的老板跑去外地开分校了"),  # not the claim
        (KUAIYING, "喵音的广告太多了，孩子刷到就停不下来"),  # a complaint
        (QIAOMU, "地沟油问题全行业都要重视，我们乔木门店全部使用品牌食用油"),  # the phenomenon
    ],
)
def test_smear_guards(claims_registry: Registry, author: dict[str, str], text: str) -> None:
    assert "competitor_smear" not in slugs(claims_registry, text=text, author=author)
