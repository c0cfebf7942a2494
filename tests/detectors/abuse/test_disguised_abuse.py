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
    "致澜汀家居的公开信：我们收集到业主投诉一百多条，计划于月底统一发布。贵司若有意“合作”，"
    "可联系本号商务对接。",
    "澜汀公关部你好，本号手里有贵司甲醛超标的检测报告和业主视频，下周将正式发布。如需“沟通”，"
    "欢迎找我们商务。",
    "栖溪不想让第三期上线的话，做个十个的推广，不然周末全网发布",
    "栖溪要是不想看到下一期，投点广告，大家相安无事，否则下期照常发",
    "@筠浦生物 你们的质检问题我们掌握了全部证据，下周一准时发布。要是想“聊聊”，联系商务签个年框。",
    "栖溪公关部：家长维权视频我们剪好了，定于下周二全网发布。如有意沟通，请联系商务，年框可谈。",
    "澜汀你们要是不想出第二篇，来投个十五个的广告，不然周三照常推送。",
]
# Material kept buried in exchange for advertising, addressed with an @mention.
BURIED_FOR_ADS = [
    "@澜汀家居 手上有你们几十份售后投诉和开裂照片，一个年度广告合作投我们号，"
    "这些就烂在我硬盘里，懂？",
    "@栖溪 我们存了你们上百条退费纠纷录音，签个年度投放，这些就永远烂在硬盘里。",
    "@筠浦生物 你们车间的事故照片在我电脑里，投一期广告，这些就一直烂在电脑里，懂？",
    "@筠浦生物 你们的客诉截图我这存了一堆，来本号投个年度广告，这些就当不存在，懂的都懂",
    "@澜汀 几十条业主投诉视频都在我网盘里，谈个年度合作，这些就烂在网盘里。",
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
    # The target's own announcements, a consumer's and a newsroom's scheduled publications.
    "栖溪教育将于下周正式发布新课程视频，如有意合作，请联系我们商务。",
    "澜汀家居将于周五正式发布质量问题整改报告，如需采访，请联系我们品牌部。",
    "本号下期将推出家居测评，澜汀等品牌如有投放需求，请联系本号商务。",
    "澜汀的投诉我整理了一百多条，计划于月底统一发布，希望监管部门重视。",
    "筠浦不想被曝光就好好整改，不然我们还会继续投诉，下期节目会追踪报道。",
    "我们记者收到澜汀业主投诉材料两百份，拟于周五发布调查报道，欢迎澜汀回应。",
    "栖溪品牌部：本号将于下周发布教育行业榜单，欢迎联系商务了解年框合作。",
    "澜汀家居：双十一大促即将开始，如需团购，请联系商务。",
    "家长们的维权材料已经整理好，定于下周一提交给教育局，栖溪要是不想闹大就尽快退费。",
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
    "招兼职评论员：用自己的多个账号到指定博主的视频下留言，评论内容我们统一提供，一条1.5元，日结",
    "副业推荐｜有5个以上小红书号的来，按模板去指定笔记下评论，每天轻松赚100+，日结",
    "急招｜每天去指定竞品的直播间刷评论，话术群里发，准备好几个小号，2元一条",
    "日结兼职：用你的小号到指定店铺的评论区发差评，文案我们提供，5元/条",
    "招募宝妈：自备3个以上账号，按要求在指定帖子下留言，每天稳赚80，日结",
]
NOT_BLACK_PR = [
    "招聘新媒体运营，负责公司官方账号的内容策划与发布，五险一金，双休",
    "测评平台招募体验官：免费试用产品，请如实发表真实评价，发布时须标注“合作”",
    "记者调查：网评员用小号到指定帖子下刷评论，0.8元/条，平台称将严查水军",
    "乐团招聘小号手两名，周末演出，日结300元",
    "平台规则：严禁使用小号到指定帖子下统一话术刷评论，违者封号。",
    "我有三个小号，平时在不同的号上分享育儿日常，没想到一天能涨粉200多。",
    "公司招聘新媒体运营：负责多个官方账号的日常运营，五险一金，简历投递hr邮箱",
    "听说有人花钱雇人用小号去指定视频下统一话术刷评论，太恶心了",
    "我用小号在指定话题下发了几条评论，结果一天涨了200个粉",
    "宝妈副业推荐：在家做手工串珠，计件结算，日结",
    "招聘客服：负责指定店铺的售后咨询，统一话术培训，底薪加提成，五险一金",
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
    "邵明岚这个毒妇，姐妹们冲她评论区",
    "卞逸尘黑心资本家，大家去他微博下面骂他",
    "栖溪那个毒妇邵明岚，兄弟们去她主页集合，给我使劲骂",
    "兄弟们，筠浦骆青禾那个黑心资本家，去他号下面集合",
    "邵明岚就是毒妇，大家到她小红书下面给我骂",
]
NOT_TARGETED = [
    "大家去澜汀官方号下面维权",
    "澜汀的沙发出了问题，董事长卞逸尘必须出来道歉",
    "栖溪的课程质量下滑，邵明岚作为创始人应该给家长一个交代。",
    "有人骂邵明岚是毒妇，这种扣帽子很无聊，批评就批评具体问题。",
    "邵明岚作为栖溪创始人应该出来道歉，大家去栖溪官方号下面要说法",
    "卞逸尘卖的沙发有甲醛，大家去他们官方微博下面留言维权",
    "邵明岚毒妇？这种标签太过了，批评就批评具体问题",
]


@pytest.mark.parametrize("text", SLUR_AND_GATHERING)
def test_slur_and_gathering_call_is_targeted_abuse(new_registry: Registry, text: str) -> None:
    found = scan_family(new_registry, [make_item(1, text)])["i-1"]
    assert [f.slug for f in found] == ["targeted_abuse"]
    assert found[0].target in {"per-shaominglan", "per-bianyichen", "ent-junpu"}


@pytest.mark.parametrize("text", NOT_TARGETED)
def test_criticism_and_complaints_to_the_company_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == []


def test_open_letter_named_only_in_its_title_is_extortion(new_registry: Registry) -> None:
    text = (
        "本号收到家长投诉材料两百余份，拟于本周五集中发布。如贵司有意“沟通”，请联系本号商务，"
        "年度合作方案另议。"
    )
    item = make_item(1, text, title="致栖溪的一封公开信")
    found = scan_family(new_registry, [item])["i-1"]
    assert [f.slug for f in found] == ["extortion"]
    assert found[0].target == "ent-qixi"


def test_open_letter_asking_for_an_answer_is_not_extortion(new_registry: Registry) -> None:
    text = "本号收到家长投诉材料两百余份，拟于本周五集中发布，希望贵司尽快回应，给家长一个说法。"
    item = make_item(1, text, title="致栖溪的一封公开信")
    assert scan_family(new_registry, [item]) == {}
