"""Series marked as a serial (1/3, P1, 第一话, 下回分解, 连更三天, N宗罪), then sold.

The markers vary by platform and genre; what stays the same is one author's negative series on
an enterprise and that author's later offer to hold back the rest for a price. Checked on the
example registry (澄屿, 岫屏, 禾淼), so the rule is seen working on other enterprises than the
abuse tests' own. Every enterprise here is fictional.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "registry"

# (series post, the same author's later offer)
SERIAL_THEN_OFFER = [
    (
        "澄屿手表的N宗罪 · 1/3：续航虚标，表带过敏",
        "@澄屿科技 公关部的朋友，2/3和3/3都剪好了，价格合适就不放，1/3也能下架，五W",
    ),
    (
        "岫屏智能深扒 P1：售后踢皮球，P2下回分解",
        "岫屏的朋友，P2可以不发，P1也删掉，十个，年框也行，周五前回我",
    ),
    (
        "禾淼果汁第一话：配料表里的秘密，欲知后事如何，请听下回分解",
        "@禾淼食品 市场部，下回我可以不讲了，第一话也能撤，合作价捌仟，今晚前给答复",
    ),
    (
        "澄屿手表连更三天：今天讲发热，明天讲掉帧",
        "澄屿的朋友，明天那期可以不更，今天的也删，3w，不回就照常更",
    ),
]
# A series stopped (断更, 停播, 就此打住, 收手) for a price in a currency sign, a digit count
# (六位数), RMB or full-width letters.
STOPPED_FOR_A_PRICE = [
    "@澄屿科技 公关部的，后面几期我可以断更，已发的转私密，¥30000，周五前回复。",
    "岫屏的朋友，这个系列就此打住也行，前两期也删，六位数，诚意到位就快。",
    "禾淼食品市场部，剩下三期可以停播，第一期下架，RMB 2w，明早9点前不回复就继续更。",
    "澄屿的朋友，续集我可以不上传，已发的隐藏掉，五位数，年框也行，看诚意。",
    "@岫屏智能 后面的我收手不更了，前面那两篇也删，价格两个数，周日前回我。",
    "禾淼的朋友，下一期可以烂尾处理，已发那期删掉，３Ｗ，过了周末就照常更新。",
    # Terse: the removals, then the price as a clause of its own.
    "@澄屿科技 剩下两弹可以不放，第一弹也下架，三W。",
    "岫屏的朋友，后面几集不发了，前面的也删，五个W。",
    "禾淼公关部看到私我，下集压着，上集撤掉，年框。",
]
NOT_OFFERS = [
    "澄屿手表这个系列就此打住了，感谢支持，本系列没有任何商业合作，六位数的表也不推荐。",
    "岫屏智能的朋友，我这系列断更了，不是收了钱，是太忙，勿猜。",
    "禾淼果汁续集已上传，¥30000的设备拍的，画质杠杠的，欢迎品牌赞助。",
    "澄屿科技的差评我已经删了，三W的表不值。",
    "岫屏的朋友，后面几集不发了，太累了，谢谢大家，五个W的播放量够了。",
    "禾淼果汁的广告下架了，年框。",
    "澄屿的朋友，测评视频不删，三W的表就这质量？",
    "岫屏智能客服，差评我可以删，退款五千。",
    "澄屿手表测评：表带不行，续航一般，不推荐，价格三W。",
    "岫屏的朋友，剩下两集下周发，第一集也会重新剪，三W播放感谢大家。",
    "澄屿的朋友，P2可以不发吗？我想先看看你们的回应，再决定怎么写。",
    "禾淼果汁第一话的赞助商是禾淼食品，合作价捌仟，片尾有标注。",
    "岫屏智能深扒 P1 发了，P2下回分解，喜欢的朋友点个关注，不接任何商务。",
    "澄屿手表连更三天的测评结束了，结论：续航一般，做工不错，价格3w的表不值得。",
]


@pytest.fixture(scope="module")
def example_registry() -> Registry:
    return Registry.load(EXAMPLES)


@pytest.mark.parametrize(("series", "offer"), SERIAL_THEN_OFFER)
def test_a_serial_and_its_authors_later_offer_are_extortion(
    example_registry: Registry, series: str, offer: str
) -> None:
    found = scan_family(
        example_registry,
        [
            make_item(1, series, "bili_serial", "2025-07-01T10:00:00+08:00"),
            make_item(2, offer, "bili_serial", "2025-07-02T10:00:00+08:00", kind="comment"),
        ],
    )
    assert [f.slug for f in found["i-1"]] == ["extortion"]
    assert [f.slug for f in found["i-2"]] == ["extortion"]
    (link,) = found["i-1"][0].evidence
    assert link.details == {"offer_item": "i-2", "linked_by": "same author id"}
    assert link.span is not None and link.span.text in series


@pytest.mark.parametrize(("series", "offer"), SERIAL_THEN_OFFER)
def test_a_serial_alone_stays_clean(example_registry: Registry, series: str, offer: str) -> None:
    found = scan_family(example_registry, [make_item(1, series, "bili_serial")])
    assert "extortion" not in [f.slug for f in found.get("i-1", [])]


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_serial_questions_sponsors_and_verdicts_stay_clean(
    example_registry: Registry, text: str
) -> None:
    found = scan_family(example_registry, [make_item(1, text)])
    assert "extortion" not in [f.slug for f in found.get("i-1", [])]


@pytest.mark.parametrize("text", STOPPED_FOR_A_PRICE)
def test_a_series_stopped_for_a_price_is_extortion(example_registry: Registry, text: str) -> None:
    found = scan_family(example_registry, [make_item(1, text, kind="comment")])["i-1"]
    assert [f.slug for f in found] == ["extortion"]
    (offer,) = [e for e in found[0].evidence if e.kind == "extortion_offer"]
    assert offer.details["payment"] and offer.details["removal"]


def test_a_series_marked_in_its_title_only_is_linked(example_registry: Registry) -> None:
    series = make_item(
        1,
        "表带过敏、续航虚标，售后一直拖。",
        "bili_serial",
        "2025-07-01T10:00:00+08:00",
        title="澄屿手表避坑·第一弹",
    )
    offer = make_item(
        2, SERIAL_THEN_OFFER[0][1], "bili_serial", "2025-07-02T10:00:00+08:00", kind="comment"
    )
    found = scan_family(example_registry, [series, offer])
    assert [f.slug for f in found["i-1"]] == ["extortion"]
    (link,) = found["i-1"][0].evidence
    assert link.span is not None and link.span.field == "title" and link.span.text == "避坑"


def test_the_post_an_offer_answers_is_its_dossier_without_markers(
    example_registry: Registry,
) -> None:
    post = make_item(1, "澄屿手表戴了三天手腕起疹子，客服一直拖着不处理。", "wb_buyer")
    offer = make_item(
        2,
        "@澄屿科技 公关部的朋友，这条我可以删，三W，周五前回复。",
        "wb_buyer",
        kind="comment",
        reply_to="i-1",
    )
    found = scan_family(example_registry, [post, offer])
    assert [f.slug for f in found["i-1"]] == ["extortion"]
    (link,) = found["i-1"][0].evidence
    assert link.details["linked_by"] == "same author id, offer replies to it"
    assert link.span is not None and link.span.text == "澄屿手表戴了三天手腕起疹子"


def test_a_plain_post_the_offer_does_not_answer_stays_clean(example_registry: Registry) -> None:
    post = make_item(1, "澄屿手表戴了三天手腕起疹子，客服一直拖着不处理。", "wb_buyer")
    offer = make_item(
        2, "@澄屿科技 公关部的朋友，这条我可以删，三W，周五前回复。", "wb_buyer", kind="comment"
    )
    found = scan_family(example_registry, [post, offer])
    assert "i-1" not in found and [f.slug for f in found["i-2"]] == ["extortion"]
