"""Read financial figures out of text and check them against the filed figures.

A figure claim is a metric word (营收, 净利润, 净亏损, 研发投入, 付费用户, 门店...; see
metrics.py) followed, in the same stretch of text, by a change (同比下降8%, 暴跌80%, 腰斩,
翻倍, 三成) or a level (只剩130亿, 增加到36亿元, 净亏损6.1亿, 只剩三十万, 三百多万人).
A count (users, stores, staff) is read only as the predicate of its clause ("付费用户只剩
三十万了", not "用户3万人联名投诉"); an approximate level ("三十多万") stands for its range.
It is attributed to the enterprise named last before it, and to the period written before it
(2023年, 一季度) when there is one. A claim contradicts the
filing when no filed figure of that enterprise and metric (in that period) agrees with it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from clearbright.detectors.claims.lexicon import REFUTATIONS, RUMOUR_CUES
from clearbright.detectors.claims.metrics import (
    BARE_COUNT_WORDS,
    CLOSURE_VERBS,
    COUNT_METRICS,
    FLOW_METRICS,
    METRIC_FALLBACKS,
    METRIC_WORDS,
    PERFORMANCE_METRICS,
    filed_metric,
)
from clearbright.detectors.claims.textutil import (
    CLAUSE_BREAKS,
    NUMBER_RE,
    SENTENCE_BREAKS,
    has_any,
    parse_number,
    scope_end,
    scope_start,
)
from clearbright.registry import Mention, Registry
from clearbright.registry.models import FinancialFigure

UP = "增长|上涨|上升|提升|增加|提高|增至|多了|涨了|涨|升|增"
DOWN = "下降|下滑|减少|降低|暴跌|大跌|下跌|跌了|跌|降了|降|缩水|萎缩|缩减|减少了|减|少了|掉了|蒸发"
NUM = NUMBER_RE.pattern
APPROX = "(?:约|近|超|超过|逾|将近|大约|接近)?"
CHANGE_RE = re.compile(rf"(?:同比)?(?P<dir>{UP}|{DOWN})了?{APPROX}(?P<num>{NUM})(?P<unit>%|成)")
PERCENT_WORD_RE = re.compile(rf"(?P<dir>{UP}|{DOWN})了?{APPROX}百分之(?P<num>{NUM})")
RATE_RE = re.compile(rf"(?P<num>{NUM})%的(?P<dir>增速|增幅|涨幅|降幅|跌幅)")
LEVEL_UNITS = "亿元|亿|千万元|千万|万元|万辆|万台|万|元|辆"
# "三十多万" (30 to 40万): the numeral's last place is only a lower bound.
MORE = "(?P<more>多|余|来|几)?"
# "5个亿" is the colloquial "5亿".
# "五万多", "3亿多": the place after the unit is only a lower bound too.
MORE_AFTER = "(?:(?P<more_after>多)[元人名位户家]?)?"
LEVEL_RE = re.compile(
    rf"{APPROX}(?P<num>{NUM}){MORE}(?:个(?=亿))?(?P<unit>{LEVEL_UNITS}){MORE_AFTER}"
)
COUNT_UNITS = (
    "亿人次|亿人|亿户|亿|千万人|千万|百万|万人次|万人|万名|万户|万家|万|人次|人|名|户|位|家"
)
COUNT_LEVEL_RE = re.compile(
    rf"{APPROX}(?P<num>{NUM}){MORE}(?:个(?=亿))?(?P<unit>{COUNT_UNITS}){MORE_AFTER}(?!元)"
)
# A count must end its clause ("只剩三十万了", "三百多万人，"): "3万人联名投诉" is not a count
# of the metric but of people doing something.
COUNT_TAILS = ("了", "啦", "而已", "左右", "出头", "上下", "吧", "呢", "的样子", "都不到", "不到")
# A count before its noun, after a level verb ("才三十万付费用户", "只剩800家门店").
COUNT_BEFORE_RE = re.compile(
    rf"(?:只剩下?|只有|仅剩|仅有|仅|才|不到|不足|就剩|剩下?|就|拥有|共有|有)\s*{APPROX}(?P<num>{NUM}){MORE}"
    r"(?P<unit>亿|千万|百万|万)?[个名位家户]?的?$"
)
# Verbs that introduce a level; an everyday noun (用户, 门店) is a metric only right before one.
LEVEL_CUE_RE = re.compile(
    r"^(?:已经|都|就|也|竟然|居然|其实|实际上|现在|目前|如今|还)*"
    r"(?:只剩下?|只有|仅剩|仅有|仅|才|不到|不足|跌到|跌至|降到|降至|掉到|掉至|缩水到|"
    r"达到|达|为|是|有|共|总共|一共|约)"
)
# A qualifier before a count noun makes it a part of the whole ("加盟门店", "新增用户").
COUNT_QUALIFIERS = (
    "加盟",
    "直营",
    "新开",
    "新增",
    "关闭",
    "关掉",
    "海外",
    "国内",
    "线上",
    "线下",
    "自营",
)
# Words that state the sign of the year's result on their own ("X全年巨亏", "X去年赚了"): a
# claim that the enterprise made a loss (-1) or a profit (+1), checked against the filing's sign.
SIGN_WORDS: dict[str, float] = {
    "巨亏": -1.0,
    "血亏": -1.0,
    "亏损": -1.0,
    "净亏损": -1.0,
    "净亏": -1.0,
    "亏了": -1.0,
    "亏掉": -1.0,
    "亏本": -1.0,
    "净赚": 1.0,
    "赚了": 1.0,
    "挣了": 1.0,
    "赚翻": 1.0,
    "大赚": 1.0,
    "狂赚": 1.0,
    "盈利": 1.0,
    "扭亏为盈": 1.0,
    "扭亏": 1.0,
}
# A sign word reads as the year's result only after a period word, or at the end of its clause
# ("关闭亏损门店" is about some stores; "X全年巨亏" and "X又亏损了" are about the year).
SIGN_PERIOD_RE = re.compile(r"20\d\d\s*年|全年|去年|今年|前年|年度|年报|上半年|下半年|季度|财年")
SIGN_TAILS = ("了", "!", "?", "。", ",", ";", ":", "...", "啦", "呀", "惨", "严重", "超")
SIGN_BLOCKERS = ("能力", "模式", "空间", "预期", "预测", "目标", "门店", "业务", "项目", "的")
SIGN_QUESTIONS = ("吗", "?", "是否", "会不会", "有没有", "能不能")
SIGN_NEGATIONS = ("不", "没", "未", "无", "非")
RATIO_METRICS = frozenset({"gross_margin"})
# The author's own money, not the enterprise's result: a first-person subject right before the
# metric word ("我亏了30万", "自己一共赚了…"), the author's stake earlier in the sentence ("投了
# 46万，…亏了将近30万", "交了两万加盟费"), or a franchisee's own story ("加盟X两年，…").
OWN_SUBJECT_RE = re.compile(
    r"(?:我|俺|本人|自己|咱)们?(?:家|店|这店)?"
    r"(?:也|都|又|就|总共|一共|前后|已经|直接|算下来|里外里|最后|足足|起码)*$"
)
OWN_STAKE_RE = re.compile(
    r"(?:投|投入|砸|花|交|借|贷|垫|掏|凑|押)(?:了|进去|进|出去)+\s*"
    r"(?:将近|差不多|大概|约|小|快)?[\d一二两三四五六七八九十]"
    r"|加盟(?:了)?[^,.!?;]{1,10}?[\d一二两三四五六七八九十半]+(?:年|个月)"
    r"|(?:我|俺|本人|自己)[^,.!?;]{0,6}加盟"
    r"|加盟费|转让费|(?:我|俺|自己)的?(?:工资|月薪|年薪|薪水|积蓄|血汗钱|本金|房租)"
)
RATIO_LEVEL_RE = re.compile(rf"(?:为|是|到|至|只有|仅有|仅|达到|达|只剩)?{APPROX}(?P<num>{NUM})%")
LOWER_BOUNDS = ("超过", "超", "逾", "突破", "破", "至少", "不止", "多于", "高于", "过")
# Read before the lower bounds: "跌破10亿" is below 10亿, though it ends with 破.
UPPER_BOUNDS = (
    "跌破",
    "跌穿",
    "击穿",
    "不到",
    "不足",
    "没到",
    "没有",
    "少于",
    "低于",
    "不超过",
    "未超过",
    "未达",
    "不及",
)
UPPER_TAILS = ("不到", "都不到", "还不到", "以下", "以内")
BOUND_REACH = 3
# Vague shares of a change, in percent ("少了一大半": 55 to 95%): read after a direction word.
VAGUE_SHARES: dict[str, tuple[float, float]] = {
    "一大半": (55.0, 95.0),
    "大半": (55.0, 95.0),
    "一多半": (50.0, 90.0),
    "多一半": (50.0, 90.0),
    "一半多": (50.0, 80.0),
    "一半以上": (50.0, 100.0),
    "大部分": (50.0, 100.0),
    "绝大部分": (80.0, 100.0),
    "过半": (50.0, 100.0),
    "超过一半": (50.0, 100.0),
    "超一半": (50.0, 100.0),
    "近一半": (40.0, 50.0),
    "将近一半": (40.0, 50.0),
    "近半": (40.0, 50.0),
    "小一半": (30.0, 50.0),
    "一小半": (20.0, 45.0),
    "一半": (50.0, 50.0),
    "几乎全部": (90.0, 100.0),
}
_SHARE_WORDS = "|".join(sorted(map(re.escape, VAGUE_SHARES), key=len, reverse=True))
_TENTHS = "一二三四五六七八九"
VAGUE_DOWN = (
    "少了|减少了?|下降了?|下滑了?|缩水了?|跌了|跌掉了?|掉了|砍掉了?|砍了|蒸发了?|没了|降了|"
    "萎缩了?|缩减了?|缩了"
)
VAGUE_UP = "多了|增加了?|增长了?|涨了|上涨了?|提升了?"
# "少了一大半", "掉了七八成" (70 to 80%), "缩水了三分之二".
VAGUE_CHANGE_RE = re.compile(
    rf"(?:(?P<down>{VAGUE_DOWN})|(?P<up>{VAGUE_UP}))\s*(?:足足|整整|将近|差不多|几乎)?"
    rf"(?:(?P<share>{_SHARE_WORDS})|(?P<pair>[{_TENTHS}][{_TENTHS}])成"
    r"|(?P<den>[二两三四五六七八九十\d]+)分之(?P<part>[一二两三四五六七八九\d]+))"
)
# "只剩三成", "只剩一小半": what is left, so the change is the rest.
REMAIN_RE = re.compile(
    rf"(?:只剩下?|仅剩|就剩|只剩了)(?P<under>不到)?(?:(?P<share>{_SHARE_WORDS})"
    rf"|(?P<tenth>[{_TENTHS}])成|(?P<den>[二两三四五六七八九十\d]+)分之(?P<part>[一二两三四五六七八九\d]+))"
)
# "翻了好几倍", "涨了三倍": at least doubled.
MULTIPLE_RE = re.compile(
    r"(?:翻了|涨了|增长了|增加了|暴涨了?|飙升了?)(?P<n>[二两三四五六七八九十\d]+|好几|几|数)倍"
)
MANY_TIMES = (100.0, 900.0)
# A count right after a change verb is the change, not the level ("门店少了几十家").
CHANGED_BY_RE = re.compile(rf"(?:{VAGUE_DOWN}|{VAGUE_UP}|{UP}|{DOWN})了?(?:好几|几|数|上|近)?$")
# "几十亿", "几千家": some tens, some thousands (2 to 9 of the place).
SOME = ("几", "数")
SOME_RANGE = (2.0, 9.0)
# A change stated right after an everyday count noun ("门店少了一大半", "会员减少了30%").
COUNT_CHANGE_RE = re.compile(
    rf"(?:同比|全年|去年|今年|已经|直接|足足|整整)*(?:{VAGUE_DOWN}|{VAGUE_UP}|{UP}|{DOWN}|腰斩|减半|翻倍|翻番)"
)
# A figure of a month, a week or a day is not an annual or quarterly filing.
SHORT_PERIOD_RE = re.compile(
    r"(?:[一二三四五六七八九十]|十[一二]|\d{1,2})月(?![底末初]|\d|[一二三四五六七八九十]+[日号])"
    r"|单月|本月|上月|当月|月度|本周|上周|单日|当天"
)
# Words that open a clause continuing the previous figure rather than a new topic.
CONTINUATIONS = (
    "同比",
    "环比",
    "较上年",
    "比上年",
    "只有",
    "仅有",
    "仅",
    "只剩",
    "剩下",
    "为",
    "达",
    "至",
    "到",
    "约",
    "共",
    "合计",
    "总计",
    "直接",
    "已经",
    "更是",
    "竟然",
    "居然",
    "足足",
    "才",
    *UP.split("|"),
    *DOWN.split("|"),
    "腰斩",
    "翻倍",
    "翻番",
    "缩水",
    "减半",
)
PERIOD_PREFIX_RE = re.compile(r"^\s*(?:20\d\d\s*年(?:度|全年)?|去年|今年|全年)")
IDIOMS: dict[str, float] = {
    "腰斩": -50.0,
    "缩水一半": -50.0,
    "减半": -50.0,
    "少了一半": -50.0,
    "砍半": -50.0,
    "翻倍": 100.0,
    "翻番": 100.0,
    "翻了一倍": 100.0,
    "翻了一番": 100.0,
    "增长一倍": 100.0,
    "增长了一倍": 100.0,
    "增加一倍": 100.0,
    "增加了一倍": 100.0,
    "涨了一倍": 100.0,
    "翻两番": 300.0,
    "翻了两番": 300.0,
}
# A change stated by its direction alone, right after the metric word ("营收暴增", "业绩逆势
# 大涨", "净利润大幅下滑"): contradicted by a filed change of the other sign. Only emphatic
# words: a bare "下滑" may be of the growth rate ("营收增速下滑"), not of the figure.
TREND_LEAD = "(?:同比|全年|今年|去年|也|都|更是|竟然|居然|直接|已经|实现了?|迎来|出现|逆势|一路)*"
TREND_RE = re.compile(
    rf"{TREND_LEAD}(?:(?P<up>暴增|大增|猛增|激增|狂增|飙升|飙涨|大涨|暴涨|猛涨|大幅增长|大幅上涨|"
    r"大幅提升|高速增长|高增长|逆势增长|逆势上涨|翻倍增长|成倍增长)"
    r"|(?P<down>暴跌|大跌|狂跌|猛跌|跳水|崩盘|大幅下滑|大幅下降|大幅下跌|大幅减少|断崖式下[滑跌降]))"
)
# A filed change this small (percent) is flat: no direction contradicts it.
TREND_FLAT = 1.0
UNIT_SCALE = {"亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3}
# A figure per unit, a forecast or a prior-year figure is not the filed figure.
SKIP_CONTEXT = (
    "每",
    "单车",
    "一辆",
    "单台",
    "人均",
    "每股",
    "平均",
    "预计",
    "预期",
    "目标",
    "有望",
    "计划",
    "上年",
    "上一年",
    "去年同期",
    "前年",
    "如果",
    "假如",
    "要是",
    "倘若",
    "若是",
    "万一",
    "假设",
)
PER_UNIT_REACH = 8
# Hearsay the author sets apart from himself ("有人说X利润少了一大半，其实…", "别听营销号
# 说…"); a plain "听说" still spreads the figure.
HEARSAY = (
    "有人说",
    "有人讲",
    "网上说",
    "网上都说",
    "营销号",
    "自媒体说",
    "有网友说",
    "别听",
    "别信",
    "号称",
)
# A place narrower than the enterprise before a count ("我们这条街麦穗门店关了两家").
LOCAL_SCOPE = (
    "这条街",
    "那条街",
    "附近",
    "小区",
    "楼下",
    "我们这",
    "我家",
    "本地",
    "当地",
    "我们市",
    "市里",
    "城里",
    "商场",
    "这边",
    "那边",
    "县里",
    "镇上",
    "我们区",
)
# A comparison with the prior year, which names it without stating its figure.
COMPARED_TO_PRIOR_RE = re.compile("(?:较|比|相比|相较于?|对比)(?:上年|上一年|去年同期|上年同期)")
# People whose own earnings a text may state after naming their enterprise.
EARNERS = (
    "员工",
    "老师",
    "店长",
    "店员",
    "司机",
    "骑手",
    "工人",
    "主播",
    "销售",
    "高管",
    "老板",
    "董事长",
    "创始人",
    "经理",
    "加盟商",
    "代理",
    "我",
    "他",
    "她",
)
SEGMENT_REACH = 4
SEGMENTS = (
    "业务",
    "海外",
    "国内",
    "境外",
    "境内",
    "板块",
    "单季",
    "线上",
    "线下",
    "门店",
    "部门",
    "分部",
    "子公司",
    "事业部",
)
PER_UNIT_RE = re.compile(r"[每单一][个块台辆件瓶盒部只套份股]")
# A span of several years ("三年亏了30亿", "这几年累计关店2000家"): no single year's flow.
MULTI_YEAR_RE = re.compile(
    r"(?<![\d年])(?:近|这|过去|最近|前)?(?:[两三四五六七八九十几]|[2-9])个?年(?:来|间|里|内|中|多|时间)"
    r"|(?<![\d年])(?:近|这|过去|最近|前)(?:[两三四五六七八九十几]|[2-9])年"
    r"|累计|累积|历年|成立以来|上市以来|创立以来|多年来|这些年|这几年|近年来|近几年"
)
# The industry's figure, not the enterprise's, when these come between its name and the metric
# ("麦穗之外，整个烘焙行业去年倒闭了两千多家").
OTHERS_SCOPE = ("行业", "同行", "业内", "整个市场", "全市场", "友商", "竞品", "其他品牌", "别家")
# "倒闭了两千多家", "关了三百多家店": closures counted in places.
CLOSURE_COUNT_RE = re.compile(
    rf"^\s*{APPROX}(?:好几|几|数)?(?P<num>{NUM}){MORE}(?P<unit>万|千)?[家间](?:门店|店铺|分店|店面|门面|店)?"
)
RELATIVE_YEARS = {"前年": 2, "去年": 1}
# Names overlap rarely: the few ending last before a place are the ones that may start after
# a given point.
NAME_LOOKBACK = 8
# Filing names of a loss stated as a positive amount.
LOSS_METRICS = frozenset({"net loss", "loss", "net losses", "losses", "net loss attributable"})
_SPLIT_METRIC_RE = re.compile(r"[_\s\-./]+")
# The year of posting and the next: their figures are rarely filed yet, and are compared only
# with a filing of that very year ("今年关店60家" is no contradiction of last year's 38).
CURRENT_YEARS = {"今年": 0, "本年度": 0, "明年": 1}
YEAR_RE = re.compile(r"(20\d\d)\s*年?(?:度|全年)?")
QUARTER_RE = re.compile(r"(?:(20\d\d)\s*年?)?\s*(?:第)?([一二三四1-4])季度|(20\d\d)\s*q([1-4])")
WINDOW = 30
CHANGE_TOLERANCE_POINTS = 3.0
CHANGE_TOLERANCE_SHARE = 0.35
LEVEL_TOLERANCE = 0.1
# A vague range ("一大半") also holds a tenth of its nearer end beyond it.
RANGE_MARGIN_SHARE = 0.1


@dataclass(frozen=True)
class FigureClaim:
    """A figure stated in text: enterprise, metric, period (if written), change or level."""

    enterprise: str
    metric: str
    period: str | None
    # "change" (percent), "level" (in base units, e.g. yuan), "sign" (±1: profit or loss) or
    # "trend" (±1: up or down, with no figure)
    kind: str
    value: float
    start: int
    end: int
    dated: bool = False  # the period was read from the posting date ("去年"), not written
    # the other end of a range: an approximate level ("三十多万": 30万 to 40万), a ceiling ("不到
    # 5万": 0 to 5万) or a vague change ("少了一大半"); a floor ("超过30亿") is not read
    high: float | None = None


@dataclass(frozen=True)
class FigureConflict:
    """A stated figure and the filed figure it contradicts."""

    claim: FigureClaim
    filed: FinancialFigure


class FigureReader:
    """Extracts figure claims from folded text and checks them against financials.jsonl."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.words = sorted((w for w in METRIC_WORDS), key=len, reverse=True)
        # a filed loss ("net_loss": 3.2) is a negative net profit, as posts are read
        self.financials = tuple(_as_profit(f) for f in registry.financials)
        self.concepts = {
            f.metric: "net_profit" if _is_loss(f.metric) else filed_metric(f.metric)
            for f in self.financials
        }

    def conflicts(
        self, text: str, mentions: Sequence[Mention], year: int | None = None
    ) -> list[FigureConflict]:
        """Stated figures that no filed figure agrees with; `year` (when the text was
        written) resolves "去年" and "前年" to a filing year. A figure relayed to be denied
        ("网传…只剩三十万，纯属谣言") or asked about ("门店只剩800家？") is not stated."""
        out: list[FigureConflict] = []
        claims = self.claims(text, mentions, year)
        agreeing: list[FigureClaim] = []
        for claim in claims:
            if not _asserted(text, claim):
                continue
            filed = self._filed(claim)
            if filed and not any(_agrees(claim, f) for f in filed):
                out.append(FigureConflict(claim, _closest(claim, filed)))
            elif filed:
                agreeing.append(claim)
        # "有人说X利润少了一大半，其实只降了12%": a sentence that also states the filed figure
        # of the same kind corrects the other, it does not assert it
        return [c for c in out if not any(_corrected_by(text, c.claim, a) for a in agreeing)]

    def claims(
        self,
        text: str,
        mentions: Sequence[Mention],
        year: int | None = None,
        default: str | None = None,
    ) -> list[FigureClaim]:
        """Figure claims of a folded text (see the module docstring); `default` is the
        enterprise of figures with no name before them (a body under a headline that named
        it: "公司今日披露年报，…净利润3.4亿元")."""
        found: list[FigureClaim] = []
        hits = self._metric_hits(text)
        names = _Names(mentions, self.registry)
        for n, (start, end, metric) in enumerate(hits):
            limit = hits[n + 1][0] if n + 1 < len(hits) else len(text)
            window_end = _window_end(text, end, min(limit, end + WINDOW, _sentence_end(text, end)))
            canonical = "net_profit" if metric == "net_loss" else metric
            if _ruled_out(text, start, window_end, canonical):
                continue
            enterprise = names.enterprise_before(start) or default
            if enterprise is None or _not_its_own(text, start, names):
                continue
            period = _period_before(text, start)
            dated = False
            if period is None and year is not None:
                # "今年" is this year exactly: only its own filing can contradict it
                period = _current_year(text, start, year)
            if period is None and year is not None:
                period = _relative_year(text, start, year)
                dated = period is not None
            readings = _readings(text, start, end, window_end, metric)
            found.extend(
                FigureClaim(enterprise, canonical, period, kind, value, at, to, dated, high)
                for kind, value, at, to, high in readings
            )
            sign = None if readings else _sign_claim(text, start, end, names)
            if sign is not None:
                found.append(
                    FigureClaim(enterprise, canonical, period, "sign", sign, start, end, dated)
                )
        return found

    def _metric_hits(self, text: str) -> list[tuple[int, int, str]]:
        taken = [False] * len(text)
        hits: list[tuple[int, int, str]] = []
        for word in self.words:
            at = text.find(word)
            while at >= 0:
                if not any(taken[at : at + len(word)]):
                    for i in range(at, at + len(word)):
                        taken[i] = True
                    metric = METRIC_WORDS[word]
                    if metric:
                        hits.append((at, at + len(word), metric))
                at = text.find(word, at + 1)
        return sorted(hits)

    def _filed(self, claim: FigureClaim) -> list[FinancialFigure]:
        wanted = PERFORMANCE_METRICS.get(claim.metric, frozenset({claim.metric}))
        figures = self._of_metrics(claim.enterprise, wanted)
        if not figures:  # "付费学员" against the filed enrolment of a school
            figures = self._of_metrics(
                claim.enterprise, frozenset(METRIC_FALLBACKS.get(claim.metric, ()))
            )
        if claim.period:
            same = [f for f in figures if _same_period(claim.period, f.period)]
            if same or not claim.dated:
                return same
            # "去年" read from a posting date that no filing covers: the date may be the
            # crawl's, not the post's, so any filed year may be the one meant.
        return figures

    def _of_metrics(self, enterprise: str, wanted: frozenset[str]) -> list[FinancialFigure]:
        return [
            f
            for f in self.financials
            if f.enterprise == enterprise and self.concepts.get(f.metric) in wanted
        ]


