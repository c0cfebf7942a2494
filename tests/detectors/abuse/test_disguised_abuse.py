"""Extortion dressed as "business", black PR dressed as a side job, slurs with a gathering call.

All enterprises and people are the fictional ones of `conftest.py`; every wording here is new.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

# Material scheduled for publication, and "cooperation" to buy instead: no removal verb.
IMPLIED_OFFERS = [
    "致栖溪教育公关部：本号收到家长投诉材料三百余份，拟于下周一集中发布。如贵司有意“沟通”，"
    "请联系本号商务，年度合作方案另议。",
    "致筠浦生物的一封公开信：本号已整理员工爆料四十余条，定于下周三统一推送。贵司如想“沟通”，"
    "请联系我们商务，合作方式可以面谈。",
    "澜汀要是不想看到第二期，来本号做个五十个的推广，大家都体面，不然周五全网推送。",
    "筠浦要是不想我出下期，投个三十个的推广，大家面子上都好看，不然下期直接全网铺",
]
# Material kept buried in exchange for advertising, addressed with an @mention.
BURIED_FOR_ADS = [
    "@澜汀家居 手上有你们几十份售后投诉和开裂照片，一个年度广告合作投我们号，"
    "这些就烂在我硬盘里，懂？",
    "@栖溪 我们存了你们上百条退费纠纷录音，签个年度投放，这些就永远烂在硬盘里。",
    "@筠浦生物 你们车间的事故照片在我电脑里，投一期广告，这些就一直烂在电脑里，懂？",
]
NOT_EXTORTION = [
    # A media outlet's rate card, a brand inviting paid cooperation.
    "栖溪品牌部您好，本号年度广告刊例：开屏30万，信息流每条5万，欢迎商务合作。",
    "澜汀招募家居博主：付费合作，视频需标注广告，报价请私信品牌部。",
    "本号将于下周正式发布家居行业白皮书，澜汀等品牌如有意参与，请联系本号商务。",
    # A journalist's series with no offer; a consumer who wants the money back.
    "澜汀家居质量调查（上）：我暗访了三家门店，发现板材甲醛超标，下期继续，敬请期待。",
    "不退款我就发小红书曝光栖溪，大家评评理",
    "栖溪要是今天还不退费，我就把投诉材料全网发布，不然我咽不下这口气。",
    # A harsh complaint and a call to complain to the company's own account.
    "筠浦生物的试剂出了问题，董事长必须出来道歉",
]


@pytest.mark.parametrize("text", IMPLIED_OFFERS + BURIED_FOR_ADS)
def test_business_dressed_offers_are_extortion(new_registry: Registry, text: str) -> None:
    found = scan_family(new_registry, [make_item(1, text)])["i-1"]
    assert [f.slug for f in found] == ["extortion"]
    assert found[0].target is not None and found[0].target.startswith("ent-")
    offer = next(e for e in found[0].evidence if e.kind == "extortion_offer")
    assert offer.span is not None and text[offer.span.start : offer.span.end] == offer.span.text


@pytest.mark.parametrize("text", NOT_EXTORTION)
def test_rate_cards_series_and_refund_demands_stay_clean(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == []


def test_implied_offer_needs_a_registered_target(new_registry: Registry) -> None:
    text = "本号收到用户投诉材料两百余份，拟于周五集中发布。如有意“沟通”，请联系本号商务。"
    assert slugs_of(new_registry, text) == []


SERIES = (
    "澜汀家居以次充好实录（上）：我走访了四家门店，样品和到货根本不是一个板材……下期更猛，敬请期待"
)
UNNAMED_SERIES = "以次充好实录（上）：我走访了四家门店，样品和到货不是一个板材……下期更猛，敬请期待"
SERIES_OFFER = "澜汀要是不想我出下期，投个二十个的推广，大家面子上都好看，不然下期直接全网铺"


@pytest.mark.parametrize("series", [SERIES, UNNAMED_SERIES])
def test_series_answered_by_its_authors_offer_is_a_dossier(
    new_registry: Registry, series: str
) -> None:
    found = scan_family(
        new_registry,
        [
            make_item(1, series, "dy_v9", "2025-03-01T10:00:00+08:00"),
            make_item(
                2,
                SERIES_OFFER,
                "dy_v9",
                "2025-03-02T10:00:00+08:00",
                kind="comment",
                reply_to="i-1",
            ),
        ],
    )
    assert {k: [f.slug for f in v] for k, v in found.items()} == {
        "i-1": ["extortion"],
        "i-2": ["extortion"],
    }
    link = next(e for e in found["i-1"][0].evidence if e.kind == "extortion_dossier")
    assert link.details == {"offer_item": "i-2", "linked_by": "same author id, offer replies to it"}


def test_offer_replying_to_someone_elses_series_links_nothing(new_registry: Registry) -> None:
    found = scan_family(
        new_registry,
        [
            make_item(1, SERIES, "journalist_1", "2025-03-01T10:00:00+08:00"),
            make_item(
                2,
                SERIES_OFFER,
                "dy_v9",
                "2025-03-02T10:00:00+08:00",
                kind="comment",
                reply_to="i-1",
            ),
        ],
    )
    assert sorted(found) == ["i-2"]


# Paid multi-account posting with copy and targets handed out, sold as a side job.
SIDE_JOB_ASTROTURF = [
    "宝妈在家副业｜每天花1小时用小号去指定视频下面评论，统一话术我们给，一天稳200+，日结不拖",
    "招‘网评员’30名：按要求到指定企业的帖子下带节奏，文案统一下发，0.8元/条，需自备5个以上微博号",
    "学生党兼职：用自己的几个小号去指定帖子下留言，话术统一发，1元/条，周结",
    "在家就能做｜准备3个以上抖音号，去指定品牌的评论区发我们给的评论，每天稳赚150，日结",
]
NOT_BLACK_PR = [
    "招聘新媒体运营，负责公司官方账号的内容策划与发布，五险一金，双休",
    "测评平台招募体验官：免费试用产品，请如实发表真实评价，发布时须标注“合作”",
    "记者调查：网评员用小号到指定帖子下刷评论，0.8元/条，平台称将严查水军",
    "乐团招聘小号手两名，周末演出，日结300元",
    "平台规则：严禁使用小号到指定帖子下统一话术刷评论，违者封号。",
    "我有三个小号，平时在不同的号上分享育儿日常，没想到一天能涨粉200多。",
]


@pytest.mark.parametrize("text", SIDE_JOB_ASTROTURF)
def test_side_job_astroturfing_is_black_pr(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == ["black_pr"]


@pytest.mark.parametrize("text", NOT_BLACK_PR)
def test_job_ads_review_programmes_and_reports_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == []


# A slur at a registered person with a call to gather under her account.
SLUR_AND_GATHERING = [
    "栖溪的邵明岚就是个毒妇，卖黑心课的黑心资本家，兄弟们去她号下面集合",
    "邵明岚毒妇一个，大家去她微博下面集合，给我狠狠骂",
    "澜汀的卞逸尘这个黑心资本家，兄弟们冲他评论区，给我骂",
    "卞逸尘就是黑心资本家，姐妹们到他的抖音下面集合",
]
NOT_TARGETED = [
    "大家去澜汀官方号下面维权",
    "澜汀的沙发出了问题，董事长卞逸尘必须出来道歉",
    "栖溪的课程质量下滑，邵明岚作为创始人应该给家长一个交代。",
    "有人骂邵明岚是毒妇，这种扣帽子很无聊，批评就批评具体问题。",
]


@pytest.mark.parametrize("text", SLUR_AND_GATHERING)
def test_slur_and_gathering_call_is_targeted_abuse(new_registry: Registry, text: str) -> None:
    found = scan_family(new_registry, [make_item(1, text)])["i-1"]
    assert [f.slug for f in found] == ["targeted_abuse"]
    assert found[0].target in {"per-shaominglan", "per-bianyichen"}


@pytest.mark.parametrize("text", NOT_TARGETED)
def test_criticism_and_complaints_to_the_company_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == []
