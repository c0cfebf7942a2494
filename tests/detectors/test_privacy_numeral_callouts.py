"""A registered person's mobile dictated in Chinese numerals (幺 for 1, groups joined by dashes
or spaces) under their name, with the poster insisting it is *theirs* (`不是客服是她本人的`)
and sending readers to them by a title (`有问题直接打给老板娘`): a leak, although `客服` and
`本人` are words of hotlines and own contacts.

Guards: a denied own number that is a hotline, a shop's own number with the same call, the
person's office line, and news that a number leaked. People: examples/registry (顾南笙 of 澄屿,
林晏舟 of 岫屏, 柏知远 of 禾淼); every number is invented.
"""

from __future__ import annotations

import pytest

from clearbright.detectors.privacy.context import calls_the_title, own_contact_near
from clearbright.detectors.privacy.recognize import recognize
from clearbright.registry import Registry

from .privacy_findings import privacy_findings


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("幺三七-二幺四九-六零八三", "137****6083"),
        ("幺三八 零五七幺 二二九九", "138****2299"),
        ("一三九—五七一八—二零四六", "139****2046"),
        ("幺叁玖-伍柒幺捌-贰零肆陆", "139****2046"),
    ],
)
def test_dashed_numeral_groups_read_as_one_mobile(text: str, masked: str) -> None:
    found = recognize(f"手机 {text} 谢谢")
    assert [(e.entity, e.masked) for e in found] == [("CN_PHONE", masked)]


LEAKS = [
    "澄屿顾南笙私人手机 幺三七-二幺四九-六零八三 不是客服是她本人的，有问题直接打给老板娘😅",
    "禾淼柏知远手机 幺三八-零五七幺-二二九九，这是他本人的号，不是客服，有事直接找老板",
    "岫屏林晏舟的手机 一三九 五七一八 二零四六，并非售后，想讨说法直接打给董事长",
    "顾南笙私人电话 幺三七二幺四九六零八三，不是什么客服，退不了款就打电话给老板娘",
]


@pytest.mark.parametrize("text", LEAKS)
def test_a_registered_persons_numeral_mobile_with_a_callout_is_a_leak(
    example_registry: Registry, text: str
) -> None:
    phones = [f for f in privacy_findings(example_registry, text) if f.detector == "phone_number"]
    assert phones and phones[0].target is not None
    assert phones[0].score >= 0.8


GUARDS = [
    # a hotline the poster says is not the person's own
    "澄屿客服电话 幺三七-二幺四九-六零八三，不是顾南笙本人的，别打错",
    # a shop's own line with the same call
    "本店老板手机 幺三八-零五七幺-二二九九，有问题直接打给老板",
    # the person's office line, given as a business contact
    "顾南笙的助理说商务合作请联系 幺三九-五七幺八-二零四六",
    # news that a number leaked, naming nobody's number
    "网传某品牌老板娘私人手机被挂到网上，有问题直接打给老板娘这种做法已涉嫌侵犯隐私。",
]


@pytest.mark.parametrize("text", GUARDS)
def test_hotlines_shops_and_news_stay_clean(example_registry: Registry, text: str) -> None:
    assert privacy_findings(example_registry, text) == []


def test_denied_and_third_person_words_are_no_own_contact() -> None:
    text = "X私人手机 13721496083 不是客服是她本人的"
    assert not own_contact_near(text, 7, 18)
    assert own_contact_near("客服手机 13721496083 本人接听", 5, 16)


def test_a_call_by_title_is_found_near_the_number() -> None:
    assert calls_the_title("手机 13721496083，有问题直接打给老板娘", 3, 14)
    assert not calls_the_title("手机 13721496083，老板娘人很好", 3, 14)
