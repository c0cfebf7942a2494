"""An unpaid pile-on is not black PR; the same flooding paid for is.

"Everyone go to his livestream tonight and spam 'fraud' until he logs off" organises
harassment (targeted abuse, category 2), whatever words of the trade it borrows (刷, 控评,
小号, 全网). Black PR is work that is paid, hired, sold as a service or done from paid
accounts: the same call with a price, a daily wage, a contact or a hiring word is one.

Every wording is invented for these tests; the enterprises and people are those of
`conftest.py`.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import slugs_of

UNPAID = [
    "兄弟们，全网都去邵明岚的微博下面刷“骗子”，刷到她删号为止，有号的都用上，小号也上。",
    "今晚大家都去卞逸尘的直播间刷“骗子滚出去”，刷到他下播为止！",
    "今晚八点，大家一起去卞逸尘直播间刷“骗子骗子”，每人刷50条，刷到他下播为止！",
    "家人们冲！去钟以宁的直播间刷“黑心老板滚出去”，一人刷二十条，刷到她关直播！",
    "号召大家去澜汀的直播间控评，刷“无良商家”，一人一条，刷满为止。",
    "姐妹们今晚一起去蓉沁串串的评论区刷“难吃”，用小号也行，直到他们把评论关了为止。",
    "所有人今晚上卞逸尘直播间，统一刷“骗子”两个字，一条接一条，刷到他闭嘴为止！",
    # A price in the call is the target's own, not pay.
    "兄弟们去卞逸尘直播间刷“骗子”，他卖的床垫一张三千块，刷到他下播为止！",
]

PAID = [
    "今晚八点去卞逸尘直播间刷“骗子”，刷到他下播为止，每人发50块红包，私我报名。",
    "招人今晚去钟以宁直播间刷屏“黑心老板”，一条2毛，日结，加v：shuapin_2211",
    "大家一起去澜汀直播间刷“无良商家”，一条5毛，刷到他们关播为止，私我结算。",
]


@pytest.mark.parametrize("text", UNPAID)
def test_unpaid_pile_on_calls_are_not_black_pr(new_registry: Registry, text: str) -> None:
    assert "black_pr" not in slugs_of(new_registry, text)


@pytest.mark.parametrize("text", PAID)
def test_the_same_flooding_paid_for_is_black_pr(new_registry: Registry, text: str) -> None:
    assert "black_pr" in slugs_of(new_registry, text)
