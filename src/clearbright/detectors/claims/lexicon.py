"""Chinese-language cue words shared by the claim, quotation and figure checkers.

These are general properties of the language of rumours, denials and reported speech,
not strings of any particular enterprise. All entries are in folded (simplified) form.
"""

from __future__ import annotations

# Negation cues; their count parity decides whether two texts say the same or the opposite.
# Longer cues come first so that "从来不" is counted once, not as "从来不" + "不".
NEGATIONS: tuple[str, ...] = (
    "从来没有",
    "哪里有",  # rhetorical: "哪有什么鲜果" says there is none
    "哪有",
    "从来不",
    "从来没",
    "从没有",
    "从没",
    "从不",
    "绝不",
    "决不",
    "并非",
    "并不",
    "并没有",
    "并未",
    "没有",
    "不是",
    "不会",
    "不能",
    "不要",
    "未能",
    "毫无",
    "无任何",
    "不",
    "没",
    "未",
    "无",
    "非",
    "别",
    "勿",
    "否",
)
# Words in which a negation character is not a negation.
NEGATION_EXCEPTIONS: tuple[str, ...] = (
    "不满",
    "不错",
    "不少",
    "不断",
    "不仅",
    "无论",
    "非常",
    "未来",
    "否则",
    "无线",
    "毫无疑问",
    "不管",
    "并且",
    "无法提现",
    "别人",
    "别的",
    "差别",
    "特别",
    "区别",
    "非官方",
    "是否",
    "未成年",
    "非洲",  # 非洲猪瘟 names a disease; it negates nothing
    # rhetorical "isn't it because…": they affirm what follows ("还不是因为被罚了")
    "还不是因为",
    "还不就是因为",
    "不就是因为",
    "还不是被",
    "不就是被",
)

# Phrases that deny a rumour: an item carrying one refutes rather than asserts.
REFUTATIONS: tuple[str, ...] = (
    "谣言",
    "辟谣",
    "不实",
    "是假的",
    "系假",
    "造谣",
    "假消息",
    "假新闻",
    "纯属捏造",
    "捏造",
    "不属实",
    "并不属实",
    "别再传",
    "别信",
    "不要信",
    "不可信",
    "已澄清",
    "澄清",
    "证伪",
    "虚假信息",
    "子虚乌有",
    "无中生有",
    "查无实据",
    "没有根据",
    "毫无根据",
    "并无此事",
    "没有这回事",
    "没这回事",
    "没有的事",
    "不是真的",
    "假的",
    # a negative test result answers a claim that something was found ("检测呈阴性")
    "阴性",
    # asked and answered by the authority: "X检出病毒？官方说没有"
    "官方否认",
    "官方说没有",
    "已否认",
    "别传谣",
    # a passed inspection answers a claim of contamination or defect, like 阴性
    "检测合格",
    "抽检合格",
    "检验合格",
    "质检合格",
)

# A harm said to be unrelated to the product ("<X>奶粉与婴儿肾结石无关"): it denies a claim that
# the product causes it, unless the claim itself says so (some registered claims are that
# something is unrelated), so it is checked claim by claim rather than listed in REFUTATIONS.
UNRELATED: tuple[str, ...] = ("无关", "没有关系", "无关联", "毫无关联")

# In a search suggestion or topic, words that make it a question about, or a response to, a
# rumour rather than an assertion of it ("#某某回应传闻#", "某某破产是真的吗").
HEDGES: tuple[str, ...] = (
    "回应",
    "传闻",
    "否认",
    "真相",
    "是真的吗",
    "真的吗",
    "真假",
    "谣传",
    "求证",
    "核实",
)
# A search suggestion or trending topic hedges with the same words, except 真相: typed after
# keywords ("<X>暴力催收逼死人 真相") it asks for the story behind them and presupposes them,
# where a headline's "真相" usually opens an explanation.
SEARCH_HEDGES: tuple[str, ...] = tuple(h for h in HEDGES if h != "真相")