class _Names:
    """The registered names of a text, indexed once: a text with thousands of metric words asks
    for the name before each of them, and a scan of every name per word is quadratic."""

    def __init__(self, mentions: Sequence[Mention], registry: Registry) -> None:
        ordered = sorted(mentions, key=lambda m: (m.end, m.start))
        self.ends = [m.end for m in ordered]
        self.starts = [m.start for m in ordered]
        # the enterprise of the latest-starting name among the first k (by end) that has one
        self.best: list[tuple[int, str] | None] = [None]
        for mention in ordered:
            enterprise = next(
                (e for e in map(registry.enterprise_of, sorted(mention.entity_ids)) if e), None
            )
            previous = self.best[-1]
            if enterprise and (previous is None or mention.start >= previous[0]):
                previous = (mention.start, enterprise)
            self.best.append(previous)

    def enterprise_before(self, at: int) -> str | None:
        """The enterprise of the last name (by start) ending at or before `at`."""
        found = self.best[bisect.bisect_right(self.ends, at)]
        return found[1] if found else None

    def last_end(self, at: int) -> int | None:
        """The end of the last name ending at or before `at`."""
        n = bisect.bisect_right(self.ends, at)
        return self.ends[n - 1] if n else None

    def named_between(self, start: int, at: int) -> bool:
        """Whether a name lies wholly inside [start, at)."""
        n = bisect.bisect_right(self.ends, at)
        return any(self.starts[i] >= start for i in range(max(0, n - NAME_LOOKBACK), n))


