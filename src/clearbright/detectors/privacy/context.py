"""Context words around a match: what the number is labelled as, whom it is about, whose it is.

Presidio's lesson: a pattern alone is weak evidence; the words before it (`身份证号`, `订单号`)
and the person it is tied to decide whether it is a leak.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from clearbright.detectors.base import NormalizedItem
from clearbright.model import TextField
from clearbright.registry import Registry

# A label counts only when nothing but these stands between it and the value.
_LABEL_GLUE = frozenset(" :=：是为的")
_CLAUSE_BREAKS = frozenset(",。!?;\n")

# Numbers that are not personal data, whatever their shape or checksum.
NOT_PERSONAL_LABELS: tuple[str, ...] = (
    "订单号",
    "订单编号",
    "订单",
    "单号",
    "运单",
    "快递",
    "物流",
    "发票",
    "流水号",
    "交易号",
    "交易单",
    "编号",
    "批次",
    "批号",
    "股票代码",
    "证券代码",
    "代码",
    "工单",
    "合同号",
    "条码",
    "序列号",
    "sn",
    "imei",
    "型号",
    "报告号",
    "案号",
    "信用代码",
    "注册号",
    "税号",
    "商户号",
    "会员号",
    "车架号",
    "vin",
    "tracking",
    "order",
    "invoice",
    "ticket",
    "qq",
    "微信号",
)
# First-person or business-contact words: the poster's own number or a public hotline.
OWN_CONTACT_WORDS: tuple[str, ...] = (
    "我的",
    "本人",
    "我手机",
    "我电话",
    "我号",
    "联系我",
    "找我",
    "加我",
    "私信我",
    "客服",
    "热线",
    "服务电话",
    "咨询电话",
    "投诉电话",
    "预约电话",
    "订购",
    "订餐",
    "加盟",
    "商务合作",
    "联系我们",
    "售后",
    "门店",
    "总机",
    "前台",
    "官方",
    "来电",
    "报名",
    "招聘",
    "商家",
    "店家",
    "店铺",
    "商户",
    "微店",
    "代理",
    "加v",
    "vx",
    "加微",
    "同号",
    "短信",
    "在线",
    "出售",
    "转让",
    "求购",
    "收购",
    "诚心",
    "私聊",
    "求",
    "发我",
    "发到",
    "麻烦",
    "谢谢",
)
# Someone other than the registered person is the subject of what follows.
OTHER_SUBJECTS = re.compile(
    r"我|俺|咱|你|员工|患者|病人|人们|很多人|许多|网友|女性|男性|女生|男生|"
    r"用户|女的|男的|男孩|女孩|别人|有人"
)
# "X的手机": a number attributed to someone else.
POSSESSIVE_LABELS: tuple[str, ...] = (
    "的手机",
    "的电话",
    "的号码",
    "的手机号",
    "他手机",
    "她手机",
    "他电话",
    "她电话",
    # A number called someone's *private* one is theirs, whoever wrote it down.
    "私人手机",
    "私人电话",
    "私人号码",
    "私人手机号",
)
# Words that publish data *for others to use against the person* (doxxing).
DOXXING_WORDS: tuple[str, ...] = (
    "人肉",
    "开盒",
    "扒一扒",
    "扒出",
    "曝光",
    "大家去",
    "打给她",
    "打给他",
    "找她本人",
    "找他本人",
    "打爆",
    "轰炸",
    "骚扰",
    "拿去",
    "自取",
    "自己去找",
    "想找他",
    "想找她",
    "找他算账",
    "讨说法",
    "上门",
    "堵他",
    "堵她",
    "去他家",
    "去她家",
    "人越多越好",
    "泄露",
    "流出",
    "网传",
    "截图为证",
    # a call to ring or message the person about a grievance (有意见的直接找她本人); only
    # with 他/她: `有意见直接找我` is a shopkeeper's own number
    "直接找她",
    "直接找他",
    "联系她本人",
    "联系他本人",
    "问候她",
    "问候他",
    "去问候",
    "打电话给她",
    "打电话给他",
    "给她打电话",
    "给他打电话",
    "打电话问她",
    "打电话问他",
    "让她给个说法",
    "让他给个说法",
    "骂她",
    "骂他",
    "去骂",
)
FAMILY_WORDS: tuple[str, ...] = (
    "老婆",
    "妻子",
    "太太",
    "丈夫",
    "老公",
    "儿子",
    "女儿",
    "父亲",
    "母亲",
    "爸爸",
    "妈妈",
    "家人",
    "孩子",
    "父母",
)
PERSON_WINDOW = 40


@dataclass(frozen=True)
class Subject:
    """A registered person (or executive) a match is about, and how it was tied."""

    entity_id: str
    name: str
    how: str  # "nearby" (within a window) or "post" (the only person the post names)


def label_before(text: str, start: int, labels: Collection[str], window: int = 12) -> str | None:
    """The label of `labels` nearest before `start`, if only glue separates them.

    Of labels ending at the same place the longest wins (工资卡 over 卡), so the answer never
    depends on iteration order (hash seeds differ between processes, e.g. Spark workers).
    A caller that asks often passes a frozenset, whose hash Python keeps: the compiled regex
    is then found without rehashing every label.
    """
    head = text[max(0, start - window) : start]
    # Read backwards, the label ending last is the leftmost match, and an alternation tried
    # longest first picks the longest of those ending there.
    found = _reversed_labels(labels if isinstance(labels, frozenset) else frozenset(labels)).search(
        head[::-1]
    )
    if found is None:
        return None
    # Only the label ending last can qualify: the gap after any other holds the same characters
    # and more, so if this one's gap has a clause break or too much text, theirs do too.
    gap = head[len(head) - found.start() :]
    if not _CLAUSE_BREAKS.isdisjoint(gap) or not _mostly_glue(gap):
        return None
    return found.group()[::-1]


@lru_cache(maxsize=64)
def _reversed_labels(labels: frozenset[str]) -> re.Pattern[str]:
    """One regex of the labels spelled backwards, longest first."""
    spelled = sorted({label[::-1] for label in labels if label}, key=lambda r: (-len(r), r))
    return re.compile("|".join(map(re.escape, spelled)) or "(?!)")


def _mostly_glue(gap: str) -> bool:
    # A few characters of a label's tail may stand between (`身份证号码`, `手机号是`).
    return sum(c not in _LABEL_GLUE for c in gap) <= 3


def inside_link(text: str, start: int) -> bool:
    """Whether the characters before `start` belong to a URL or a code (`id=`, `/detail/`)."""
    at = start
    while at > 0 and not text[at - 1].isspace() and (text[at - 1].isascii()):
        at -= 1
    if at == start:
        return False  # the usual case: a Chinese character or a space before the value
    token = text[at:start]
    return any(mark in token for mark in ("://", "www.", "/", "=", "?", "#", "&"))


def posted_by_official(item: NormalizedItem, registry: Registry) -> bool:
    """The author is an official account of a registered enterprise or person: its contact
    numbers and addresses are published on purpose."""
    author = item.item.author
    return author is not None and registry.is_official_account(item.item.platform, author.id)


def words_near(
    text: str, start: int, end: int, words: Sequence[str], before: int = 20, after: int = 10
) -> list[str]:
    """Which of `words` occur in the clause window around [start, end)."""
    window = text[max(0, start - before) : end + after]
    return [w for w in words if w in window]


# Own-contact words that are denied or said of someone else: `不是客服` (the number is no
# service line), `她本人` (it is hers, not the poster's).
NOT_OWN_CONTACT = re.compile(
    r"(?:不是|并非|并不是|非)(?:什么)?(?:客服|热线|官方|售后|前台|商家|店家|门店|总机)|[她他]本人"
)
# A call to ring or confront someone named by a title (`有问题直接打给老板娘`, `去骂老板`):
# doxxing when the number is a registered person's (a title alone also fits a shop's own line).
CALL_THE_TITLE = re.compile(
    r"(?:打给|打电话给|打电话问|给|找|联系|问候|骂|call)"
    r"(?:她|他)?(?:老板娘|老板|老总|董事长|总裁|创始人|ceo|本尊|正主)"
)
# How far past a clause window a denial may start and still reach into it.
_MASK_MARGIN = 4


def own_contact_near(text: str, start: int, end: int, before: int = 15, after: int = 8) -> bool:
    """Whether an own-contact word (`OWN_CONTACT_WORDS`) stands in the window around
    [start, end), leaving out those denied or said of a third person (`不是客服是她本人的`)."""
    lo, hi = max(0, start - before), end + after
    outer = max(0, lo - _MASK_MARGIN)
    masked = NOT_OWN_CONTACT.sub(lambda m: " " * len(m.group()), text[outer : hi + _MASK_MARGIN])
    window = masked[lo - outer : hi - outer]
    return any(w in window for w in OWN_CONTACT_WORDS)


def calls_the_title(text: str, start: int, end: int, before: int = 40, after: int = 30) -> bool:
    """Whether a call to ring or confront someone by title (`CALL_THE_TITLE`) is near."""
    return CALL_THE_TITLE.search(text[max(0, start - before) : end + after]) is not None


def in_same_clause(
    text: str, start: int, end: int, words: Sequence[str], reach: int = 30
) -> list[str]:
    """Which of `words` occur in the sentence holding [start, end), up to `reach` either side."""
    left = start
    while left > 0 and start - left < reach and text[left - 1] not in "。!?\n":
        left -= 1
    right = end
    while right < len(text) and right - end < reach and text[right] not in "。!?\n":
        right += 1
    window = text[left:right]
    return [w for w in words if w in window]


def owner_before_label(
    item: NormalizedItem, field: TextField, start: int, labels: Sequence[str], reach: int = 10
) -> Subject | None:
    """The registered person named right before the label of the value at `start`
    (`X手机 139…`, `X 私人电话：139…`): the number is written down as theirs, as `X的手机` is.

    Only glue (spaces, 的, colons) and the labels may stand between the name and the value.
    """
    text = item.fields[field].text
    for _, m_end, subject in person_mentions(item, field):
        if m_end > start or start - m_end > reach:
            continue
        gap = text[m_end:start]
        if not any(label in gap for label in labels):
            continue
        for label in sorted(labels, key=len, reverse=True):
            gap = gap.replace(label, "")
        if all(c in _LABEL_GLUE for c in gap):
            return subject
    return None


def person_mentions(item: NormalizedItem, field: TextField) -> list[tuple[int, int, Subject]]:
    """Registered people (and executives) named in a field: (start, end, subject)."""
    found: list[tuple[int, int, Subject]] = []
    for mention in item.mentions.get(field, ()):
        for entry in mention.entries:
            if entry.entity_type == "person" or entry.kind == "executive":
                found.append(
                    (mention.start, mention.end, Subject(entry.entity_id, entry.text, "nearby"))
                )
                break
    return found


def subject_of(
    item: NormalizedItem, field: TextField, start: int, end: int, window: int = PERSON_WINDOW
) -> Subject | None:
    """The registered person a match is about: nearest within `window`, else the post's only one."""
    nearest: tuple[int, Subject] | None = None
    people: dict[str, Subject] = {}
    for m_start, m_end, subject in person_mentions(item, field):
        people[subject.entity_id] = Subject(subject.entity_id, subject.name, "post")
        distance = max(start - m_end, m_start - end, 0)
        if distance <= window and (nearest is None or distance < nearest[0]):
            nearest = (distance, subject)
    if nearest:
        return nearest[1]
    if len(people) == 1:
        return next(iter(people.values()))
    return None


