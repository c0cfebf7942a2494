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
    "@澜汀家居 公关部 二三期稿子都在草稿箱了，5个W，之前发的一并撤回，周五前等不到你们私信就"
    "全部发出。",
    "澜汀家居公关部的负责人，第2、3期已经写完，5w全部撤，周五没收到你们消息就全部发出去。",
    "@栖溪教育 的公关，2期3期都写完了，五万块，一篇不发、已发的全删；周五前不私信，就一起放出来。",
    "@筠浦生物 公关部 2-3期已就绪，5万全撤，周五见不到私信就统一推送，等你们DM。",
]
COOPERATION_PRICED = [
    "@栖溪教育 市场部邵总，合作=1期立删+后续不发；不合作=2、3期照发，报价在你私信里，ygdd",
    "筠浦市场部骆总，合作了第一期当天删，其余的不公开；不合作第二期下周一准时出。价格私信，yhhs。",
    "蓉沁市场部钟总：合作就删一期，剩下两期压着不发。不合作，二三期照常见面。报价私你了，ygdd",
    "沐禾市场部贺总，如合作，一期即刻下架，余下各期不再发布；如不合作，二、三期如期推出，"
    "报价已私信，ygdd",
    "@栖溪教育 市场部邵总 能合作的话第一期秒删，后面的永远不会出现；不能合作那二三期就跟上了。"
    "报价在您私信，ygdd",
    "澜汀市场部卞总，咱们合作，第1期马上删掉，剩下的不会有人看到；不合作二、三期陆续安排。"
    "报价已私您，ygdd~",
    "@蓉沁串串 市场部的钟总，愿意合作的话第一期立即下掉，后续内容不再发布，不愿意的话二三期就"
    "接着来，报价发您私信了 ygdd",
    "栖溪市场部邵总 合作=第一期删+后面都不出；不合作=二三期按时上。报价已私，ygdd",
    "@筠浦生物 骆总（市场部）：谈合作的话，第1期我这边马上清掉，后面的也不会再出；不谈，2、3期"
    "如期而至。价格私您了，ygdd",
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
    "澜汀公关部您好，我们是本地生活号，能合作的话第1期探店视频下周上线，报价私信您。",
    "栖溪市场部邵总，第一期测评已发，不愿意的话第二期我们就不做了，感谢支持。",
    "@澜汀家居 客服，我的床垫退款5万到现在没到账，周五前等不到你们回复就去12315投诉。",
    "澜汀家居的公关私信我说给我5万让我把文章全删了，我没同意，后面两期照发。",
    "筠浦市场部骆总您好，第2、3期稿件已写好，合作费5万，周五前确认即可排期发布，私信详谈。",
    "作为媒体人，我们从不做“合作就删、不合作就发”的生意，澜汀家居第2期照常更新。",
    "蓉沁串串的朋友，二三期的探店视频已经剪好了，合作的话可以加上门店地址，报价私信。",
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
    (
        "澜汀家居黑料合集第1期：床垫甲醛超标、售后推诿、安装乱收费……第2期第3期还在后面。",
        WITHDRAWAL_PRICED[0],
    ),
    (
        "栖溪教育质量问题汇总（一）：退费难、老师流动大、课程缩水。（二）（三）在路上。",
        WITHDRAWAL_PRICED[3],
    ),
    (
        "筠浦生物问题盘点第一弹：检测周期拖延、报告错漏。第二弹第三弹持续更新。",
        COOPERATION_PRICED[1],
    ),
    (
        "沐禾宠物踩雷清单（一）：误诊、乱开药、押金难退。后面还有两期，欢迎私信爆料。",
        WITHDRAWAL_PRICED[1],
    ),
]


@pytest.mark.parametrize(("series", "offer"), SERIES)
def test_the_offer_links_the_same_authors_earlier_instalment(
    new_registry: Registry, series: str, offer: str
) -> None:
    found = scan_family(
        new_registry,
        [
            make_item(1, series, "wb_series", "2025-03-01T10:00:00+08:00"),
            make_item(2, offer, "wb_series", "2025-03-02T09:00:00+08:00", kind="comment"),
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
