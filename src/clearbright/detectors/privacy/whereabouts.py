"""Live whereabouts and schedules of a registered person: where they are now or will be, at a
private place (airport, hotel, their home), published so others can find them.

Public appearances (a launch event, a forum speech) are announced on purpose and are not leaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clearbright.categories import Category
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.detectors.privacy.context import subject_of
from clearbright.model import Evidence, Finding, TextField

_SENTENCE = re.compile(r"[^。!?\n]+")
PRONOUN = re.compile(r"他|她")
TIME_CUES = re.compile(
    r"现在|此刻|正在|刚刚|刚到|实时|今天|今晚|今早|明天|明早|明晚|后天|本周[一二三四五六日]|"
    r"[0-9一二三四五六七八九十]+点|航班")
PRIVATE_PLACES = re.compile(
    r"机场|航站楼|\bt[1-5]\b|高铁站|火车站|登机口|出发层|到达层|候机|酒店|宾馆|房间|餐厅|饭店|"
    r"咖啡|会所|医院|停车场|楼下|家门口|小区|健身房|球场|学校门口|幼儿园|别墅|他家|她家")
PUBLIC_EVENTS = re.compile(
    r"发布会|演讲|论坛|峰会|大会|开幕|直播|采访|官宣|出席|主持|签约|亮相|公开活动|年会|路演")
EXPOSURE = re.compile(
    r"穿|夹克|衬衫|外套|背包|戴着|座位|航班号|房号|车牌|大家|一起去|去堵|蹲守|蹲他|围堵|人越多越好|冲")


class WhereaboutsDetector(Detector):
    """A registered person's live location or upcoming schedule at a private place."""

    name = "live_whereabouts"
    categories = (Category.PRIVACY_LEAK,)
    kinds = frozenset({"post", "comment"})
    EXAMPLES = (
        Example({"text": "实时：顾南笙现在就在萧山机场T3出发层的咖啡店，穿灰色外套，"
                         "航班十点起飞。"}, "privacy_leak"),
        Example({"text": "顾南笙明天下午三点在杭州国际博览中心出席新品发布会，欢迎媒体报名。"},
                None),
        Example({"text": "顾南笙去年在机场接受采访时说过要做国产芯片。"}, None),
    )

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        evidence: list[Evidence] = []
        target: str | None = None
        best = 0.0
        for name in ("text", "title"):
            folded = item.get(name)
            if folded is None:
                continue
            for sentence in _SENTENCE.finditer(folded.text):
                judged = self._judge(item, name, sentence.start(), sentence.group())
                if judged is None:
                    continue
                score, found = judged
                evidence.append(found)
                if score > best:
                    best, target = score, found.registry_ref
        if evidence:
            yield self.finding(item.item, best, evidence, target=target)

    def _judge(self, item: NormalizedItem, field: TextField, offset: int, sentence: str
               ) -> tuple[float, Evidence] | None:
        if PUBLIC_EVENTS.search(sentence):
            return None
        time, place = TIME_CUES.search(sentence), PRIVATE_PLACES.search(sentence)
        if time is None or place is None:
            return None
        start = offset + min(time.start(), place.start())
        end = offset + max(time.end(), place.end())
        subject = subject_of(item, field, start, end, window=30)
        if subject is None or (subject.how != "nearby" and not PRONOUN.search(sentence)):
            return None  # about no one registered (a pronoun may point to the post's one person)
        exposure = sorted({m.group() for m in EXPOSURE.finditer(sentence)})
        score = min(0.65 + 0.1 * min(len(exposure), 2), 0.85)
        evidence = Evidence(
            kind="live_whereabouts",
            description=f"{subject.name}的实时行踪或行程（{time.group()}，{place.group()}）",
            span=item.span(field, offset, offset + len(sentence)), registry_ref=subject.entity_id,
            details={"time_cue": time.group(), "place_cue": place.group(), "exposure": exposure})
        return score, evidence
