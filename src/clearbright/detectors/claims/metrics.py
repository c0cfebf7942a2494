"""Which filed metric a post's words name, and which metric a filing's free-form name is.

financials.jsonl names its metrics freely in snake_case (`revenue`, `paying_users`,
`store_count`, `total_employees`...). A post names the same metric in everyday Chinese
(营收, 付费用户, 门店, 员工). Both sides are mapped to one canonical metric: posts by a word
table, filings by an alias table and, failing that, by the English words of the name, which
must be exactly the words of one canonical metric once plurals and filler words (total,
count, number) are set aside. A qualified name (`franchise_stores`, `overseas_revenue`) maps to
nothing, so a subset is never checked against a post about the whole.

>>> filed_metric("paying_users"), filed_metric("Store-Count"), filed_metric("franchise_stores")
('paying_users', 'stores', None)
>>> filed_metric("number_of_employees"), filed_metric("MAU"), filed_metric("net_income")
('employees', 'monthly_active_users', 'net_profit')
>>> filed_metric("stores_closed"), filed_metric("members"), filed_metric("paying_students")
('store_closures', 'paying_users', 'paying_users')
"""

from __future__ import annotations

import re

# Post words → canonical metric; None blocks a word that contains a shorter metric word.
METRIC_WORDS: dict[str, str | None] = {
    "营业总收入": "revenue",
    "营业收入": "revenue",
    "销售收入": "revenue",
    "总营收": "revenue",
    "营收": "revenue",
    "总收入": "revenue",
    "销售额": "revenue",
    "归母净利润": "net_profit",
    "净利润": "net_profit",
    "净利": "net_profit",
    "利润": "net_profit",
    "盈利": "net_profit",
    "年入": "revenue",
    "收入": "revenue",
    "营业额": "revenue",
    # 业绩 is the year's result as a whole: revenue or profit (PERFORMANCE_METRICS)
    "业绩": "performance",
    "经营业绩": "performance",
    "业绩会": None,
    "业绩说明会": None,
    "业绩发布会": None,
    "业绩预告": None,
    "业绩快报": None,
    "业绩承诺": None,
    "业绩目标": None,
    "业绩对赌": None,
    "业绩考核": None,
    "业绩压力": None,
    "业绩提成": None,
    "个人业绩": None,
    "销售业绩": None,
    "收入水平": None,
    "工资收入": None,
    "个人收入": None,
    "家庭收入": None,
    "人均收入": None,
    "净赚": "net_profit",
    "赚了": "net_profit",
    "一年赚": "net_profit",
    "挣了": "net_profit",
    "赚翻": "net_profit",
    "大赚": "net_profit",
    "狂赚": "net_profit",
    "扭亏为盈": "net_profit",
    "扭亏": "net_profit",
    "净亏损": "net_loss",
    "巨亏": "net_loss",
    "血亏": "net_loss",
    "亏掉": "net_loss",
    "亏本": "net_loss",
    "净亏": "net_loss",
    "亏损": "net_loss",
    "亏了": "net_loss",
    "研发投入": "rd_expense",
    "研发费用": "rd_expense",
    "研发支出": "rd_expense",
    "交付量": "deliveries",
    "交付": "deliveries",
    "毛利率": "gross_margin",
    "净利率": None,
    "利润率": None,
    "毛利": None,
    "收入端": None,
    "利润端": None,
    "营业利润": None,
    "利润总额": None,
    "毛利润": None,
    "扣非净利润": None,
    "扣非净利": None,
    "经营利润": None,
    # counts of people and places
    "付费用户数": "paying_users",
    "付费用户": "paying_users",
    "付费会员数": "paying_users",
    "付费会员": "paying_users",
    "付费人数": "paying_users",
    # an education company's paying learners and a club's members are its paying users
    "付费学员数": "paying_users",
    "付费学员": "paying_users",
    "付费学生": "paying_users",
    "会员人数": "paying_users",
    "会员总数": "paying_users",
    "会员数量": "paying_users",
    "会员规模": "paying_users",
    "会员数": "paying_users",
    "会员": "paying_users",
    "注册会员": "users",
    "付费订阅用户": "paying_users",
    "订阅用户数": "paying_users",
    "订阅用户": "paying_users",
    "注册用户数": "users",
    "注册用户": "users",
    "总用户数": "users",
    "用户总数": "users",
    "用户数量": "users",
    "用户规模": "users",
    "用户数": "users",
    "用户量": "users",
    "用户": "users",
    "月活跃用户数": "monthly_active_users",
    "月活跃用户": "monthly_active_users",
    "月活用户": "monthly_active_users",
    "月活": "monthly_active_users",
    "日活跃用户数": "daily_active_users",
    "日活跃用户": "daily_active_users",
    "日活用户": "daily_active_users",
    "日活": "daily_active_users",
    "门店总数": "stores",
    "门店数量": "stores",
    "门店数": "stores",
    "门店规模": "stores",
    "店铺数": "stores",
    "门店": "stores",
    "员工总数": "employees",
    "员工人数": "employees",
    "员工数量": "employees",
    "员工规模": "employees",
    "员工数": "employees",
    "员工": "employees",
    # children and students enrolled (a kindergarten's 在园幼儿, a school's 在读学员)
    **{
        f"{where}{who}{count}": "enrolment"
        for where in ("在园", "在读", "在校", "在托", "入托", "招生", "")
        for who in ("幼儿", "儿童", "学员", "学生", "孩子", "")
        for count in ("人数", "数量", "总数", "数", "规模", "")
        if (where or who)
        and (who or count)
        and f"{where}{who}{count}" not in ("学生", "孩子", "儿童", "幼儿", "学员")
    },
    # a bare 学员 is a count only right before a level ("学员只剩5万": BARE_COUNT_WORDS)
    "学员": "enrolment",
    "生源": "enrolment",
    "在校生": "enrolment",
    "客户总数": "customers",
    "客户数": "customers",
    # visitors of a scenic area, park or venue (filed as person-visits, 万人次)
    "接待游客": "visitors",
    "游客接待量": "visitors",
    "游客量": "visitors",
    "游客人数": "visitors",
    "游客数": "visitors",
    "接待人次": "visitors",
    "入园人数": "visitors",
    "入园人次": "visitors",
    "客流量": "visitors",
    "客流": "visitors",
    # qualified counts: a part, not the whole the filing counts
    "活跃用户": None,
    "新用户": None,
    "老用户": None,
    "新增用户": None,
    "用户数据": None,
    "门店员工": None,
    # stores closed in the year (a flow, not the store count)
    "关店数量": "store_closures",
    "关店数": "store_closures",
    "闭店数": "store_closures",
    "关店": "store_closures",
    "闭店": "store_closures",
    "撤店": "store_closures",
    "关闭门店": "store_closures",
    "关掉门店": "store_closures",
    "关停门店": "store_closures",
    "倒闭门店": "store_closures",
    "门店关闭": "store_closures",
    "门店倒闭": "store_closures",
    "门店关停": "store_closures",
    "门店关了": "store_closures",
    "门店关掉": "store_closures",
    **{verb: "store_closures" for verb in ("倒闭了", "关闭了", "关掉了", "关停了", "关了", "撤了")},
    "会员卡": None,
    "会员费": None,
    "会员价": None,
    "门店店员": None,
}
# Composite post metrics and the filed metrics they stand for: "业绩翻倍" holds when revenue or
# profit doubled, and is contradicted only when no filed figure of either agrees.
PERFORMANCE_METRICS: dict[str, frozenset[str]] = {
    "performance": frozenset({"revenue", "net_profit"}),
}
# Everyday nouns that name a count only when a level follows at once ("用户只剩三十万"): they
# are mostly just nouns ("用户反映…", "门店排队…").
BARE_COUNT_WORDS = frozenset({"用户", "门店", "员工", "会员", "学员"})
# Verbs that count closures only with a count of places right after them ("倒闭了两千多家",
# "关了三百多家店"): "关了灯", "倒闭了" alone are no figure.
CLOSURE_VERBS = frozenset({"倒闭了", "关闭了", "关掉了", "关停了", "关了", "撤了"})
# Related counts a post may name for one another when the enterprise filed only one of them: a
# school's paying learners (付费学员) and its enrolment (在读学员).
METRIC_FALLBACKS: dict[str, tuple[str, ...]] = {
    "paying_users": ("enrolment",),
    "enrolment": ("paying_users",),
}
# Metrics that count what happened during the period (a flow): a figure over several years
# ("三年亏了30亿", "累计关店2000家") is no year's filed figure. Levels (stores, users) are not.
FLOW_METRICS = frozenset(
    {"revenue", "net_profit", "performance", "rd_expense", "deliveries", "store_closures"}
)
# Metrics counted in people, accounts or places, read with count units (人, 家, 万户).
COUNT_METRICS = frozenset(
    {
        "paying_users",
        "users",
        "monthly_active_users",
        "daily_active_users",
        "stores",
        "store_closures",
        "employees",
        "customers",
        "visitors",
        "enrolment",
    }
)
# Chinese names of the canonical metrics, for labels.
METRIC_NAMES: dict[str, str] = {
    "revenue": "营收",
    "performance": "业绩",
    "net_profit": "净利润",
    "rd_expense": "研发投入",
    "deliveries": "交付量",
    "gross_margin": "毛利率",
    "paying_users": "付费用户数",
    "users": "用户数",
    "monthly_active_users": "月活跃用户数",
    "daily_active_users": "日活跃用户数",
    "stores": "门店数",
    "store_closures": "关店数",
    "employees": "员工数",
    "customers": "客户数",
    "visitors": "接待游客人次",
    "enrolment": "在读人数",
}
# Filing names that are not a plain combination of words.
METRIC_ALIASES: dict[str, str] = {
    "r&d_expense": "rd_expense",
    "r&d_expenses": "rd_expense",
    "mau": "monthly_active_users",
    "dau": "daily_active_users",
    "headcount": "employees",
}
# The English words of each canonical metric's filing names (singular).
_METRIC_TERMS: dict[str, tuple[frozenset[str], ...]] = {
    name: tuple(frozenset(words.split()) for words in alternatives)
    for name, alternatives in {
        "revenue": (
            "revenue",
            "operating revenue",
            "sale revenue",
            "turnover",
            "operating income revenue",
        ),
        "net_profit": (
            "net profit",
            "net income",
            "net profit attributable",
            "net earning",
            "profit attributable",
        ),
        "rd_expense": ("rd expense", "rd", "rd spending", "rd investment", "research expense"),
        "deliveries": ("delivery", "vehicle delivery"),
        "gross_margin": ("gross margin",),
        "paying_users": (
            "paying user",
            "paid user",
            "paying member",
            "paid member",
            "paid membership",
            "paying subscriber",
            "paid subscriber",
            "subscriber",
            "paying customer",
            "paying account",
            "paid account",
            "member",
            "paying student",
            "paid student",
            "paying learner",
            "paid learner",
        ),
        "users": ("user", "registered user", "user base"),
        "monthly_active_users": ("monthly active user", "monthly active", "monthly user"),
        "daily_active_users": ("daily active user", "daily active", "daily user"),
        "stores": ("store", "outlet", "shop"),
        "store_closures": (
            "store closure",
            "closure",
            "closed store",
            "store closed",
            "shop closure",
            "closed shop",
            "shop closed",
            "outlet closure",
            "closed outlet",
        ),
        "employees": ("employee", "staff", "headcount", "full time employee"),
        "customers": ("customer", "client"),
        "enrolment": (
            "enrolment",
            "enrollment",
            "student",
            "enrolled student",
            "pupil",
            "enrolled child",
            "enrolled children",
            "child enrolled",
            "children enrolled",
            "children",
        ),
        "visitors": ("visitor", "tourist", "visit", "footfall", "tourist arrival", "guest"),
    }.items()
}
# Words a filing name may carry that change nothing ("total_employees", "store_count").
_FILLER = frozenset({"total", "count", "number", "num", "of", "no", "overall", "cnt", "amount"})
_SPLIT_RE = re.compile(r"[_\s\-./]+")


def filed_metric(name: str) -> str | None:
    """The canonical metric a filing's metric name stands for, or None when unknown."""
    key = name.strip().lower()
    if key in METRIC_ALIASES:
        return METRIC_ALIASES[key]
    if key in _METRIC_TERMS:
        return key
    words = frozenset(_singular(w) for w in _SPLIT_RE.split(key) if w and w not in _FILLER)
    if len(words) == 1 and next(iter(words)) in METRIC_ALIASES:
        return METRIC_ALIASES[next(iter(words))]
    return next((m for m, forms in _METRIC_TERMS.items() if words in forms), None)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
