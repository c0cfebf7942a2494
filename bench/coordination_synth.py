"""Seeded synthetic corpora for the coordination benchmark (every name in them is invented).

A corpus has three parts, all about a synthetic registry of fictional enterprises:
- organic background: varied posts composed from a large clause vocabulary, uniform
  (Poisson) arrival times, many accounts posting a few times each, many targets;
- K planted campaigns: one attack script per campaign, copied by 5-25 fresh accounts on 1-3
  platforms within 10-40 minutes, each copy edited (slot filled with another relative, emoji,
  punctuation, traditional characters, reordered clauses, a dropped clause), some sharing a
  hashtag sequence, a link or a reply target;
- K organic waves (hard negatives): 20-60 long-lived accounts independently criticising the
  same real event of one target over one to three days, worded differently, a third of them
  in the same half hour after the news broke.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from opencc import OpenCC

from clearbright.registry import Registry
from clearbright.registry.models import Enterprise

START = datetime(2025, 3, 1, tzinfo=UTC)
RATE_PER_MINUTE = 5  # background density: ~150 items in each 30-minute window
PLATFORMS = ("weibo", "douyin", "xiaohongshu", "toutiao", "zhihu")
NAME_CHARS = "澜屿岫淼翎霁朔箬芪曜珩澈栎琮筠渟璟昶砚槿蘅汀骁沅峤瑭珂霈"
INDUSTRIES = {
    "科技": "手机",
    "乳业": "奶粉",
    "汽车": "电动车",
    "家电": "空调",
    "食品": "果汁",
    "电器": "冰箱",
    "音频": "耳机",
    "运动": "跑鞋",
}
SUBJECTS = [
    "我",
    "我家",
    "朋友",
    "同事",
    "邻居",
    "楼下阿姨",
    "老婆",
    "我爸",
    "室友",
    "表弟",
    "我妈",
    "老同学",
    "男朋友",
    "公司行政",
    "隔壁老王",
    "小姨",
    "师兄",
    "闺蜜",
]
EVENTS = [
    "买的{p}",
    "用了{n}个月的{p}",
    "上周下单的{p}",
    "刚到手的{p}",
    "去年入手的{p}",
    "双十一抢的{p}",
    "换季买的{p}",
    "直播间拍的{p}",
    "门店试过的{p}",
    "二手收的{p}",
]
OPINIONS = [
    "质量还行",
    "做工一般",
    "性价比不高",
    "客服回复很慢",
    "物流挺快",
    "包装有点简陋",
    "比宣传差一些",
    "味道偏甜",
    "价格有点贵",
    "售后态度不错",
    "说明书写得很乱",
    "颜色和图片不一样",
    "赠品没给",
    "安装师傅很专业",
    "退货流程麻烦",
    "发货慢了三天",
    "整体满意",
    "有点小毛病",
    "噪音比较大",
    "外观挺好看",
    "功能太复杂",
    "更新后变卡了",
    "用着顺手",
    "容量偏小",
    "不如上一代",
    "比竞品强一点",
    "会员活动没意思",
    "包邮挺好",
    "门店人太多",
    "预约等了很久",
    "说好的优惠没兑现",
    "配件要另外买",
    "做活动很划算",
    "耗电比较快",
    "做工比想象好",
    "宣传有点夸张",
    "比去年涨价了",
    "客服态度很好",
]
TAILS = [
    "大家怎么看？",
    "有同样情况的吗",
    "先观望一下",
    "下次还会考虑",
    "希望改进",
    "就这样吧",
    "记录一下",
    "仅供参考",
    "个人感受",
    "欢迎交流",
    "不吹不黑",
    "再用用看",
]
WAVE_EVENTS = [
    "召回部分批次{p}",
    "被曝{p}质检不合格",
    "{p}涨价",
    "{p}大面积断货",
    "{p}售后政策调整",
    "{p}发布会延期",
]
WAVE_OPINIONS = [
    "这次真的有点失望",
    "希望公开调查结果",
    "公告写得太含糊",
    "退款流程要简化",
    "早该说清楚",
    "我手上那个也在名单里",
    "客服电话一直打不通",
    "门店说还没接到通知",
    "这种事应该第一时间通知",
    "以后买之前得多看看",
    "处理速度比上次快",
    "赔偿方案说得过去",
    "媒体报道比公司公告还早",
    "还好我没买那一批",
    "希望别影响后面的新品",
    "老用户心里不舒服",
    "批次号查询页面很卡",
    "监管部门应该介入",
    "说明他们品控确实有问题",
    "换货要等两周太久了",
    "群里已经吵翻了",
    "等官方下一步说明",
    "我先把发票找出来",
    "这钱我肯定要退",
    "身边好几个人都在问",
    "客服说会统一处理",
    "公司态度还算诚恳",
    "希望给个合理补偿",
    "消协那边我也反映了",
    "我觉得没必要恐慌",
    "以前口碑挺好的可惜了",
    "售后门店排长队",
    "补偿标准太低",
    "还没收到短信通知",
    "先停用观察几天",
    "官网查询入口不好找",
    "这事得有人负责",
    "期待整改结果",
    "以后会多关注质检报告",
    "其实问题早有苗头",
]
RELATIVES = [
    "我朋友",
    "我同事",
    "我表哥",
    "我闺蜜",
    "我邻居",
    "我姐夫",
    "我老同学",
    "我舅舅",
    "我儿子",
    "我女儿",
    "我外甥",
    "我侄子",
    "我室友",
    "我同学",
    "我老公",
    "我老婆",
    "我妈",
    "我爸",
    "我小姨",
    "我大伯",
    "我师傅",
    "我徒弟",
    "我领导",
    "我表妹",
]
DEFECTS = [
    "用了三天就起火",
    "刹车突然失灵",
    "喝完全身起红疹",
    "充电时冒烟",
    "半夜自己重启",
    "吃完上吐下泻",
    "屏幕突然炸裂",
    "漏电把手电麻了",
    "电池鼓包",
    "异味熏得头疼",
]
SCRIPTS = [
    "{t}{p}{d}，{w}差点出事，{t}客服还不认账！大家千万别买{t}，转给身边的人！",
    "避雷{t}！{w}买的{p}{d}，去找售后还被骂，这种黑心企业必须曝光，看到的都转一下",
    "{t}的{p}就是垃圾，{w}{d}，投诉到现在没人管，{t}赶紧倒闭吧，千万别买",
    "求扩散！{t}{p}{d}，{w}现在还在医院，{t}一直在删帖压热度，大家别被洗脑了",
    "{w}刚买的{t}{p}{d}，{t}居然说是人为损坏，这种企业还有良心吗？已经报警了",
]
EMOJI = ["😡", "😭", "💔", "⚠️", "🙏", "‼️"]


@dataclass
class Corpus:
    """Items in time order, ground truth per item, and the registry they are about."""

    items: list[dict[str, Any]] = field(default_factory=list)
    truth: dict[str, str] = field(default_factory=dict)  # item id → campaign-n / wave-n / organic
    registry: Registry = field(default_factory=Registry)


def make_registry(seed: int, count: int = 40) -> Registry:
    """A registry of `count` fictional enterprises with two-character short names."""
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        names.add("".join(rng.sample(NAME_CHARS, 2)))
    enterprises = {}
    for n, short in enumerate(sorted(names)):
        industry = rng.choice(sorted(INDUSTRIES))
        enterprises[f"ent-{n}"] = Enterprise(
            id=f"ent-{n}",
            name=f"{short}{industry}有限公司",
            short_names=(short,),
            industry=industry,
        )
    return Registry(enterprises=enterprises, source="synthetic")


def generate(size: int, seed: int = 2024) -> Corpus:
    """A corpus of about `size` items with `size // 1000` campaigns and as many waves."""
    rng = random.Random(seed)
    corpus = Corpus(registry=make_registry(seed))
    targets = [
        (e.short_names[0], INDUSTRIES[e.industry or "科技"])
        for e in corpus.registry.enterprises.values()
    ]
    span = size / RATE_PER_MINUTE
    k = max(5, size // 1000)
    rows: list[tuple[float, dict[str, Any], str]] = []
    for n in range(k):
        rows.extend(_campaign(rng, n, rng.choice(targets), rng.uniform(0, span)))
        rows.extend(_wave(rng, n, rng.choice(targets), rng.uniform(0, span), size))
    background_accounts = max(size // 5, 10)
    while len(rows) < size:
        rows.append(_organic(rng, rng.choice(targets), rng.uniform(0, span), background_accounts))
    rows.sort(key=lambda r: r[0])
    for number, (minute, item, label) in enumerate(rows):
        item["id"] = f"s{number}"
        item["created_at"] = (START + timedelta(minutes=minute)).isoformat()
        corpus.items.append(item)
        corpus.truth[item["id"]] = label
    return corpus


def _organic(
    rng: random.Random, target: tuple[str, str], minute: float, accounts: int
) -> tuple[float, dict[str, Any], str]:
    short, product = target
    event = rng.choice(EVENTS).format(p=f"{short}{product}", n=rng.randint(1, 24))
    opinions = "，".join(rng.sample(OPINIONS, rng.randint(1, 3)))
    text = f"{rng.choice(SUBJECTS)}{event}，{opinions}，{rng.choice(TAILS)}"
    return minute, _item(rng, f"u{rng.randrange(accounts)}", text), "organic"


def _wave(
    rng: random.Random, n: int, target: tuple[str, str], minute: float, size: int
) -> list[tuple[float, dict[str, Any], str]]:
    short, product = target
    event = rng.choice(WAVE_EVENTS).format(p=product)
    out = []
    for member in range(rng.randint(20, 60)):
        burst = member % 3 == 0
        at = minute + (rng.uniform(0, 30) if burst else rng.uniform(0, 3 * 24 * 60))
        opinions = "，".join(rng.sample(WAVE_OPINIONS, rng.randint(1, 2)))
        own = rng.choice(EVENTS).format(p=product, n=rng.randint(1, 24))
        text = (
            f"{rng.choice(SUBJECTS)}看到{short}{event}的消息，{own}{rng.choice(OPINIONS)}，"
            f"{opinions}。{rng.choice(TAILS)}"
        )
        # Long-lived accounts: the same pool as the background, not fresh ones.
        out.append((at, _item(rng, f"u{rng.randrange(max(size // 5, 10))}", text), f"wave-{n}"))
    return out


def _campaign(
    rng: random.Random, n: int, target: tuple[str, str], minute: float
) -> list[tuple[float, dict[str, Any], str]]:
    short, product = target
    script = rng.choice(SCRIPTS)
    defect = rng.choice(DEFECTS)
    platforms = rng.sample(PLATFORMS, rng.randint(1, 3))
    duration = rng.uniform(10, 40)
    tags = (
        f" #{short}{rng.choice(['避雷', '黑心', '曝光'])}# #{product}#"
        if rng.random() < 0.5
        else ""
    )
    link = f" https://t.example/{n}x{rng.randrange(10**6)}" if rng.random() < 0.3 else ""
    reply_to = f"post-{n}" if rng.random() < 0.3 else None
    out = []
    for member in range(rng.randint(5, 25)):
        text = script.format(t=short, p=product, d=defect, w=rng.choice(RELATIVES))
        item = _item(
            rng, f"c{n}_{member}", _edit(rng, text) + tags + link, rng.choice(platforms), reply_to
        )
        out.append((minute + rng.uniform(0, duration), item, f"campaign-{n}"))
    return out


_T2S = OpenCC("s2t")


def _edit(rng: random.Random, text: str) -> str:
    """The small edits that copy-pasting accounts make (or are told to make)."""
    clauses = [c for c in text.replace("！", "，").replace("？", "，").split("，") if c]
    if rng.random() < 0.2 and len(clauses) > 2:
        i = rng.randrange(len(clauses) - 1)
        clauses[i], clauses[i + 1] = clauses[i + 1], clauses[i]
    if rng.random() < 0.15 and len(clauses) > 3:
        clauses.pop(rng.randrange(len(clauses)))
    text = rng.choice(["，", "！", ",", "!!"]).join(clauses) + rng.choice(["！", "", "!!!", "。"])
    if rng.random() < 0.3:
        text = rng.choice(EMOJI) + text + rng.choice(EMOJI)
    if rng.random() < 0.2:
        text = str(_T2S.convert(text))
    return text


def _item(
    rng: random.Random,
    account: str,
    text: str,
    platform: str | None = None,
    reply_to: str | None = None,
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "platform": platform or rng.choice(PLATFORMS),
        "kind": "comment" if reply_to else "post",
        "text": text,
        "author": {"id": account},
    }
    if reply_to:
        item["reply_to"] = reply_to
    return item
