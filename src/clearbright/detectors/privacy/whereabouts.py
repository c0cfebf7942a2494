"""Live whereabouts and schedules of a registered person: where they are now or will be, at a
private place (airport, hotel, their home, a child's school), published so others can find them.

The place and a presence verb must stand in one clause, attributed to a registered person named
just before it in the same sentence (or to the post's one person through 他/她). Public
appearances (a launch event, a forum speech) are announced on purpose and are not leaks.
"""

from __future__ import annotations

import re

from clearbright.categories import Category
from clearbright.detectors.base import Example, NormalizedItem
from clearbright.detectors.privacy.context import attributed_subject, leader_family
from clearbright.detectors.privacy.sentences import CLAUSE, SentenceDetector
from clearbright.model import Evidence, TextField

TIME_CUES = re.compile(
    r"现在|此刻|此时|这会儿?|眼下|正在|刚刚|刚到|实时|今天|今晚|今早|明天|明早|明晚|后天|"
    r"本周[一二三四五六日]|每天|"
    # The look-behind starts a number only at its first digit: without it a long digit run is
    # re-scanned from every position (quadratic time on a line of digits).
    r"(?<![0-9一二三四五六七八九十])[0-9一二三四五六七八九十]+点|航班"
)
PRIVATE_PLACES = re.compile(
    r"机场|航站楼|\bt[1-5]\b|高铁站|火车站|[东西南北]站|地铁站|登机口|出发层|到达层|候机|酒店|宾馆|"
    r"房间|餐厅|饭店|"
    r"咖啡|会所|医院|停车场|楼下|家门口|小区|健身房|球场|学校|小学|中学|幼儿园|别墅|他家|她家"
)
PRESENCE = re.compile(
    r"(?<![现正存实自所好])在|到|去|从|住|入住|抵达|落地|出现|飞|前往|停|等|蹲|出发|登机|上车|下车|接|送|放学|上学|起飞"
)
PUBLIC_EVENTS = re.compile(
    r"发布会|演讲|论坛|峰会|大会|开幕|直播|采访|官宣|出席|主持|签约|亮相|公开活动|年会|路演"
)
EXPOSURE = re.compile(
    r"穿|夹克|衬衫|外套|卫衣|校服|书包|背包|双肩包|戴着|座位|航班号|房号|车牌|车停在|大家|一起去|去堵|蹲守|"
    r"蹲他|围堵|人越多越好|冲|在附近的|去看看"
)
# How far before the place the person may be named.
REACH = 40


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
    )

    def judge(
        self, item: NormalizedItem, field: TextField, offset: int, sentence: str
    ) -> tuple[float, Evidence] | None:
        time = TIME_CUES.search(sentence)
        if time is None or PUBLIC_EVENTS.search(sentence):
            return None
        for clause in CLAUSE.finditer(sentence):
            place = PRIVATE_PLACES.search(clause.group())
            verb = PRESENCE.search(clause.group(), 0, place.start()) if place else None
            if place is None or verb is None:
                continue  # someone *is* (or goes) somewhere: the verb comes before the place
            at = offset + clause.start() + place.start()
            subject = attributed_subject(
                item, field, offset, offset + clause.start(), at, REACH
            ) or leader_family(item, field, self.registry, offset, at, REACH)
            if subject is None:
                continue
            exposure = sorted({m.group() for m in EXPOSURE.finditer(sentence)})
            score = min(0.65 + 0.1 * min(len(exposure), 2), 0.85)
            return score, Evidence(
                kind="live_whereabouts",
                description=f"{subject.name}的实时行踪或行程（{time.group()}，{place.group()}）",
                span=item.span(field, offset, offset + len(sentence)),
                registry_ref=subject.entity_id,
                details={
                    "time_cue": time.group(),
                    "place_cue": place.group(),
                    "exposure": exposure,
                },
            )
        return None
