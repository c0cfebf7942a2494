"""A dossier series, then its withdrawal sold to the target's PR or marketing head.

The offer names the rest of the series as written and held back (2、3期都写好了, 后面两期),
prices the withdrawal (5万, 5w, 3个w, or 合作 with the quote sent privately) and threatens
publication if the target refuses (不谈的话周五全发, 不合作第二期下周一出). The same author's
earlier instalment on the same enterprise (第1期, （一）, 第一弹, part1, 后面还有两期) is
the dossier the offer refers to. Enterprises are those of `conftest.py`.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

WITHDRAWAL_PRICED = [
    "@澜汀家居 公关部，2-3期都写好了，给我5万我把文章全撤了，不谈的话周五全部发，等你私信。",
    "@沐禾宠物 公关部 2、3期已写好，5w撤所有文章，不聊周五一起上，dd",
    "澜汀公关部：第二第三篇写完了，五万，全部文章下掉；谈不拢的话周五统统发出来，等你们私信。",
    "@栖溪教育 公关部，第2-3期写完了，5万全撤，不谈就周五都发，不理的话后果自负，等你私信。",
    "筠浦公关部的朋友，后面两期稿子已写好，八万全部撤掉，周五前不聊就全部放出来，私信等你。",
]
COOPERATION_PRICED = [
    "@栖溪教育 市场部邵总，合作=1期立删+后续不发；不合作=2、3期照发，报价在你私信里，ygdd",
    "筠浦市场部骆总，合作了第一期当天删，其余的不公开；不合作第二期下周一准时出。价格私信，yhhs。",
    "蓉沁市场部钟总：合作就删一期，剩下两期压着不发。不合作，二三期照常见面。报价私你了，ygdd",
    "沐禾市场部贺总，如合作，一期即刻下架，余下各期不再发布；如不合作，二、三期如期推出，"
    "报价已私信，ygdd",
]
# Series and their prices that are no offer: an announced series, a customer's demand, a
# report of a demand, a merchant who paid a customer, an advertising sale.
NOT_AN_OFFER = [
    "澜汀家居槽点大全part1：床垫异味、售后踢皮球。part2、part3写好了，知情人欢迎私信投稿。",
    "栖溪教育退费问题汇总（一）：拖延、推诿。后面还有两期，有同样经历的家长可以私我。",
    "有个博主私信我们公关部，说2、3期已写好，给他5万就全撤，我们已经报警。",
    "澜汀家居的店长给我200块让我把差评删了，我没删，差评是真实体验。",
    "沐禾宠物不退押金的话周五我就把就诊记录全部发出来，合作了三年居然这样对老客户。",
    "筠浦市场部骆总您好，本号年度广告合作报价已私信，第1期推广方案也写好了，期待合作。",
]


@pytest.mark.parametrize("text", WITHDRAWAL_PRICED + COOPERATION_PRICED)
def test_a_series_withdrawal_sold_is_extortion(new_registry: Registry, text: str) -> None:
    found = scan_family(new_registry, [make_item(1, text, kind="comment")])["i-1"]
    assert [f.slug for f in found] == ["extortion"]
    assert found[0].target is not None and found[0].target.startswith("ent-")


@pytest.mark.parametrize("text", NOT_AN_OFFER)
def test_series_announcements_reports_and_ad_sales_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert "extortion" not in slugs_of(new_registry, text)


SERIES = [
    ("澜汀家居黑料合集第1期：床垫甲醛超标、售后推诿、安装乱收费……第2期第3期还在后面。", 0),
    ("栖溪教育质量问题汇总（一）：退费难、老师流动大、课程缩水。（二）（三）在路上。", 3),
    ("筠浦生物问题盘点第一弹：检测周期拖延、报告错漏。第二弹第三弹持续更新。", 6),
    ("沐禾宠物踩雷清单（一）：误诊、乱开药、押金难退。后面还有两期，欢迎私信爆料。", 1),
]


@pytest.mark.parametrize(("series", "offer"), SERIES)
def test_the_offer_links_the_same_authors_earlier_instalment(
    new_registry: Registry, series: str, offer: int
) -> None:
    offers = WITHDRAWAL_PRICED + COOPERATION_PRICED
    found = scan_family(
        new_registry,
        [
            make_item(1, series, "wb_series", "2025-03-01T10:00:00+08:00"),
            make_item(2, offers[offer], "wb_series", "2025-03-02T09:00:00+08:00", kind="comment"),
        ],
    )
    assert [f.slug for f in found["i-1"]] == ["extortion"]
    assert [f.slug for f in found["i-2"]] == ["extortion"]
    (dossier,) = found["i-1"][0].evidence
    assert dossier.kind == "extortion_dossier" and dossier.details["offer_item"] == "i-2"
    linked = [e for e in found["i-2"][0].evidence if e.kind == "extortion_dossier"]
    assert linked and linked[0].details["dossier_items"] == ["i-1"]


def test_another_authors_series_is_not_the_offerers_dossier(new_registry: Registry) -> None:
    found = scan_family(
        new_registry,
        [
            make_item(1, SERIES[0][0], "wb_reader", "2025-03-01T10:00:00+08:00"),
            make_item(2, WITHDRAWAL_PRICED[0], "wb_other", "2025-03-02T09:00:00+08:00"),
        ],
    )
    assert "i-1" not in found
    assert [f.slug for f in found["i-2"]] == ["extortion"]