def _not_its_own(text: str, at: int, names: _Names) -> bool:
    """A person's pay ("X的老师一年赚不到5万", "X老板年入过亿"), the author's own money or
    the industry's figure ("麦穗之外，整个烘焙行业倒闭了两千多家"), not the enterprise's
    result: judged by the words between the last name and the metric word."""
    named = names.last_end(at)
    between = text[_sentence_start(text, at) if named is None else named : at]
    if any(word in between for word in EARNERS) or has_any(between, OTHERS_SCOPE):
        return True
    return _authors_own(text, at)


def _corrected_by(text: str, claim: FigureClaim, other: FigureClaim) -> bool:
    """Whether `other`, a figure agreeing with the filing, is the same enterprise's same
    figure in the same sentence as `claim`."""
    return (other.enterprise, other.metric, other.kind) == (
        claim.enterprise,
        claim.metric,
        claim.kind,
    ) and _sentence_start(text, other.start) == _sentence_start(text, claim.start)


def _ruled_out(text: str, start: int, window_end: int, metric: str) -> bool:
    """Whether the context of a metric word at `start` makes any figure of it something other
    than the filed one: a segment's ("海外营收"), a month's, a unit's ("每辆车"), a forecast or
    prior year's, or a sum over several years ("三年亏了30亿")."""
    if text[max(0, start - SEGMENT_REACH) : start].endswith(SEGMENTS):
        return True
    if SHORT_PERIOD_RE.search(text[max(0, start - PER_UNIT_REACH) : window_end]):
        return True
    context = text[_sentence_start(text, start) : window_end]
    # "较上年下降7.5%" compares with the prior year: it states this year's change
    compared = COMPARED_TO_PRIOR_RE.sub("", context)
    near = text[max(_sentence_start(text, start), start - PER_UNIT_REACH) : window_end]
    if any(cue in compared for cue in SKIP_CONTEXT) or PER_UNIT_RE.search(near):
        return True
    if has_any(context, HEARSAY):
        return True  # relayed, not stated
    if metric in COUNT_METRICS and has_any(text[_sentence_start(text, start) : start], LOCAL_SCOPE):
        return True  # one street's stores, not the enterprise's
    return metric in FLOW_METRICS and MULTI_YEAR_RE.search(context) is not None


def _readings(
    text: str, start: int, end: int, window_end: int, metric: str
) -> list[tuple[str, float, int, int, float | None]]:
    """(kind, value, start, end, upper end of a range) of each figure the metric word at
    [start, end) states: a count before its noun, a closure count, a change or a level."""
    window = text[end:window_end]
    if metric in COUNT_METRICS:
        before = _count_before(text, start, end)
        if before is not None:  # "只剩800家门店了": the figure before the count noun
            value, at, high = before
            return [("level", value, at, end, high)]
    if text[start:end] in CLOSURE_VERBS:  # "倒闭了两千多家"; "关了灯" states nothing
        closure = _closure_count(window)
        if closure is None:
            return []
        value, v_end, high = closure
        return [("level", value, start, end + v_end, high)]
    if metric in COUNT_METRICS and not _counted(text, start, end, window):
        return []
    return [
        (kind, value, start, end + v_end, high)
        for kind, value, v_end, high in _values(window, metric)
    ]


def _as_profit(figure: FinancialFigure) -> FinancialFigure:
    """A filed loss as the negative net profit it is (its metric name kept, for the evidence);
    other figures unchanged. Its change (a loss 20% larger) is no change of profit that posts
    state, so it is dropped.

    >>> loss = FinancialFigure(enterprise="e", period="FY2025", metric="net_loss", value=3.2)
    >>> _as_profit(loss).value, _as_profit(loss).metric
    (-3.2, 'net_loss')
    """
    if not _is_loss(figure.metric):
        return figure
    return figure.model_copy(update={"value": -abs(figure.value), "yoy": None})


def _is_loss(metric: str) -> bool:
    return _SPLIT_METRIC_RE.sub(" ", metric.lower()).strip() in LOSS_METRICS


def _authors_own(text: str, at: int) -> bool:
    """Whether the metric word at `at` counts the author's own money (a franchisee's
    investment and loss, a refund, a salary), which says nothing of the filed result.

    >>> _authors_own("加盟云麓两年,投了46万,今年关店,亏了将近30万", 18)
    True
    >>> _authors_own("云麓去年亏了30亿", 4)
    False
    """
    before = text[_sentence_start(text, at) : at]
    clause = before[max(before.rfind(c) for c in ",;:") + 1 :]
    return bool(OWN_SUBJECT_RE.search(clause) or OWN_STAKE_RE.search(before))


def _window_end(text: str, start: int, limit: int) -> int:
    """End of the figure's stretch: its own clause, plus following clauses that continue it
    ("，同比下降8%", "，只剩130亿"); a clause about something else ("，研发36亿") ends it."""
    at = start
    while at < limit:
        comma = next((i for i in range(at, limit) if text[i] in ",，"), limit)
        if comma >= limit:
            return limit
        following = PERIOD_PREFIX_RE.sub("", text[comma + 1 : limit], count=1).lstrip()
        if not following.startswith(CONTINUATIONS):
            return comma
        at = comma + 1
    return limit


def _count_before(text: str, start: int, end: int) -> tuple[float, int, float | None] | None:
    """A count written before its noun after a level verb ("才三十万付费用户", "只剩800家门店
    了"): its value, where the figure starts, and an approximate level's upper end. The noun
    must end its clause, as a count after it must."""
    if not _ends_clause(text, end):
        return None  # "只有3万用户投诉": people doing something
    head_start = max(_sentence_start(text, start), start - WINDOW)
    match = COUNT_BEFORE_RE.search(text[head_start:start])
    number = parse_number(match.group("num")) if match else None
    if match is None or number is None:
        return None
    unit = match.group("unit") or ""
    scale = next((s for u, s in UNIT_SCALE.items() if unit.startswith(u)), 1.0) if unit else 1.0
    high = (number + _last_place(number)) * scale if match.group("more") else None
    if match.group().startswith(("不到", "不足")):
        high = 0.0  # "不到5万会员": anywhere up to 5万
    return number * scale, head_start + match.start("num"), high


def _closure_count(window: str) -> tuple[float, int, float | None] | None:
    """The count of places right after a closure verb ("倒闭了两千多家", "关了三百多家店"),
    where it ends, and the other end of its range (approximate or a bound); it must end its
    clause."""
    match = CLOSURE_COUNT_RE.match(window)
    number = _number(match.group("num")) if match else None
    if match is None or number is None or not _ends_clause(window, match.end()):
        return None
    scale = UNIT_SCALE.get(match.group("unit") or "", 1.0)
    head = window[: match.start("num")]
    high = (number + _last_place(number)) * scale if match.group("more") else None
    if head.endswith(SOME):  # "倒闭了几千家": 2000 to 9000
        number, high = SOME_RANGE[0] * number, SOME_RANGE[1] * number * scale
    if head.endswith(UPPER_BOUNDS):
        high = 0.0
    elif head.endswith(LOWER_BOUNDS):
        return None  # "倒闭了超过200家": a floor, not the figure, as levels read it
    return number * scale, match.end(), high


def _number(token: str) -> float | None:
    """A numeral, with the colloquial bare place ("近百亿", "上千家") read as one of it.

    >>> _number("百"), _number("两千"), _number("千")
    (100.0, 2000.0, 1000.0)
    """
    if token in ("十", "百", "千"):
        token = "一" + token
    return parse_number(token)


def _counted(text: str, start: int, end: int, window: str) -> bool:
    """Whether a count noun is read as the metric: not qualified as a part ("加盟门店"), and an
    everyday noun ("用户") only right before a level verb ("用户只剩…") or a stated change of
    it ("门店少了一大半", "会员减少了30%")."""
    if text[max(0, start - SEGMENT_REACH) : start].endswith(COUNT_QUALIFIERS):
        return False
    if text[start:end] not in BARE_COUNT_WORDS or LEVEL_CUE_RE.match(window) is not None:
        return True
    return COUNT_CHANGE_RE.match(window) is not None


def _values(window: str, metric: str) -> list[tuple[str, float, int, float | None]]:
    """(kind, value, end offset in window, upper end of an approximate level) for each change
    or level written in the window."""
    out: list[tuple[str, float, int, float | None]] = []
    if metric in RATIO_METRICS:
        # "毛利率只有12%" is a level in percent; "下降5%" of a ratio is too ambiguous to check.
        match = RATIO_LEVEL_RE.match(window)
        number = parse_number(match.group("num")) if match else None
        return [("level", number, match.end(), None)] if match and number is not None else []
    if metric != "net_loss":
        out.extend(_changes(window))
    level = _level(window, metric in COUNT_METRICS)
    if level is not None:
        value, end, high = level
        if metric == "net_loss":
            value, high = -value, None if high is None else -high
        out.append(("level", value, end, high))
    return out


def _changes(window: str) -> list[tuple[str, float, int, float | None]]:
    """(kind, value, end, upper end of a range) of the change written in the window: a
    percentage, a vague share ("少了一大半": -95 to -55), an idiom ("腰斩") or a direction."""
    for pattern in (CHANGE_RE, PERCENT_WORD_RE, RATE_RE):
        match = pattern.search(window)
        if match:
            number = parse_number(match.group("num"))
            if number is None:
                continue
            if match.groupdict().get("unit") == "成":
                number *= 10
            sign = -1.0 if re.fullmatch(f"{DOWN}|降幅|跌幅", match.group("dir")) else 1.0
            return [("change", sign * number, match.end(), None)]
    vague = _vague_change(window)
    if vague is not None:
        return [vague]
    for idiom, change in IDIOMS.items():
        at = window.find(idiom)
        if at >= 0:
            return [("change", change, at + len(idiom), None)]
    trend = TREND_RE.match(window)
    if trend is not None:  # "营收暴增", "业绩大幅下滑": a direction with no figure
        sign = 1.0 if trend.group("up") else -1.0
        return [("trend", sign, trend.end(), None)]
    return []


def _vague_change(window: str) -> tuple[str, float, int, float | None] | None:
    """A change stated by a vague share or a multiple, as a range in percent.

    >>> _vague_change("少了一大半")
    ('change', -55.0, 5, -95.0)
    >>> _vague_change("只剩三成")
    ('change', -70.0, 4, None)
    >>> _vague_change("掉了七八成,惨")
    ('change', -70.0, 5, -80.0)
    >>> _vague_change("翻了好几倍")
    ('change', 100.0, 5, 900.0)
    """
    found: list[tuple[int, tuple[str, float, int, float | None]]] = []
    match = VAGUE_CHANGE_RE.search(window)
    share = _share(match) if match else None
    if match and share is not None:
        sign = -1.0 if match.group("down") else 1.0
        low, high = share
        found.append((match.start(), _range(sign * low, sign * high, match.end())))
    match = REMAIN_RE.search(window)
    share = _share(match) if match else None
    if match and share is not None:
        low, high = share
        if match.group("under"):  # "只剩不到三成": at most that share is left
            low, high = 0.0, low
        found.append((match.start(), _range(high - 100.0, low - 100.0, match.end())))
    match = MULTIPLE_RE.search(window)
    if match:
        times = match.group("n")
        number = parse_number(times) if times not in ("好几", "几", "数") else None
        low, high = MANY_TIMES if number is None else ((number - 1) * 100.0, number * 100.0)
        found.append((match.start(), _range(low, high, match.end())))
    return min(found)[1] if found else None


def _range(near: float, far: float, end: int) -> tuple[str, float, int, float | None]:
    return ("change", near, end, None if near == far else far)


def _share(match: re.Match[str]) -> tuple[float, float] | None:
    """The share in percent (low, high) a vague-change match names."""
    groups = match.groupdict()
    if groups.get("share"):
        return VAGUE_SHARES[groups["share"]]
    if groups.get("pair"):
        a, b = (_TENTHS.index(c) + 1 for c in groups["pair"])
        return (a * 10.0, b * 10.0) if b == a + 1 else None  # "七八成", not "七九成"
    if groups.get("tenth"):
        tenth = (_TENTHS.index(groups["tenth"]) + 1) * 10.0
        return tenth, tenth
    den = parse_number(groups["den"]) if groups.get("den") else None
    part = parse_number(groups["part"]) if groups.get("part") else None
    if not den or part is None or part >= den:
        return None
    return part / den * 100.0, part / den * 100.0


def _level(window: str, count: bool = False) -> tuple[float, int, float | None] | None:
    """The level written in the window, where it ends, and the upper end of an approximate
    one ("三十多万" → 30万, 40万); a count must be the predicate of its clause."""
    if count:  # the count that ends its clause: "从310万掉到30万了" is 30万
        match = next(
            (
                m
                for m in COUNT_LEVEL_RE.finditer(window)
                if _ends_clause(window, m.end()) and not CHANGED_BY_RE.search(window[: m.start()])
            ),
            None,
        )
    else:
        match = LEVEL_RE.search(window)
    if not match:
        return None
    number = _number(match.group("num"))
    if number is None:
        return None
    head = window[max(0, match.start("num") - BOUND_REACH) : match.start("num")]
    rest = window[match.end() :]
    unit = match.group("unit")
    scale = next((s for u, s in UNIT_SCALE.items() if unit.startswith(u)), 1.0)
    value = number * scale
    high = None
    if head.endswith(SOME) and _last_place(number) == number:  # "几十亿": 20亿 to 90亿
        value, high = SOME_RANGE[0] * value, SOME_RANGE[1] * value
    elif head.endswith(UPPER_BOUNDS) or rest.startswith(UPPER_TAILS):
        high = 0.0  # "跌破10亿", "不到5万", "5万都不到": anywhere below it
    elif head.endswith(LOWER_BOUNDS) or rest.startswith("以上"):
        return None  # "突破一万台", "超过100亿": a floor, not the figure
    elif match.group("more"):
        high = (number + _last_place(number)) * scale
    elif match.group("more_after"):  # "五万多": 5万 to 6万
        high = (number + _last_place(number) if number == int(number) else number + 1) * scale
    return value, match.end(), high


def _ends_clause(text: str, at: int) -> bool:
    """Whether a count ending at `at` ends its clause ("只剩三十万了"), unlike "用户3万人联名
    投诉" (people doing something)."""
    rest = text[at:]
    return not rest or rest[0] in CLAUSE_BREAKS or rest.startswith(COUNT_TAILS)


def _last_place(number: float) -> float:
    """The place value of a numeral's last nonzero digit: 10 for 三十 and 310, 100 for 三百."""
    if number <= 0 or number != int(number):
        return 1.0
    place, value = 1.0, int(number)
    while value % 10 == 0:
        value //= 10
        place *= 10
    return place


