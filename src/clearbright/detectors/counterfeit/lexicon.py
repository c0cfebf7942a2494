"""Words that mark a copy, a disclaimer, an identity claim, or a context that is not a claim.

All entries are folded (simplified, lower case) Chinese of the harm in general; none names
a registered enterprise. Lists are ordered longest first where one contains another so
that removal from a display name takes the longer word.
"""

from __future__ import annotations

# fmt: off
# Words counterfeiters put around a registered name to look official (a copy signal).
COPY_WORDS: tuple[str, ...] = (
    "官方旗舰店", "官方直营店", "官方授权店", "授权专卖店", "售后服务中心", "客服中心",
    "服务中心", "官方网站", "官方商城", "旗舰店", "专卖店", "专营店", "直营店", "授权店",
    "官方店铺", "旗舰店铺", "官方微博", "官方账号", "店铺", "微博", "账号",
    "体验店", "官方号", "官方", "官网", "官博", "旗舰", "授权", "正品", "直营", "原厂", "客服",
    "售后", "商城", "自营", "总部", "总店", "中国", "app", "官方版", "下载", "服务号", "订阅号",
    # a factory outlet or insider channel selling the brand's goods (`X宠粮工厂直营店`)
    "工厂直营店", "厂家直营店", "厂家直销店", "工厂直销店", "源头工厂店", "工厂直营", "厂家直营",
    "厂家直销", "工厂直销", "工厂直供", "源头工厂", "内部渠道", "工厂店", "工厂", "厂家", "源头",
    "直销店", "直销", "员工内购", "内购店", "内购", "尾货店", "折扣店", "特卖店", "清仓店",
    "pro", "plus", "lite", "vip", "hd",
    "有限公司", "股份有限公司", "集团", "公司", "网", "店", "号",
)
# The subset that by itself claims to be the official source (used for titles of web pages,
# where a bare brand name is usually a page *about* the brand).
OFFICIAL_CLAIMS: tuple[str, ...] = (
    "官方", "官网", "官博", "旗舰", "授权", "正品", "直营", "原厂", "客服", "售后", "自营",
)
# What the brand's own app or mini-app offers (`X订房特惠`, `X门店预订`, `X配件商城`): in the
# name of an app or mini-app beside the brand, the service the brand's own channel would sell.
# Repair and comparison (维修, 比价) are third-party trades and are not here.
SERVICE_WORDS: tuple[str, ...] = (
    "门店预订", "在线预订", "订房", "预订", "订票", "订座", "订餐", "点单", "点餐", "外卖",
    "配件", "商城", "购物", "特惠", "特价", "优惠", "折扣", "领券", "秒杀", "团购", "会员",
    "积分", "门店", "预约", "充值", "专享", "小店", "精选", "直购", "服务", "特卖", "工厂店",
    "严选", "好物",
    # the brand's member or welfare programme (`X会员福利社`, `X会员俱乐部`)
    "会员俱乐部", "福利中心", "会员中心", "福利社", "俱乐部", "福利",
    # a service business's booking channel (`X口腔预约中心`, `X在线挂号`)
    "预约中心", "在线预约", "预约挂号", "挂号", "问诊", "中心",
    # a scenic area's or venue's ticketing channel (`X景区门票预约`, `X官方售票`, `X智慧票务`)
    "门票预约", "门票预订", "智慧票务", "票务中心", "电子门票", "门票", "售票", "票务", "购票",
    "检票", "联票", "景区门票", "景区预约", "景区售票", "景区票务",
)
# Of the copy and service words, those that present an app or mini-app as the brand's own
# store (`X原厂配件`, `X锁 配件商城`): beside them a short product word the registry does not
# record (锁, 课程) is no obstacle to the claim.
STORE_CLAIMS: tuple[str, ...] = (
    "官方", "官网", "官博", "旗舰", "总店", "原厂", "商城", "直营", "授权", "正品", "专卖",
    "门店预订",
    "工厂", "厂家", "源头", "直销", "内部渠道", "内购", "尾货", "折扣店", "特卖店", "清仓店",
    "预约中心", "在线预约", "预约挂号",
)
# Words of a critic's or victim's account name (`X黑心工厂`, `X假货商城`): never a product word
# a store puts beside the brand.
CRITIC_WORDS: tuple[str, ...] = (
    "黑心", "无良", "垃圾", "骗子", "骗人", "坑人", "假货", "山寨", "避雷", "打假", "维权",
    "曝光", "吐槽", "黑幕", "受害", "黑店", "坑爹", "难吃", "翻车",
)
# Words of a third party's trade around a brand (`X代购`, `X二手`, `X维修`, `X测评`): a reseller,
# repairer or reviewer names the brand it deals in without claiming to be it.
THIRD_PARTY_WORDS: tuple[str, ...] = (
    "代购", "海淘", "二手", "闲置", "回收", "转卖", "维修", "修理", "测评", "评测", "探店",
    "比价", "攻略", "教程", "分享", "心得", "拼单", "吃货", "打卡", "爱好",
    # the media reporting on it
    "资讯", "新闻", "快讯", "头条", "日报", "晚报", "周刊", "观察", "财经",
)
# What closes a display name that presents itself as the brand's own store or official
# account (`X火锅总店`, `X美妆官博`, `X太阳能旗舰店`), longest first.
SHOP_NAME_WORDS: tuple[str, ...] = (
    "官方旗舰店", "官方直营店", "官方旗舰", "官方总店", "官方店铺", "旗舰店铺", "官方微博",
    "官方账号", "官方店", "官方号", "旗舰店", "专卖店",
    "直营店", "授权店", "旗舰", "总店", "官博", "官微", "官方", "官网",
)
# Words an account adds only beside an official claim (`X官方福利号`, `X-官方-粉丝团`): with
# 官方 they make a display name the brand's own channel; without it (`X福利分享`) they may be
# anyone's. Longest first so removal takes the longer word.
OFFICIAL_SUFFIXES: tuple[str, ...] = (
    "福利中心", "会员中心", "服务中心", "粉丝团", "粉丝群", "福利社", "福利号", "福利官",
    "福利站", "客服号", "服务站", "小助手", "助手", "官微", "福利", "会员", "服务", "专区",
    "频道", "团队", "直播间", "直播",
)
# What an account that is not the brand, and says so, writes: these disclaim wherever they
# stand in an account's name, bio or a post.
DISCLAIMERS: tuple[str, ...] = (
    "非官方", "不是官方", "并非官方", "不代表官方", "粉丝自发", "粉丝自建", "粉丝自营",
    "粉丝站", "后援会", "个人粉丝", "民间组织",
    "讽刺", "恶搞", "戏仿", "模仿", "段子", "非本人", "纯属虚构", "无隶属", "无关联",
    "与官方无关", "和官方无关", "parody",
)
# Words of a fan or hobby page. They disclaim only in a display name (a post that thanks its
# fans, `回馈粉丝`, disclaims nothing) and only where the name does not claim 官方 as well
# (`X官方粉丝团` claims the brand's own fan club).
FAN_WORDS: tuple[str, ...] = ("粉丝", "爱好者", "同好", "车友会", "fan")
# What a person's copycat account adds to the person's name.
PERSON_SUFFIXES: tuple[str, ...] = (
    "个人号", "私人号", "本人", "小号", "大号", "官方号", "官方", "工作室", "创始人", "董事长",
    "总裁", "ceo", "会长", "老师", "号",
)
# Edition words a copycat app or mini-app adds to an official app's name (`X极速版`, `X Pro`).
# Digits (`2.0`) are no obstacle to a claim anyway; Latin editions (pro, plus) are copy words.
EDITIONS: tuple[str, ...] = (
    "优惠版", "极速版", "免费版", "会员版", "尊享版", "专业版", "青春版", "国际版", "精简版",
    "破解版", "福利版", "内测版", "测试版", "体验版", "正式版", "最新版", "加强版", "增强版",
    "高级版", "豪华版", "旗舰版", "特惠版", "省钱版", "赚钱版", "红包版", "升级版", "新版",
    "版", "premium", "express", "turbo", "ultra", "beta", "free", "mini", "max",
)
# Titles an account puts after a person's name to present itself as the person
# (`X 某某集团董事长`): with the person's name, they make the display name the person's.
TITLES: tuple[str, ...] = (
    "联合创始人", "首席执行官", "首席财务官", "首席技术官", "首席运营官", "执行董事",
    "董事局主席", "副董事长", "董事长", "创始人",
    "副总裁", "总裁", "总经理", "副行长", "行长", "董事", "主席", "合伙人", "掌门人",
    "总监", "会长", "ceo", "cfo", "cto", "coo",
)
# Latin titles and the Chinese titles a registry records them as.
TITLE_EQUIVALENTS: dict[str, str] = {
    "ceo": "首席执行官", "cfo": "首席财务官", "cto": "首席技术官", "coo": "首席运营官",
}
# Roles a message uses to speak as the enterprise or the person.
ROLE_WORDS: tuple[str, ...] = (
    "客服中心", "客服专员", "客服", "官方", "人事部", "人力资源", "hr", "财务", "董事长",
    "创始人", "总裁", "总经理", "ceo", "校园招聘", "招聘", "周年庆", "回馈", "福利",
    "直播回放", "直播间", "亲自", "带单", "内部群", "致股东", "致客户", "致用户", "一封信",
    # an executive's own sign-off on an offer, and a share offer for the company's staff
    "亲批", "亲签", "签字担保", "本人担保", "内部员工", "员工认购", "认购通道",
    "合伙人计划",
    # the person's own words on video (X亲口通知, X亲口说, X口播)
    "亲口", "亲述", "口播",
)
# A franchise, agency, partner or trial drive in the enterprise's name (`X2026城市合伙人招募`,
# `X乡镇代理`, `X新品体验官`). Only close after the name and not after 的: `X的代理律师` is
# someone else.
JOIN_ROLES: tuple[str, ...] = (
    "合伙人招募", "城市合伙人", "招募", "招商", "加盟", "代理商", "代理",
    "体验官", "试用官", "测评官", "品鉴官", "推广员", "兼职",
)
# Roles an author name adds to a registered name to speak for it beside ROLE_WORDS and
# JOIN_ROLES (`X资本-小助理`, `X品牌招募官`): someone's assistant or recruiter.
AUTHOR_ROLES: tuple[str, ...] = (
    "助理", "秘书", "招募官", "招聘官", "体验官", "管理员", "群主", "群管", "认购",
    "招募中心", "合伙人",
    # an office that pays out or refunds (`X补贴中心`, `X理赔专员`, `X会员中心`)
    "中心", "专员", "补贴", "退款", "理赔", "赔付", "结算",
    # a school's admissions office (`X招生-周老师`, `X招生办`)
    "招生",
)
# Words that follow 总 in compounds (总部, 总结, 总共): there 总 addresses nobody.
NOT_HONORIFIC: tuple[str, ...] = (
    "部", "店", "结", "共", "计", "额", "量", "体", "之", "算", "价", "值", "数", "是", "会",
    "台", "站", "署", "局", "厂", "公司", "经销", "代理", "决赛", "冠军", "榜", "分", "和",
)
# Staff roles a speaker gives themselves after an enterprise's name (`我是X招生办的林老师`,
# `我是X的销售顾问`): with a self-introduction before the name, the speaker presents
# themselves as the enterprise's staff. Longest first so the evidence names the longer word.
STAFF_WORDS: tuple[str, ...] = (
    "招生办", "招生处", "招生老师", "招生组", "招商部", "招商经理", "市场部", "销售部",
    # the after-sales desk a refund scam speaks from (`我是X售后`, `这边是X售后专员`)
    "售后服务中心", "售后中心", "售后专员", "售后客服", "售后部", "售后",
    "销售顾问", "客户经理", "业务经理", "区域经理", "课程顾问", "置业顾问", "工作人员",
    "业务员", "财务部", "人事部", "客服", "销售", "顾问", "经理", "专员", "主管", "店长",
    "园长", "校长", "老师", "员工", "财务", "会计", "助理", "秘书",
)
# A speaker introducing themselves (`我是X`, `本人X`) before a person's name.
SELF_INTRODUCTIONS: tuple[str, ...] = (
    "我就是", "我是", "我叫", "本人是", "本人", "我这边是", "这边是", "这里是", "我们是",
)
# Words right after a person's name at the head of a clause that present the speaker as the
# person (`X本人在此`, `X在此向大家承诺`); a bare 在此 may be "hereby" about anyone.
SELF_AFTER_NAME: tuple[str, ...] = ("本人", "在此向", "在此承诺", "在此郑重", "在这里向")
# Context in which a name and a payment appear together without a claim: warnings about
# scams, reports of them, and other harms (deletion for money) judged by other detectors.
NOT_A_CLAIM: tuple[str, ...] = (
    "冒充", "假冒", "冒用", "盗用", "仿冒", "山寨", "自称", "谨防", "警惕", "诈骗", "骗子",
    "骗局", "防骗", "反诈", "上当", "辟谣", "谣言", "举报", "报警", "删帖", "撤稿", "负面",
    "黑料", "曝光", "钓鱼", "是真的吗", "是不是真的", "靠谱吗", "可信吗", "是骗", "别信",
    "不要信", "官网吗", "官方的吗", "真的假的", "正常吗", "合理吗", "合法吗", "能信吗",
    "可靠吗", "安全吗", "是假的", "假号", "假账号",
    # complaints about a demand made: the author was asked, the reader is not
    "还要交", "还得交", "还要付", "还得付", "居然要", "竟然要", "凭什么", "还要收", "还得收",
    "还收",
    # journalism: a report tells what a scheme asks of others
    "记者", "据悉", "据了解", "报道",
    # reported speech: the author tells what someone asked of them
    "让我", "叫我", "要我", "要求我", "有人", "接到", "我收到",
)
# Longer words that contain a NOT_A_CLAIM word without its sense (所有人 is not 有人, 直接到账
# is not 接到, 让我们一起 is an invitation, not reported speech): masked before the check.
NOT_A_CLAIM_MASKS: tuple[str, ...] = (
    "所有人", "没有人", "直接到", "让我们", "叫我们", "只要我", "需要我", "想要我", "主要我",
)
# Tags a news or warning post opens with (`【快讯】X：…`): a name after them is reported, not
# the speaker. Other short tags (`【直播回放】`, `【视频】`) leave the name the heading's.
NEWS_TAGS: tuple[str, ...] = (
    "新闻", "快讯", "资讯", "头条", "报道", "热点", "时评", "评论", "观察", "财经", "辟谣",
    "提醒", "曝光", "调查", "聚焦", "速递", "早报", "晚报", "日报", "播报", "突发", "独家",
    "警示", "预警", "防骗", "反诈",
)
# Negators that cancel a solicitation cue when they come shortly before it in its clause.
NEGATORS: tuple[str, ...] = (
    "不会", "不要", "不得", "不用", "无需", "从不", "从未", "绝不", "决不", "并不", "切勿",
    "请勿", "勿", "别", "不", "没有", "没", "未",
)
# Words with 不 that negate nothing after them (`名额不多，扫码进群`, `不断上涨`): masked
# before the negation check.
NOT_NEGATING: tuple[str, ...] = (
    "不多", "不少", "不限", "不等", "不断", "不停", "不错", "不仅", "不但", "不管", "不论",
    "未来",
)
# fmt: on
