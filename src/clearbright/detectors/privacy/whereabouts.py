"""Live whereabouts and schedules of a registered person: where they are now or will be, at a
private place (airport, hotel, their home, a child's school), published so others can find them.

The place and a presence verb must stand in one clause, attributed to a registered person named
just before it in the same sentence (or to the post's one person through 他/她). Public
appearances (a launch event, a forum speech) are announced on purpose and are not leaks.

In a station or terminal the precise position (a gate, a waiting hall, a seat) and a departure
minutes away are what lets others find the person; with both, or with the position said to be
now, the subject may be named in the sentence before. A fan's sighting and a question with
neither a position nor a schedule (`今天在机场偶遇X`, `X现在在机场吗`) are not leaks.
"""

from __future__ import annotations

import re

from clearbright.categories import Category
from clearbright.detectors.base import Example, NormalizedItem
from clearbright.detectors.privacy.context import (
    attributed_subject,
    carried_subject,
    leader_family,
)
from clearbright.detectors.privacy.sentences import CLAUSE, SentenceDetector
from clearbright.model import Evidence, TextField

_COUNT = r"(?<![0-9一二三四五六七八九十两半])[0-9一二三四五六七八九十两半]+个?"
# What happens in the next minutes, counted only with a departure (`车半小时后开`,
# `还有二十分钟发车`): `马上借了` is no schedule.
IMMINENT = re.compile(
    rf"马上|即将|待会儿?|一会儿|还有{_COUNT}(?:分钟|小时)|{_COUNT}(?:分钟|小时)后|半小时后"
)
DEPARTURE = re.compile(
    r"发车|开车|登机|起飞|出发|上车|离开|检票|落地|到站|就走|后开|走了|航班|高铁|动车"
)
TIME_CUES = re.compile(
    r"现在|此刻|此时|这会儿?|眼下|正在|刚刚|刚到|实时|今天|今晚|今早|明天|明早|明晚|后天|"
    r"本周[一二三四五六日]|每天|"
    # The look-behind starts a number only at its first digit: without it a long digit run is
    # re-scanned from every position (quadratic time on a line of digits).
    r"(?<![0-9一二三四五六七八九十])[0-9一二三四五六七八九十]+点|航班|"
    r"刚(?:进站|进|出站|落地|过安检|检票|下飞机|下高铁)"
)
PRIVATE_PLACES = re.compile(
    r"机场|航站楼|\bt[1-5]\b|高铁站|火车站|[东西南北]站|地铁站|登机口|出发层|到达层|候机|酒店|宾馆|"
    r"房间|餐厅|饭店|"
    r"咖啡|会所|医院|停车场|楼下|家门口|小区|健身房|球场|学校|小学|中学|幼儿园|别墅|他家|她家|"
    r"检票口|候车|站台|车厢|安检|贵宾室|vip室|值机|出站口|到达口|接机口"
)
PRESENCE = re.compile(
    r"(?<![现正存实自所好])在|到|去|从|住|入住|抵达|落地|出现|飞|前往|停|等|蹲|出发|登机|上车|下车|接|送|放学|上学|起飞|排队|坐(?![标落镇拥享等])|"
    r"(?<![推先促引改前增精跟演上])进(?![行口步展化修货])"
)
PUBLIC_EVENTS = re.compile(
    r"发布会|演讲|论坛|峰会|大会|开幕|直播|采访|官宣|出席|主持|签约|亮相|公开活动|年会|路演"
)
EXPOSURE = re.compile(
    r"穿|夹克|衬衫|外套|卫衣|校服|书包|背包|双肩包|戴着|座位|航班号|房号|车牌|车停在|大家|一起去|去堵|蹲守|"
    r"蹲他|围堵|人越多越好|冲|在附近的|去看看|大衣|羽绒服|风衣|帽子|口罩|墨镜|裙"
)
# A precise position in a station or terminal: a gate, a waiting hall, a carriage or seat.
POSITION = re.compile(
    r"(?:检票口|登机口|候车室|候车厅|车厢|座位?号?|站台|柜台)[a-z]?[0-9]{1,3}|[a-z]?[0-9]{1,3}号?"
    r"(?:检票口|登机口|候车室|车厢|站台|座|口|柜台)|(?<![a-z])[a-z]岛"
)
# A fan's sighting (`偶遇`, `看到…了`) is news of the past; it exposes the person only with
# their precise position, clothes or where they go next.
SIGHTING = re.compile(r"偶遇|遇到|碰到|碰见|看到|看见|见到|认出|合了?影|合照|签了?名|拍了?照")
# Something of the person's (`X的新品广告`) is what stands at the place.
THINGS = re.compile(
    r"的[^,;]{0,6}?(?:广告|海报|新品|产品|门店|专卖店|招牌|展台|展位|大屏|广告牌|雕像|画像|书|手表)"
)
QUESTION_END = re.compile(r"(?:吗|吧|呢|没|么)\s*$")