def _sign_claim(text: str, start: int, end: int, names: _Names) -> float | None:
    """The sign a bare result word states ("X全年巨亏" → -1), when it is asserted about an
    enterprise named in the same sentence, about a period or as the clause's predicate."""
    sign = SIGN_WORDS.get(text[start:end])
    if sign is None:
        return None
    sentence = _sentence_start(text, start)
    clause = scope_start(text, start, CLAUSE_BREAKS)
    clause_end = scope_end(text, end, CLAUSE_BREAKS)
    after = text[end : end + 3]
    if not names.named_between(sentence, start):
        return None
    if has_any(text[sentence : _sentence_end(text, end)], (*REFUTATIONS, *RUMOUR_CUES)):
        return None  # "网传X全年巨亏，纯属谣言": named to be denied, or relayed
    if any(text[max(clause, start - 2) : start].endswith(n) for n in SIGN_NEGATIONS):
        return None  # "没亏损", "并未盈利"
    if after.startswith(SIGN_BLOCKERS):
        return None  # "盈利能力", "亏损门店", "亏损的业务"
    tail = text[end : _sentence_end(text, end) + 1]
    if any(q in text[clause:clause_end] for q in SIGN_QUESTIONS) or tail.rstrip().endswith("?"):
        return None
    at_period = SIGN_PERIOD_RE.search(text[sentence:start]) is not None
    at_end = end >= clause_end or after.startswith(SIGN_TAILS)
    return sign if at_period or at_end else None


# A space or an emoji after a figure ends its clause in a post, as a comma would.
_POST_BREAK = re.compile(r"\s|[\U0001F000-\U0001FAFF\u2600-\u27BF]")


def _asserted(text: str, claim: FigureClaim) -> bool:
    """Whether the sentence of a figure states it: not relayed as a rumour or denied, and not
    a question (sign words make these checks themselves)."""
    if claim.kind == "sign":
        return True
    sentence = text[_sentence_start(text, claim.start) : _sentence_end(text, claim.end)]
    if has_any(sentence, (*REFUTATIONS, *RUMOUR_CUES)):
        return False
    # the question must be the figure's own clause: "…亏损6.1亿，谁敢把钱放里面？" states it;
    # posts also end a sentence with an emoji or a space ("下滑14.2%📉 是不是要掉队了？")
    end = scope_end(text, claim.end, CLAUSE_BREAKS)
    spaced = _POST_BREAK.search(text, claim.end, end)
    end = spaced.start() if spaced else end
    clause = text[scope_start(text, claim.start, CLAUSE_BREAKS) : end]
    return not has_any(clause, SIGN_QUESTIONS) and not text[end : end + 1].startswith("?")


def _agrees(claim: FigureClaim, filed: FinancialFigure) -> bool:
    if claim.kind == "sign":
        return (filed.value < 0) == (claim.value < 0)
    if claim.kind == "trend":
        if filed.yoy is None or abs(filed.yoy) < TREND_FLAT:
            return True
        return (filed.yoy > 0) == (claim.value > 0)
    if claim.kind == "change":
        if filed.yoy is None:
            return True  # nothing filed to contradict
        if claim.high is not None:  # "少了一大半": anywhere in its range, give or take
            low, high = sorted((claim.value, claim.high))
            margin = CHANGE_TOLERANCE_POINTS + RANGE_MARGIN_SHARE * min(abs(low), abs(high))
            return low - margin <= filed.yoy <= high + margin
        tolerance = max(CHANGE_TOLERANCE_POINTS, CHANGE_TOLERANCE_SHARE * abs(filed.yoy))
        return abs(claim.value - filed.yoy) <= tolerance
    value = filed.value * _unit_scale(filed.unit)
    if value == 0:
        return claim.value == 0
    if (value < 0) != (claim.value < 0):
        return False
    if claim.high is not None:  # "三百多万": anywhere in its range
        low, high = sorted((claim.value, claim.high))
        margin = LEVEL_TOLERANCE * abs(value)
        return low - margin <= value <= high + margin
    return abs(claim.value - value) <= LEVEL_TOLERANCE * abs(value)


def _closest(claim: FigureClaim, filed: list[FinancialFigure]) -> FinancialFigure:
    def distance(f: FinancialFigure) -> float:
        if claim.kind == "sign":
            return 0.0 if (f.value < 0) != (claim.value < 0) else 1.0
        if claim.kind == "change":
            return abs(claim.value - (f.yoy or 0.0))
        if claim.kind == "trend":
            return 0.0 if (f.yoy or 0.0) * claim.value < 0 else 1.0
        return abs(claim.value - f.value * _unit_scale(f.unit))

    return min(filed, key=distance)


def _unit_scale(unit: str | None) -> float:
    if not unit:
        return 1.0
    return next((s for u, s in UNIT_SCALE.items() if u in unit), 1.0)


def _same_period(stated: str, filed: str) -> bool:
    filed_norm = filed.upper().replace(" ", "")
    if stated.startswith("Q"):
        return filed_norm.endswith(stated)
    if "Q" in stated:
        return filed_norm == stated
    return filed_norm in (f"FY{stated}", stated, f"{stated}FY", f"{stated}A")


def _period_before(text: str, at: int) -> str | None:
    head = text[_sentence_start(text, at) : at + 1]
    quarter = list(QUARTER_RE.finditer(head))
    if quarter:
        m = quarter[-1]
        stated = m.group(1) or m.group(3)
        q = m.group(2) or m.group(4)
        number = "一二三四".find(q) + 1 if q in "一二三四" else int(q)
        return f"{stated}Q{number}" if stated else f"Q{number}"
    years = YEAR_RE.findall(head)
    return str(years[-1]) if years else None


def _relative_year(text: str, at: int, year: int) -> str | None:
    """The year "去年"/"前年" before `at` stands for, seen from `year` (completed years only:
    "今年" figures are rarely filed yet)."""
    head = text[_sentence_start(text, at) : at + 1]
    for word, back in RELATIVE_YEARS.items():
        if word in head:
            return str(year - back)
    return None


def _current_year(text: str, at: int, year: int) -> str | None:
    """The year "今年"/"明年" before `at` (nearest first) stands for, seen from `year`."""
    head = text[_sentence_start(text, at) : at + 1]
    found = [(head.rfind(word), word) for word in (*RELATIVE_YEARS, *CURRENT_YEARS)]
    at_word, word = max(found)
    if at_word < 0 or word not in CURRENT_YEARS:
        return None
    return str(year + CURRENT_YEARS[word])


def _sentence_start(text: str, at: int) -> int:
    return scope_start(text, at, SENTENCE_BREAKS)


def _sentence_end(text: str, at: int) -> int:
    return scope_end(text, at, SENTENCE_BREAKS)