_PRONOUN = re.compile(r"他|她")


# "<enterprise>老板的女儿", "<enterprise>创始人的儿子": a relative of the enterprise's head,
# named by the relation (the registry lists no family members).
LEADER_FAMILY = re.compile(
    r"的?(?:大?老板|老总|创始人|董事长|总裁|ceo|掌门人?|实控人|实际控制人)(?:的|家)?"
    r"(?:老婆|妻子|太太|夫人|丈夫|老公|儿子|女儿|闺女|千金|公子|孩子|小孩|父亲|母亲|爸爸|妈妈|父母|家人)"
)
# Roles of an enterprise's head, most senior first: the one a "老板" stands for.
_LEADER_ROLES = ("创始人", "董事长", "首席执行官", "ceo", "总裁", "总经理")


def leader_family(
    item: NormalizedItem, field: TextField, registry: Registry, start: int, at: int, reach: int
) -> Subject | None:
    """A relative of a registered enterprise's head named between `start` and `at`
    (`澄屿老板的女儿`): the head's registered person record when there is one, else the
    enterprise itself."""
    text = item.fields[field].text
    for mention in item.mentions.get(field, ()):
        if not (start <= mention.start and mention.end <= at and at - mention.end <= reach):
            continue
        relation = LEADER_FAMILY.match(text, mention.end)
        if relation is None:
            continue
        for entity_id in sorted(mention.entity_ids):
            enterprise = registry.enterprises.get(entity_id)
            if enterprise is None:
                continue
            head = _head_of(registry, entity_id)
            who, name = head if head else (entity_id, enterprise.name)
            return Subject(who, f"{name}的家人（{relation.group()}）", "family")
    return None


def _head_of(registry: Registry, enterprise_id: str) -> tuple[str, str] | None:
    """(person id, name) of the most senior registered person of an enterprise, if any."""
    ranked: list[tuple[int, str, str]] = []
    for person in registry.people.values():
        if person.enterprise == enterprise_id and person.role:
            role = person.role.casefold()
            ranks = [i for i, title in enumerate(_LEADER_ROLES) if title in role]
            if ranks:
                ranked.append((min(ranks), person.id, person.name))
    if not ranked:
        return None
    _, person_id, name = min(ranked)
    return person_id, name


def attributed_subject(
    item: NormalizedItem,
    field: TextField,
    sentence_start: int,
    clause_start: int,
    at: int,
    reach: int,
) -> Subject | None:
    """Whom the words at `at` are about: a registered person named earlier in the same sentence
    within `reach` characters, or — when the clause says 他/她 — the one person the post names;
    nobody when another subject (`我`, `员工`, `有人`) stands in between."""
    best: tuple[int, Subject] | None = None
    for m_start, m_end, subject in person_mentions(item, field):
        if (
            sentence_start <= m_start
            and m_end <= at
            and at - m_end <= reach
            and (best is None or m_end > best[0])
        ):
            best = (m_end, subject)
    text = item.fields[field].text
    if best:
        return None if OTHER_SUBJECTS.search(text[best[0] : at]) else best[1]
    clause = text[clause_start:at]
    if OTHER_SUBJECTS.search(clause):
        return None
    if _PRONOUN.search(clause):
        post = subject_of(item, field, at, at, window=0)
        if post is not None:
            return post
    return None


# Zero anaphora: a Chinese post names its subject once and drops it in the sentences that
# follow (`顾南笙最近不播了知道为啥吗？人在…12楼5床`). Questions put to the reader (`你知道`,
# `大家猜`) are no subject of their own.
READER_ASIDES = re.compile(
    r"(?:你们?|大家)(?:知道|猜|懂|想不到|听说|看)|我(?:听说|跟你们?说|和你们?说|告诉你们?|跟大家说|猜)"
)


def carried_subject(
    item: NormalizedItem, field: TextField, sentence_start: int, at: int, reach: int
) -> Subject | None:
    """The registered person a subjectless sentence goes on about: the last one named before
    the sentence (ending within `reach` characters of `at`), when no other subject stands
    between that name and `at` — the rule callers apply to their strongest cues only."""
    last: tuple[int, Subject] | None = None
    for _, m_end, subject in person_mentions(item, field):
        if m_end <= sentence_start and (last is None or m_end > last[0]):
            last = (m_end, subject)
    if last is None or at - last[0] > reach:
        return None
    between = READER_ASIDES.sub(" ", item.fields[field].text[last[0] : at])
    return None if OTHER_SUBJECTS.search(between) else last[1]


# A private person's daily routine near home, the pattern a stalker needs: a recurring time,
# a place at a residence and a trip made there (`每晚六点在翠湖湾小区东门等车回家`).
_RECURRING = re.compile(
    r"每(?:天|晚|早|日|周[一二三四五六日天]?|个?工作日)|天天|工作日|平时|平常|通常|一般都?|经常|固定"
)
_HOME_PLACES = re.compile(
    r"小区|花园|家园|新村|公寓|雅苑|名苑|华庭|嘉园|山庄|[0-9一二三四五六七八九十]+(?:号楼|栋|幢|单元)"
    r"|楼下|家门口|[东西南北]门|公交站|地铁站|路口"
)
_TRIPS = re.compile(
    r"等车|叫车|打车|约车|上车|下车|回家|到家|出门|下班|上班|放学|接孩子|送孩子|接娃|送娃"
    r"|遛狗|散步|夜跑|晨跑|取快递|拿外卖|班车|坐车|搭车|接送"
)
# Whose routine it is: a person named by a role on an app or in a record (`用户周晓棠`,
# `乘客`, `业主`), or a leak of such records (`后台截图`, `泄露`).
THIRD_PARTY_CUES = re.compile(
    r"用户|乘客|顾客|客户|业主|住户|租客|买家|收件人|寄件人|女生|女孩|姑娘|小姐姐|男生|她|(?<!其)他"
    r"|女士|此人|该人|这个人|这位|姓名"
    r"|后台|截图|泄露|流出|外泄|曝光|人肉|开盒|群里传|网传"
)
_FIRST_PERSON = re.compile(r"我|本人|咱|俺")
# Notices that give the poster's number for news of someone (a missing person, a lost pet).
NOTICES = re.compile(r"寻人|寻找|走失|失踪|失联|认领|捡到|拾到|寻狗|寻猫|寻亲|找到请|见到请")
_ROUTINE_REACH = 60


