"""Pay-to-suppress offers, and offers whose condition is the target's silence.

Suppressing a post for a fee is the removal in other words (我帮你们压, 想让它凉下去,
压不下去全退); the condition may be the target's silence (周五前没回复就按计划发) and a
withheld episode may simply "not go up" (第2期不上). A reply to the author's own series
makes that series the dossier. Guards: a PR team describing its own work, a news report of
such an offer, a consumer asking for a fix, a creator's planned schedule.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

SUPPRESSION = [
    "澜汀，这条‘沙发甲醛超标’的视频现在3万转发，想让它凉下去，合作推广费3w，我帮你们压，"
    "压不下去全退。不合作的话明天还有第二条。",
    "栖溪的朋友，退费那条帖子热度还在涨，推广费两万，我帮你们压下去，压不下来全额退，"
    "不合作的话周末还有续集。",
    "筠浦市场部：过敏那篇笔记想让它沉下去吗？合作费1.5w，我替你们压热度，不然明天继续发。",
]
SILENCE_AS_REFUSAL = [
    "澜汀的朋友别光点赞不说话啊😏 视频下架+第2期不上，一口价8.8w，走公对公也行，"
    "周五前没回复就按计划发。",
    "栖溪品牌部看过来，第一期下架、第二期不上，一口价6.6w，可以开票，周三前不回复就照发。",
    "筠浦的朋友：那条视频删掉，后面两期也不上，打包5w，月底没回应的话按原计划发布。",
]
EPISODE_ONE = "深度调查：澜汀家居的板材到底怎么回事？第1期我走访了三家门店，第2期更劲爆，敬请期待"
NOT_OFFERS = [
    # A PR team on its own work, a news report, a consumer, a creator's schedule.
    "我们公关部这周帮客户把一条不实谣言压下去了，靠的是及时发澄清和律师函。",
    "据报道，有自媒体向澜汀索要推广费3万，称可以帮忙把负面视频压下去，澜汀已报警。",
    "澜汀的沙发塌了三个月没人管，我只要求上门维修，不修的话我就按计划去12315投诉。",
    "栖溪的测评第2期不上了，下周按计划发第3期，大家别催。",
    "栖溪，你们的视频课第2期不上，我一口价8千买的课，周五前不回复就投诉。",
    "那条视频热度太高了，想让它凉下去只能等时间，公关费花多少都没用。",
]


@pytest.mark.parametrize("text", SUPPRESSION + SILENCE_AS_REFUSAL)
def test_suppression_and_silence_offers_are_extortion(new_registry: Registry, text: str) -> None:
    found = scan_family(new_registry, [make_item(1, text)])["i-1"]
    assert [f.slug for f in found] == ["extortion"]
    assert found[0].target is not None and found[0].target.startswith("ent-")


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_pr_work_reports_complaints_and_schedules_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == []


def test_offer_replying_to_the_authors_investigation_links_it(new_registry: Registry) -> None:
    found = scan_family(
        new_registry,
        [
            make_item(1, EPISODE_ONE, "dy_k7", "2025-06-01T10:00:00+08:00"),
            make_item(
                2,
                SILENCE_AS_REFUSAL[0],
                "dy_k7",
                "2025-06-03T10:00:00+08:00",
                kind="comment",
                reply_to="i-1",
            ),
        ],
    )
    assert {k: [f.slug for f in v] for k, v in found.items()} == {
        "i-1": ["extortion"],
        "i-2": ["extortion"],
    }
    assert found["i-1"][0].target == found["i-2"][0].target == "ent-lanting"
    link = next(e for e in found["i-1"][0].evidence if e.kind == "extortion_dossier")
    assert link.details["offer_item"] == "i-2"
