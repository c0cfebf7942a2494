"""A series by one author, then the same author selling its end for a slang-priced deal.

The series is announced as 第一弹/下一弹, 上集/下集, 第1集 with more episodes cut, or numbered
①②③ parts; the later reply to the enterprise offers to hold back the rest (压着不放, 不放了,
可以不发, 停更) and take down what is up, for a price in trade slang: W for 万 (三W起, 5.8w),
a bare "N个" (二十个), full-width digits (６.６ 万), capital numerals (捌仟), an annual ad
contract (年框, 年度投放), a 合作价, or 看诚意 / 诚意到位就快, often before a deadline. The
offer is extortion on its own; the series is extortion when the same author's offer is in the
batch. An announced next episode, a rate card and a sponsorship call stay clean. Every
enterprise is a fictional one of `conftest.py`.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

SLANG_PRICED_OFFERS = [
    "@澜汀家居 公关部的，剩下两弹都剪完了，价钱合适就压着不放，第一弹也可以下架，三W起",
    "栖溪的朋友，下集就不放了，上集也能撤，二十个，年框也行，看诚意",
    "筠浦公关部的看到私我，后面几集可以不发，合作价６.６ 万，明早9点前不回复就继续更",
    "蓉沁的朋友，后面两期不发也行，捌仟，已发的那期也删，下周一前不回复就继续更",
    "@沐禾宠物 第二弹压着没发，5.8w，诚意到位就快",
    "沐禾公关部的看到私我，后面的停更，签个年度投放就行",
    "@蓉沁串串 剩下四集已经剪好了，想让它们不上线的话，叁万伍仟，前面那集一并下架，明早9点前答复",
    "@筠浦生物 品牌部看到私我，第三弹可以不发，已经发的两弹也能删，价格看诚意，诚意到位就快",
    "栖溪教育公关部的看到私我，后面3集都剪完了，1.2W全部压下，过了周五就继续更",
    "澜汀家居的朋友，②③我可以不放，①也能撤，十五个，走年框合同也行，周日前回我",
    "@蓉沁串串 市场部，下一弹不发也可以，合作价８８００，已经发的那弹也删掉，"
    "下周一前不回复就继续更",
    "沐禾宠物公关部的看到私我，剩下的几集都可以压着，年度投放签了就全撤，诚意到位就快",
    "@蓉沁串串 ②③可以不放，①也能下架，价格你们定，下周一前不回复就继续更",
    "@栖溪教育 你们公关部的朋友看过来，后面三集我可以不更，已经上的那集也能删，价格4W，"
    "周三前给答复",
    "澜汀家居市场部的，下一弹剪好了，要不要放看你们，二十个一口价，年框也可以",
    "筠浦生物的朋友，剩下的几弹我先压着，合作价5.5w，超过周末就照常更新",
    "蓉沁串串公关部的看到私我，下集不上了也行，上集撤掉，捌仟元，诚意到位就快",
    "@沐禾宠物 剩余两集已经录好，谈个年度投放就不发了，第一集也可以下掉",
    "沐禾宠物的朋友，后续几弹发不发取决于你们，报价８万，今晚12点前回复",
    "澜汀的朋友们，我这系列还有4集没放，肆万，全部封存，第一集也撤，不回就接着放",
    "@筠浦生物 系列剩下的可以停更，已发的也删，三十个，或者签年框，明天中午前回复",
]
# (series post, the same author's later reply offering to end it)
SERIES_THEN_OFFER = [
    (
        "【澜汀家居避坑·第一弹】床垫异味、售后推诿，素材还有一堆，下一弹更精彩",
        SLANG_PRICED_OFFERS[0],
    ),
    ("栖溪教育退费那些事（上集）：家长们的血泪经历，下集揭晓更多", SLANG_PRICED_OFFERS[1]),
    ("筠浦生物检测报告 第1集：数据对不上？后面5集已剪好", SLANG_PRICED_OFFERS[2]),
    ("沐禾宠物手术事故第一弹，第二弹更猛", SLANG_PRICED_OFFERS[4]),
    ("澜汀家居售后实录 ①安装乱收费 ②质保扯皮 ③客服失联，今天先发①", SLANG_PRICED_OFFERS[9]),
    ("蓉沁串串后厨探访·上集：冻品解冻在地上，下集更精彩", SLANG_PRICED_OFFERS[6]),
    ("蓉沁串串 ①后厨卫生 ②食材来源 ③员工待遇，今天先发①", SLANG_PRICED_OFFERS[12]),
]
NOT_OFFERS = [
    # A reviewer announcing the next episode, with no price.
    "澜汀家居床垫测评第一弹发了，第二弹更猛，下周一更新，敬请期待！",
    "栖溪教育网课体验（上集）：老师还行，作业太多。下集揭晓续费到底值不值。",
    "筠浦生物的检测服务第1集已上线，后面5集已剪好，每周更新一集。",
    "蓉沁串串探店①锅底 ②荤菜 ③服务，今天先发①，觉得好吃的点个赞。",
    "沐禾宠物的事故视频剩下两集下周放，想看的点关注，不接受任何删帖要求。",
    "澜汀家居床垫测评上集发了，下集更精彩，本视频无任何商业合作，价格你们自己去官网看。",
    "栖溪教育第一弹投诉汇总发了，第二弹在写，各位家长有材料可以私我，不收任何费用。",
    "栖溪教育退费黑幕上集：我整理了二十个家长的经历，下集周五发，不接商务。",
    # A sponsored episode taken down when its contract ends.
    "筠浦生物的朋友，我们合作的那期推广视频可以下架了，合同到期了，合作价捌仟已结清。",
    # Rate cards and sponsorship calls, with no negative material or removal.
    "本号刊例：软文2万/篇，年框合作8折，视频植入三W起，欢迎品牌联系商务。",
    "频道开放品牌合作，欢迎各品牌赞助我的视频，合作价８８００起，年度投放另议，私信商务。",
    "蓉沁串串的朋友，下一集探店可以加门店地址，合作价捌仟，年框也行，看诚意。",
    # Talking about the practice, and the target saying it was approached.
    "现在有些博主先发第一弹黑料，再私信品牌说后面几集可以不发，开价三W起，这就是敲诈。",
    "沐禾宠物声明：有账号私信我司，称“第二弹压着没发，5.8w，诚意到位就快”，我司已报警，绝不妥协。",
]


@pytest.mark.parametrize("text", SLANG_PRICED_OFFERS)
def test_a_slang_priced_offer_to_end_a_series_is_extortion(
    new_registry: Registry, text: str
) -> None:
    found = scan_family(new_registry, [make_item(1, text, kind="comment")])["i-1"]
    assert [f.slug for f in found] == ["extortion"]
    assert found[0].target is not None and found[0].target.startswith("ent-")
    (offer,) = [e for e in found[0].evidence if e.kind == "extortion_offer"]
    assert offer.details["payment"] and offer.details["removal"]


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_episodes_rate_cards_and_reports_stay_clean(new_registry: Registry, text: str) -> None:
    assert "extortion" not in slugs_of(new_registry, text)


@pytest.mark.parametrize(("series", "offer"), SERIES_THEN_OFFER)
@pytest.mark.parametrize("replying", [True, False])
def test_the_series_is_extortion_when_its_author_sells_its_end(
    new_registry: Registry, series: str, offer: str, replying: bool
) -> None:
    extra = {"reply_to": "i-1"} if replying else {}
    found = scan_family(
        new_registry,
        [
            make_item(1, series, "dy_series", "2025-06-01T20:00:00+08:00"),
            make_item(2, offer, "dy_series", "2025-06-03T09:00:00+08:00", kind="comment", **extra),
        ],
    )
    assert [f.slug for f in found["i-1"]] == ["extortion"]
    assert [f.slug for f in found["i-2"]] == ["extortion"]
    assert found["i-1"][0].evidence[0].details["offer_item"] == "i-2"
    assert found["i-1"][0].target == found["i-2"][0].target


@pytest.mark.parametrize(("series", "offer"), SERIES_THEN_OFFER[:3])
def test_a_series_by_another_author_stays_clean(
    new_registry: Registry, series: str, offer: str
) -> None:
    found = scan_family(
        new_registry,
        [
            make_item(1, series, "dy_reviewer", "2025-06-01T20:00:00+08:00"),
            make_item(2, offer, "dy_other", "2025-06-03T09:00:00+08:00", kind="comment"),
        ],
    )
    assert "i-1" not in found
    assert [f.slug for f in found["i-2"]] == ["extortion"]