def _is_question(text: str, end: int, sentence: str) -> bool:
    """Whether the sentence ending at `end` asks (`X现在在机场吗?`) rather than tells."""
    return text[end : end + 1] == "?" or QUESTION_END.search(sentence) is not None


# How far before the place the person may be named; in an earlier sentence, how far before.
REACH = 40
CARRY_REACH = 60
# Cues of the present moment: a sighting said to be happening now is live.
NOW = re.compile(r"现在|此刻|此时|这会儿?|眼下|正在|刚刚|刚到|实时")


class WhereaboutsDetector(SentenceDetector):
    """A registered person's live location or upcoming schedule at a private place."""

    name = "live_whereabouts"
    categories = (Category.PRIVACY_LEAK,)
    kinds = frozenset({"post", "comment"})
    EXAMPLES = (
        Example(
            {"text": "实时：顾南笙现在就在萧山机场T3出发层的咖啡店，穿灰色外套，航班十点起飞。"},
            "privacy_leak",
        ),
        Example(
            {"text": "顾南笙明天下午三点在杭州国际博览中心出席新品发布会，欢迎媒体报名。"}, None
        ),
        Example({"text": "顾南笙去年在机场接受采访时说过要做国产芯片。"}, None),
        Example(
            {"text": "林晏舟此刻在深圳北站候车室A12口，黑色羽绒服，还有二十分钟发车。"},
            "privacy_leak",
        ),
        Example({"text": "昨天在机场偶遇林晏舟，本人好高！"}, None),
    )

    def judge(
        self, item: NormalizedItem, field: TextField, offset: int, sentence: str
    ) -> tuple[float, Evidence] | None:
        imminent = IMMINENT.search(sentence) if DEPARTURE.search(sentence) else None
        time = TIME_CUES.search(sentence) or imminent
        if time is None or PUBLIC_EVENTS.search(sentence):
            return None
        exposure = sorted({m.group() for m in EXPOSURE.finditer(sentence)})
        position = POSITION.search(sentence)
        # `大家` alone calls no one anywhere (`给大家签了名`)
        precise = bool(position or imminent or set(exposure) - {"大家"})
        if not precise and (
            _is_question(item.fields[field].text, offset + len(sentence), sentence)
            or (SIGHTING.search(sentence) and not NOW.search(sentence))
        ):
            return None  # `今天在机场偶遇X`, `X现在在机场吗`: nothing to find them by
        for clause in CLAUSE.finditer(sentence):
            place = PRIVATE_PLACES.search(clause.group())
            verb = PRESENCE.search(clause.group(), 0, place.start()) if place else None
            if place is None or (verb is None and not (position and imminent)):
                continue  # someone *is* (or goes) somewhere: the verb comes before the place
            at = offset + clause.start() + place.start()
            subject = (
                attributed_subject(item, field, offset, offset + clause.start(), at, REACH)
                or leader_family(item, field, self.registry, offset, at, REACH)
                # a gate and a departure time need no subject of their own sentence
                or (
                    carried_subject(item, field, offset, at, CARRY_REACH)
                    if position and (imminent or NOW.search(sentence))
                    else None
                )
            )
            if subject is None or THINGS.search(item.fields[field].text, offset, at):
                continue  # `X的新品广告挂在候车室`: the person's product is there, not they
            signals = len(exposure) + bool(position) + bool(imminent)
            score = min(0.65 + 0.1 * min(signals, 2), 0.85)
            return score, Evidence(
                kind="live_whereabouts",
                description=f"{subject.name}的实时行踪或行程（{time.group()}，{place.group()}）",
                span=item.span(field, offset, offset + len(sentence)),
                registry_ref=subject.entity_id,
                details={
                    "time_cue": time.group(),
                    "place_cue": place.group(),
                    "exposure": exposure,
                    "position": position.group() if position else None,
                    "imminent": imminent.group() if imminent else None,
                },
            )
        return None
