"""Pattern: a rival's staff restate a registered false claim ("果屿鲜榨果饮是用色素香精勾兑的
假果汁，没有鲜果") in their own words: ingredients joined with a plus sign (色素+香精), the
instrument dropped (是勾兑的假果汁), the head noun dropped (是色素香精勾兑的), 没 for 没有,
tone-marked pinyin (sè sù), inside a Q&A or before a rhetorical question. The rival citing a
true registered claim, an unaffiliated consumer, debunks and self-praise stay clean."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims

CHENGFENG = {"id": "cf1", "name": "橙风市场部小郑", "affiliation": "ent-chengfeng"}
QIAOMU = {"id": "qm1", "name": "乔木招商部Coco", "affiliation": "ent-qiaomu"}
PLAIN = {"id": "p1", "name": "爱喝果饮的小林"}


@pytest.mark.parametrize(
    ("author", "text", "claim"),
    [
        (
            CHENGFENG,
            "干了六年果饮，说句实话：果屿的鲜榨根本没鲜果，全是色素+香精勾兑，别被颜色骗了。",
            "t-clm-28",
        ),
        (CHENGFENG, "都说了果屿是勾兑的假果汁，检测报告都是买的，你还替它说话？", "t-clm-28"),
        (CHENGFENG, "姐妹别买了！果屿都是sè sù勾兑，没有一颗真水果", "t-clm-28"),
        (
            CHENGFENG,
            "问：果屿和橙风哪家健康？答：作为业内人士，果屿的果饮是色素香精勾兑的，圈里都知道。",
            "t-clm-28",
        ),
        (CHENGFENG, "果屿那杯橙汁其实是勾兑的假果汁，喝着就不对", "t-clm-28"),
        (QIAOMU, "做了五年茶饮说点真话：云麓的果茶根本没鲜果，全是色素+香精勾兑。", "t-clm-1"),
        (QIAOMU, "别交加盟费了！云麓果茶都是sè sù勾兑，没有一颗真水果", "t-clm-1"),
    ],
)
def test_rival_restates_claim(
    claims_registry: Registry, author: dict[str, str], text: str, claim: str
) -> None:
    [finding] = run_claims(claims_registry, text=text, author=author)["competitor_smear"]
    refs = {e.registry_ref for e in finding.evidence}
    assert claim in refs and author["affiliation"] in refs


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (PLAIN, "都说了果屿是勾兑的假果汁，检测报告都是买的，你还替它说话？"),  # not a rival
        (PLAIN, "果屿都是sè sù勾兑，没有一颗真水果"),
        (CHENGFENG, "网传果屿是勾兑的假果汁，抽检结果显示是鲜切水果，别传谣了"),  # a debunk
        (CHENGFENG, "果屿是勾兑的假果汁吗？"),  # a question
        (CHENGFENG, "我们橙风的果饮用当天鲜切水果，没有色素香精，欢迎来店里看"),  # self-praise
        (CHENGFENG, "果屿的果饮偏甜，我个人更喜欢我们家的"),  # opinion
        (QIAOMU, "云麓2025年关闭了300家门店，年报里写着"),  # a true registered claim
        (QIAOMU, "云麓去年关了300家店，行业都不好做"),
        (CHENGFENG, "勾兑的假果汁怎么辨别？看配料表有没有色素香精"),  # the phenomenon
    ],
)
def test_restated_guards(claims_registry: Registry, author: dict[str, str], text: str) -> None:
    assert "competitor_smear" not in run_claims(claims_registry, text=text, author=author)