# Marks that an author labels the text as satire, parody or a joke.
SATIRE: tuple[str, ...] = (
    "讽刺",
    "段子",
    "恶搞",
    "请勿当真",
    "别当真",
    "纯属虚构",
    "戏仿",
    "反讽",
    "玩笑",
    "玩梗",
    "模仿秀",
    "搞笑",
    "parody",
    "satire",
)

# Verbs and markers that attribute speech to someone.
SPEECH_VERBS: tuple[str, ...] = (
    "亲口说",
    "亲口承认",
    "亲口",
    "原话",
    "说过",
    "说了",
    "说道",
    "说",
    "称",
    "表示",
    "承认",
    "坦言",
    "直言",
    "强调",
    "宣称",
    "声称",
    "透露",
    "回应",
    "指出",
    "讲",
    "放话",
    "曝",
)

# Role words for "<enterprise>CEO:" style attributions → substrings of a person's role.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "ceo": ("首席执行官", "ceo"),
    "首席执行官": ("首席执行官",),
    "董事长": ("董事长",),
    "创始人": ("创始人",),
    "老板": ("董事长", "创始人", "首席执行官"),
    "掌门人": ("董事长", "创始人", "首席执行官"),
    "一把手": ("董事长", "首席执行官"),
    "总裁": ("总裁",),
    "总经理": ("总经理",),
    "cfo": ("首席财务官",),
    "cto": ("首席技术官",),
}

# Severe factual labels that rumours attach to a name ("X 破产", "X 跑路"). Each maps to a
# family of near-synonyms so that "倒闭" in a query matches "破产倒闭" in a registered claim;
# distinct accusations (melamine, sick cattle) are distinct families.
FALSE_LABELS: dict[str, str] = {
    "破产": "collapse",
    "倒闭": "collapse",
    "清算": "collapse",
    "关门": "collapse",
    "资金链断裂": "collapse",
    "资金链断了": "collapse",
    "跑路": "flight",
    "卷款": "flight",
    "失联": "flight",
    "暴雷": "default",
    "爆雷": "default",
    "无法提现": "default",
    "提不了现": "default",
    "提现困难": "default",
    "兑付危机": "default",
    "被抓": "detained",
    "被捕": "detained",
    "被带走": "detained",
    "警方带走": "detained",
    "抓走": "detained",
    "被拘": "detained",
    "被刑拘": "detained",
    "被逮捕": "detained",
    "被调查": "detained",
    "带走调查": "detained",
    "被立案": "detained",
    "限制出境": "detained",
    "被限制出境": "detained",
    "被留置": "detained",
    # legal abbreviations of the same accusation (刑拘 = 刑事拘留, 双规 = 留置)
    "刑事拘留": "detained",
    "刑拘": "detained",
    "拘留": "detained",
    "双规": "detained",
    "立案调查": "detained",
    "逮捕": "detained",
    "查封": "shutdown",
    "停产": "shutdown",
    "关停": "shutdown",
    "被封": "shutdown",
    "退市": "delisting",
    "被st": "delisting",
    "*st": "delisting",
    "三聚氰胺": "melamine",
    "致癌": "carcinogen",
    "病牛": "sick_cattle",
    "过期原料": "expired_material",
    "有毒": "toxic",
    "爆炸": "explosion",
    "自燃": "explosion",
    "定时炸弹": "explosion",
    "后门": "backdoor",
    "窃取": "data_theft",
    "偷传": "data_theft",
}

# Paraphrase table for retrieval and scoring: each phrase also counts as its canonical form.
# Documented in the benchmark; general rumour vocabulary, not tied to any enterprise.
SYNONYMS: dict[str, str] = {
    "爆雷": "暴雷",
    "提不了现": "无法提现",
    "提不出钱": "无法提现",
    "取不出钱": "无法提现",
    "偷传": "窃取",
    "偷": "窃取",
    "盗取": "窃取",
    "倒闭": "破产",
    "关门": "倒闭",
    "跑路": "卷款",
    "被抓": "带走调查",
    "被带走": "带走调查",
    "被捕": "带走调查",
    "被拘": "带走调查",
    "被逮捕": "带走调查",
    "抓走": "带走",
    "失联": "跑路",
    # legal and financial abbreviations and their full forms
    "刑拘": "刑事拘留",
    "被刑拘": "刑事拘留",
    "被拘留": "刑事拘留",
    "双规": "留置",
    "被立案": "立案调查",
    "被st": "退市",
    "暴雷": "爆雷",
    # kin words for children and short forms of conditions
    "娃": "儿童",
    "宝宝": "儿童",
    "早熟": "性早熟",
    # role words for the person at the head of an enterprise
    "老板": "董事长",
    "老总": "董事长",
    "掌门人": "董事长",
    "董事长": "老板",
    "创始人": "老板",
    # everyday paraphrases of claim predicates
    "孩子": "儿童",
    "小孩": "儿童",
    "小朋友": "儿童",
    "推": "推送",
    "做": "制作",
    "用": "使用",
    "加了": "添加",
    "加入": "添加",
    "掺了": "添加",
    "放了": "添加",
    "里面有": "添加",
    "全是": "全部",
    "全靠": "全部用",
    "哪有": "没有",
    "没": "没有",
    "水果": "鲜果",
    "调出来": "勾兑",
    "兑出来": "勾兑",
    "调配": "勾兑",
    "跑了": "跑路",
    "都是": "全部",
    "总店": "门店",
    "分店": "门店",
    "店里": "门店",
    "店铺": "门店",
    "被查": "被查封",
    "封停": "查封",
    "炸了": "爆炸",
    "炸": "爆炸",
    "致死": "致人死亡",
    "死了": "死亡",
    "身亡": "死亡",
    "丧命": "死亡",
    # colloquial "can't get it back" for the written 无法退还/无法退款
    "退不了": "无法退还",
    "退不回": "无法退还",
    "退不出": "无法退还",
    "不给退": "无法退还",
    "要不回": "无法退还",
    "退不了款": "无法退款",
    # vivid forms of an infestation, and everyday words for packaged foods
    "满地跑": "横行",
    "到处跑": "横行",
    "成灾": "横行",
    "饺子": "水饺",
    "包子": "速冻包子",
    "汤圆": "速冻汤圆",
    "死人": "致人死亡",
    "出口": "境外",
    "国外": "境外",
    "检测出": "检出",
    "查出": "检出",
    "含有": "检出",
    "病死牛": "病牛",
    "患病奶牛": "病牛",
    "过期材料": "过期原料",
    "导致": "会导致",
    "引起": "导致",
    "造成": "导致",
    # everyday words for selling something on ("卖钱" for 出售, "卖给别人" for 出售给第三方)
    "卖钱": "出售",
    "卖给": "出售给",
    "倒卖": "出售",
    "贩卖": "出售",
    "转卖": "出售",
    "售卖": "出售",
    "卖掉": "出售",
    "卖了": "出售",
    "拿去卖": "出售",
    "卖": "出售",
    "别人": "第三方",
    "他人": "第三方",
    "外人": "第三方",
    "广告商": "第三方",
    "外部公司": "第三方",
    # leaks, cancer and fraud in everyday words
    "泄漏": "泄露",
    "外泄": "泄露",
    "流出": "泄露",
    "资料": "信息",
    "得癌": "致癌",
    "致癌物": "致癌",
    "骗钱": "诈骗",
    "过了保质期": "过期",
    "老人": "老年人",
    # fines in everyday words ("被重罚", "罚了500万")
    "罚了": "罚款",
    "重罚": "罚款",
    "被罚": "被罚款",
    "开罚单": "罚款",
    # records are data, and "passed to" is uploaded ("开门记录全传海外云")
    "记录": "数据",
    "传到": "上传到",
    "传至": "上传到",
    "全传": "上传",
    "都传": "上传",
    "偷传到": "上传到",
    # covert recording and collection
    "偷偷录": "偷录",
    "偷听": "偷录",
    "窃听": "偷录",
    # more kin and age words for children
    "孩童": "儿童",
    "幼儿": "儿童",
    "娃娃": "儿童",
    "未成年人": "儿童",
    "儿童": "孩子",
    # diseased and dead livestock in their short forms
    "病鸡": "病死鸡",
    "病鸭": "病死鸭",
    "死鸡": "病死鸡",
    "病猪": "病死猪",
    "死猪": "病死猪",
    "病死禽": "病死鸡鸭",
    "死禽": "病死鸡鸭",
    "当原料": "做原料",
    "作原料": "做原料",
    # "V死人": the verb's victim said as a bare 人 ("逼死人" for 逼死借款人)
    "逼死人": "逼死",
    "害死人": "害死",
    "打死人": "打死",
    "撞死人": "撞死",
    # odometer fraud, vehicles and breakage in their everyday short forms
    "调表": "调里程表",
    "调里程": "调里程表",
    "改表": "调里程表",
    "车": "车辆",
    "断了": "断裂",
    "断掉": "断裂",
    "塌了": "坍塌",
    "掉下去": "坠落",
    "摔下去": "坠落",
    "跌下去": "坠落",
    "坠落": "坠亡",
    "摔死": "坠亡",
    # a death in its spoken forms ("出人命", "闹出人命")
    "出人命": "死亡",
    "出了人命": "死亡",
    "闹出人命": "死亡",
    "死了人": "死亡",
    # rotten fruit in everyday words ("烂水果榨的")
    "烂水果": "腐烂水果",
    "烂果子": "腐烂水果",
    "烂果": "腐烂水果",
    "坏果": "腐烂水果",
}
# Four-character compressions of "sold the same thing to several buyers" (一房多卖, 一穴多卖,
# 一车两卖): each reads as the written 重复卖给多家.
SYNONYMS.update(
    {
        f"一{thing}{many}卖": "重复卖给多家"
        for thing in "房车穴墓位铺地证票号卡"
        for many in ("多", "两", "二")
    }
)
# Working without a licence in its four-character forms ("无证办学", "无照经营"): each reads as
# the written 没有许可证<activity>; the activity word keeps "无证据" (no evidence) out.
SYNONYMS.update(
    {
        f"无{licence}{activity}": f"没有{written}{activity}"
        for licence, written in (("证", "许可证"), ("照", "执照"), ("牌", "牌照"))
        for activity in (
            "经营",
            "办学",
            "营业",
            "行医",
            "生产",
            "上岗",
            "运营",
            "施工",
            "销售",
            "开业",
        )
    }
)
# Recycled cooking oil in its everyday names ("泔水油", "口水油") and descriptions ("油都是回收
# 的", "回收来的油"): each reads as the written 地沟油.
SYNONYMS.update(
    {
        **dict.fromkeys(
            ("泔水油", "潲水油", "口水油", "回收油", "回收的油", "回收来的油"), "地沟油"
        ),
        # "回收猪油", "回收的老油": the oil's kind named between
        **{
            f"回收{link}{kind}油": "地沟油"
            for link in ("", "的", "来的")
            for kind in ("猪", "老", "废", "剩")
        },
        **{
            f"油{adverb}{copula}回收": "地沟油"
            for adverb in ("", "都", "全", "全都", "也", "基本都")
            for copula in ("是", "")
        },
    }
)
# Data kept or sent abroad in everyday words ("存在海外", "传到国外"): each reads as the written
# 上传到境外.
SYNONYMS.update(
    {
        f"{verb}{place}": "上传到境外"
        for verb in ("存在", "存到", "存储在", "存放在", "放在", "传到", "传去", "发到", "送到")
        for place in ("境外", "海外", "国外")
    }
)

# Words for one thing, any of which a claim may use while a text uses another ("回收老油" in the
# claim, "地沟油" in the post): unlike SYNONYMS, each reads as every other.
EQUIVALENTS: tuple[tuple[str, ...], ...] = (
    ("地沟油", "泔水油", "潲水油", "口水油", "回收油", "回收老油", "老油回收", "回收的油"),
    ("罂粟壳", "罂粟籽", "罂粟"),
    # a lock "opens at a touch" said as a time ("一秒就开", "1s就开", "秒开"): trade slang for
    # the same false defect, whichever form the registered claim uses
    (
        *(
            f"{how}{then}"
            for how in ("一碰", "一秒", "1秒", "1s", "几秒", "两秒", "2秒", "3秒", "瞬间", "一下")
            for then in ("就开", "就能开", "就能打开", "就打开", "就开了", "开", "打开")
        ),
        "秒开",
        "秒开锁",
    ),
    # care homes by their everyday and formal names
    ("养老院", "颐养院", "敬老院", "老年公寓", "养老中心", "护理院", "康养院", "安养院"),
    # a beating that killed: the written 殴打致死 and the spoken 打死
    ("殴打致死", "打死", "殴打致人死亡", "活活打死"),
    # data sent abroad: overseas cloud, foreign servers
    ("境外服务器", "海外服务器", "海外云", "境外云", "国外服务器", "国外的服务器", "海外的云"),
)
# Ordinary words of one meaning (causative links, children, licences, cameras, farmland,
# collapse, waste water): a keyword search or a post says a claim in any of them ("致幼儿…"
# for 导致婴儿…, "没执照" for 没有许可证). Each reads as every other, like EQUIVALENTS; unlike
# them they are no slang names of an accusation (SLANG_NAMES), only its wording.
CAUSATIVE_LINKS: tuple[str, ...] = ("导致", "引发", "引起", "造成", "致使", "诱发")
COLLAPSE_WORDS: tuple[str, ...] = ("倒塌", "坍塌", "垮塌", "塌了", "塌掉", "垮了", "塌方")
WORD_CLASSES: tuple[tuple[str, ...], ...] = (
    CAUSATIVE_LINKS,
    COLLAPSE_WORDS,
    ("婴儿", "婴幼儿", "幼儿", "新生儿", "宝宝", "儿童", "孩子", "小孩", "小朋友"),
    ("许可证", "执照", "资质", "牌照", "证照", "资格证"),
    ("摄像头", "监控", "摄像机", "探头", "监控器"),
    ("农田", "庄稼", "农作物", "耕地", "田地", "稻田", "麦田", "菜地"),
    ("废水", "污水", "废液"),
    # stoppages in their short and written forms
    ("停运", "停止运营", "暂停运营"),
    ("停业", "停止营业", "暂停营业"),
    ("停工", "停止施工", "暂停施工"),
)
# Every (phrase, canonical form) a text may be read with: SYNONYMS, each pair of EQUIVALENTS
# and WORD_CLASSES,
# and a synonym of one equivalent read as each of the others ("油都是回收" → 地沟油 → 回收老油).
SYNONYM_PAIRS: tuple[tuple[str, str], ...] = (
    *SYNONYMS.items(),
    *((a, b) for group in EQUIVALENTS for a in group for b in group if a != b and b not in a),
    *((a, b) for group in WORD_CLASSES for a in group for b in group if a != b and b not in a),
    *(
        (phrase, other)
        for phrase, canonical in SYNONYMS.items()
        for group in EQUIVALENTS
        if canonical in group
        for other in group
        if other not in (canonical, phrase)
    ),
)
# Each slang name of an accusation (a member of an equivalence class, or a paraphrase read
# as one) with its whole class: a claim using any member is stated by the slang name.
SLANG_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    *((member, group) for group in EQUIVALENTS for member in group),
    *(
        (phrase, group)
        for phrase, canonical in SYNONYMS.items()
        for group in EQUIVALENTS
        if canonical in group
    ),
)

# Product head nouns: right after an enterprise's name in a claim ("<X>奶粉含激素", "<X>智能锁
# …一碰就开") they name what of the enterprise the claim is about, so they belong to the
# subject, not to what is said of it; people write "X的奶", "X的锁", "X家的车". Longest first.
PRODUCT_HEADS: tuple[str, ...] = (
    "智能门锁",
    "智能锁",
    "指纹锁",
    "婴幼儿奶粉",
    "儿童奶粉",
    "奶粉",
    "牛奶",
    "酸奶",
    "门锁",
    "手机",
    "手表",
    "耳机",
    "电池",
    "汽车",
    "电动车",
    "新能源车",
    "奶茶",
    "果茶",
    "果汁",
    "果饮",
    "饮品",
    "饮料",
    "咖啡",
    "白酒",
    "啤酒",
    "面膜",
    "护肤品",
    "化妆品",
    "保健品",
    "零食",
    "食品",
    "空调",
    "冰箱",
    "洗衣机",
    "热水器",
    "净水器",
    "电视",
    "app",
)

# Harms people attach to a product in a keyword search ("<X>面霜 含激素 烂脸", "<X>奶粉 激素
# 性早熟"): the alleged effect of what the claim accuses it of. Typed after the accusation, it
# adds a consequence to it and takes nothing from it.
HARM_OUTCOMES: tuple[str, ...] = (
    "激素脸",
    "烂脸",
    "脸烂",
    "毁容",
    "毁脸",
    "过敏",
    "红肿",
    "刺痛",
    "瘙痒",
    "发痒",
    "起疹子",
    "起疹",
    "湿疹",
    "长痘",
    "爆痘",
    "闷痘",
    "脸红",
    "泛红",
    "红血丝",
    "烂屁股",
    "红屁股",
    "依赖",
    "反黑",
    "脱发",
    "掉发",
    "掉头发",
    "致癌",
    "得癌",
    "中毒",
    "腹泻",
    "拉肚子",
    "呕吐",
    "头晕",
    "住院",
    "进医院",
    "送医",
    "致畸",
    "不孕",
    "性早熟",
    "早熟",
    "伤肝",
    "伤肾",
    "肝损伤",
    "猝死",
    "出人命",
    "红疹",
    "皮炎",
    "脱皮",
    "灼伤",
    "溃烂",
    "色斑",
    "腹痛",
    "肚子疼",
    "发烧",
    "发炎",
)
# What a business is said to suffer after the accusation ("<X> 没有资质 全面停课", "… 全面
# 停运"): typed after the keywords like a harm, a consequence that takes nothing from them.
STOPPAGE_OUTCOMES: tuple[str, ...] = (
    "全面停运",
    "全面停业",
    "全面停工",
    "全面停课",
    "全面停摆",
    "全面关停",
    "暂停营业",
    "停运",
    "停业",
    "停工",
    "停课",
    "停摆",
    "歇业",
)
# Words that join a claim's accusation to its alleged effect ("添加罂粟壳让人上瘾"): the
# accusation before them, stated alone, states the claim; the effect alone does not.
EFFECT_LINKS: tuple[str, ...] = ("让人", "使人", "导致", "造成", "害得")

# Markers after which the text only asks or searches ("是真的吗"): weaker assertion.
QUESTION_MARKERS: tuple[str, ...] = ("是真的吗", "真的吗", "真假", "是否", "吗?", "吗", "?")

# Light words of a claim's predicate: verbs, auxiliaries and particles that a keyword-form
# search suggestion drops ("使用地沟油" → "地沟油") and that distinguish no claim on their own.
LIGHT_WORDS: tuple[str, ...] = (
    "使用",
    "用了",
    "采用",
    "存在",
    "出现",
    "发生",
    "即将",
    "已经",
    "马上",
    "可能",
    "导致",
    "造成",
    "引起",
    "引发",
    "致使",
    "诱发",
    "含有",
    "会",
    "用",
    "被",
    "将",
    "已",
    "要",
    "了",
    "的",
    "是",
    "有",
    "在",
    "都",
    "也",
    "就",
    "还",
    "能",
    "把",
    "让",
    "给",
    "对",
    "和",
    "与",
    "等",
)

# Topic nouns any product or service has (its ingredients, users, data, price): people search
# them about any name, so keywords made only of them assert nothing ("<X>冻干 原料", "<X> 儿童
# 声音"); nor can they be where a claim puts what it asserts.
GENERIC_NOUNS: tuple[str, ...] = (
    "原材料",
    "原料",
    "配料",
    "成分",
    "材料",
    "产品",
    "质量",
    "品质",
    "声音",
    "数据",
    "信息",
    "隐私",
    "儿童",
    "孩子",
    "婴儿",
    "婴幼儿",
    "幼儿",
    "宝宝",
    "新生儿",
    "用户",
    "消费者",
    "第三方",
    "工厂",
    "员工",
    "包装",
    "广告",
    "服务",
    "功能",
    "软件",
    "食品",
    "鸡肉",
    "鸭肉",
    "猪肉",
    "牛肉",
    "羊肉",
    "鱼肉",
    "鲜肉",
    "肉类",
    "谷物",
    "淀粉",
    "水果",
    "鲜果",
    "牛奶",
    "小料",
    "猫粮",
    "狗粮",
    "冻干",
    "病毒",
    "细菌",
    # ingredients of drinks and desserts, and parts of a car a claim may be about
    "奶浆",
    "奶精",
    "奶油",
    "糖浆",
    "果酱",
    "茶底",
    "里程表",
    "仪表盘",
    "发动机",
    "变速箱",
    "车辆",
    "游客",
    # the parts of a restaurant any smear or review names
    "后厨",
    "厨房",
)
# Verbs of making a product ("用地沟油制作小料", "病死鸡鸭肉做原料"): a keyword form drops them
# like the light words, and they are never what a claim asserts.
PRODUCTION_VERBS: tuple[str, ...] = ("制作", "制成", "做成", "加工", "做", "榨汁", "榨成")

# Generic words people add to any search about a name; they assert nothing about it.
QUERY_WORDS: tuple[str, ...] = (
    "最新消息",
    "最新",
    "消息",
    "新闻",
    "事件",
    "怎么样",
    "怎么了",
    "官网",
    "官方",
    "下载",
    "招聘",
    "app",
    "价格",
    "多少钱",
    "电话",
    "客服",
    "地址",
    "门店",
    "加盟",
    "评价",
    "口碑",
    "股价",
    "股票",
    "待遇",
    "售后",
    "旗舰店",
    "官方旗舰店",
    "视频",
    "图片",
    "后续",
    "进展",
    # words that present the keywords as exposed fact; they add nothing the claim lacks
    "曝光",
    "被曝",
    "实锤",
    "内幕",
    "真相",
    "怎么回事",
    "咋回事",
    "来龙去脉",
    # a list of the places or people the keywords concern ("<X> … 门店名单")
    "名单",
    "清单",
    # what to do about the keywords: it takes them as given ("<X> 没有资质 怎么办")
    "怎么办",
    "咋办",
)
# Evidence words in a keyword query ("<X> 过期奶浆 后厨实拍", "… 视频"): they present the
# keywords as filmed fact and add nothing the claim lacks; the place filmed may come before
# them (后厨, 现场, 内部). Normalized text has no spaces between Chinese words, so the places
# are listed rather than guessed.
EVIDENCE_TAIL_RE = (
    r"(?:后厨|现场|内部|店内|仓库|工厂|车间|员工|监控)?"
    r"(?:实拍|截图|偷拍|暗访|视频|照片|录音|爆料|监控)"
)

# Opposite predicates: (concept, side) per word. A headline asserting one side of a concept
# while its own body reports only the other side, about the same subject, reverses the body.
POLAR_WORDS: dict[str, tuple[str, int]] = {
    "新开": ("stores", 1),
    "开设": ("stores", 1),
    "开业": ("stores", 1),
    "开店": ("stores", 1),
    "扩张": ("stores", 1),
    "关闭": ("stores", -1),
    "关店": ("stores", -1),
    "闭店": ("stores", -1),
    "撤店": ("stores", -1),
    "歇业": ("stores", -1),
    "增长": ("trend", 1),
    "上涨": ("trend", 1),
    "上升": ("trend", 1),
    "增加": ("trend", 1),
    "提升": ("trend", 1),
    "提高": ("trend", 1),
    "上调": ("trend", 1),
    "大涨": ("trend", 1),
    "暴涨": ("trend", 1),
    "飙升": ("trend", 1),
    "攀升": ("trend", 1),
    "翻倍": ("trend", 1),
    "下降": ("trend", -1),
    "下滑": ("trend", -1),
    "下跌": ("trend", -1),
    "减少": ("trend", -1),
    "降低": ("trend", -1),
    "下调": ("trend", -1),
    "大跌": ("trend", -1),
    "暴跌": ("trend", -1),
    "萎缩": ("trend", -1),
    "缩水": ("trend", -1),
    "腰斩": ("trend", -1),
    "骤降": ("trend", -1),
    "盈利": ("profit", 1),
    "扭亏": ("profit", 1),
    "赚钱": ("profit", 1),
    "亏损": ("profit", -1),
    "巨亏": ("profit", -1),
    "亏本": ("profit", -1),
    "招聘": ("staff", 1),
    "扩招": ("staff", 1),
    "招人": ("staff", 1),
    "裁员": ("staff", -1),
    "减员": ("staff", -1),
    "辞退": ("staff", -1),
    "解雇": ("staff", -1),
    "涨价": ("price", 1),
    "提价": ("price", 1),
    "降价": ("price", -1),
    "增持": ("holding", 1),
    "减持": ("holding", -1),
    "胜诉": ("lawsuit", 1),
    "败诉": ("lawsuit", -1),
}
# A polar word followed by one of these names a topic, not a change ("盈利能力", "增长目标").
POLAR_TOPIC_TAILS: tuple[str, ...] = (
    "能力",
    "模式",
    "空间",
    "预期",
    "预测",
    "目标",
    "传闻",
    "传言",
    "谣言",
)
# Verbs that reverse the polar word they govern ("停止招聘" is no hiring).
POLAR_FLIPPERS: tuple[str, ...] = ("停止", "暂停", "取消", "叫停", "终止")
# Cues that a body sentence reports what others claim, not what happened ("网传X将裁员").
RUMOUR_CUES: tuple[str, ...] = (
    "传言",
    "传闻",
    "网传",
    "据传",
    "谣传",
    "谣言",
    "有消息称",
    "有网友称",
    "有人称",
    "爆料",
    "质疑",
    "担心",
    "猜测",
)
# Verbs that attribute an admission to someone ("X公司CEO承认：…"): the headline then says the
# person conceded a fact, which the body must bear out as a fact, not as a condition.
ADMISSIONS: tuple[str, ...] = (
    "亲口承认",
    "公开承认",
    "当众承认",
    "终于承认",
    "首次承认",
    "承认了",
    "承认",
    "坦承",
    "坦言",
    "自曝",
)
# Words before an admission verb that turn it into a refusal ("拒不承认", "没有承认").
ADMISSION_REFUSALS: tuple[str, ...] = ("拒绝", "拒不", "不", "没", "未", "否")
# Conditions: a negation inside "如果不…" states no fact.
CONDITIONALS: tuple[str, ...] = ("如果", "假如", "要是", "一旦", "除非", "只要", "若")
# Reporting and intensifying words a headline wraps round its predicate; they are not its
# object ("宣布大规模裁员" is about 裁员).
HEADLINE_WRAPPERS: tuple[str, ...] = (
    "宣布",
    "官宣",
    "被曝",
    "曝光",
    "突然",
    "大规模",
    "大幅",
    "全面",
    "疯狂",
    "正式",
    "再次",
    "首次",
    "同比",
    "环比",
    "今年",
    "去年",
    "继续",
    "持续",
    "开始",
    "计划",
    "重磅",
    "震惊",
    "曝",
)
# Words after a relayed rumour that turn back to what the writer reports as fact.
REPORT_TURNS: tuple[str, ...] = (
    "实际上",
    "事实上",
    "其实",
    "但",
    "然而",
    "不过",
    "回应",
    "表示",
    "澄清",
    "否认",
    "声明",
    "公告",
)