def third_party_routine(text: str, start: int, end: int) -> str | None:
    """The daily routine near home (`每晚六点在…小区东门等车回家`) written in the sentences
    around a number at [start, end), when it is someone else's: a third person or a leaked
    record is named and no first person speaks. Returns the routine's text, else None."""
    lo = max(0, start - _ROUTINE_REACH)
    window = text[lo : end + _ROUTINE_REACH]
    # the number is written under the third person (`用户某某，手机号…`), and it is no notice
    # whose number is the poster's (`寻人启事…每天早上在…散步…联系电话…`)
    if not THIRD_PARTY_CUES.search(text, lo, start) or NOTICES.search(window):
        return None
    for recurring in _RECURRING.finditer(window):
        # the place and the trip follow the time in the same clause
        clause_start, clause_end = recurring.start(), recurring.end()
        while clause_start > 0 and window[clause_start - 1] not in _CLAUSE_BREAKS:
            clause_start -= 1
        while clause_end < len(window) and window[clause_end] not in _CLAUSE_BREAKS:
            clause_end += 1
        place = _HOME_PLACES.search(window, recurring.end(), clause_end)
        trip = _TRIPS.search(window, recurring.end(), clause_end)
        # `我每晚六点在小区东门等车`: the poster's own routine (a carpool post)
        if place and trip and not _FIRST_PERSON.search(window, clause_start, clause_end):
            return window[recurring.start() : max(place.end(), trip.end())]
    return None
