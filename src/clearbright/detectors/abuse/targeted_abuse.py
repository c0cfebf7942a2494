"""Category 2: abusive labels and pile-on incitement aimed at a registered enterprise or person.

A finding needs both a *target* (a registered name, folded or spelled in pinyin) and an
*attack* on it: a degrading label or dehumanizing word in the same sentence as the name
(or in the next one, through a pronoun), or a call to mass action (集合、每人刷十条、大家
一起去他家楼下、人肉). Criticism of conduct, products or results carries no such attack and
is never a finding; nor is a label that is reported, denied or argued against (有人骂…是汉
奸, 不是卖国贼, 别扣帽子). The COLD-trained offensive-language score raises the score and
admits milder insults (骗子, 奸商) only when the text as a whole reads as abuse and the
insult is predicated of the target. This is speech: findings go to human review.

Incitement also covers a personal phone number given out with a call to flood it (想骂她的
直接打，打爆为止; 短信轰炸) and a call to ruin a person socially (让他社死, 网暴她), or to
expose a person who is insulted in the same text (这种垃圾人…建议全网曝光他). Urging others
to complain to a regulator (投诉到12315), or to expose a company's conduct, is not incitement.
Gathering under a person's own account (兄弟们去她号下面集合, 给我骂, 每天打卡“问候”一遍)
is a pile-on; a plain greeting there (去他微博下面问候一下，祝他生日快乐) and going to a
company's official account to press a complaint (去官方号下面维权) are not. Labels written
as pinyin initialisms (hj 汉奸, sb 傻逼) count as the labels, when they stand as words of
their own in Chinese text (HJ-200, SB级 are codes). A person's accounts hung out as a list
(名单…全部挂出来了) or a label handed out to post in turns (大家一人一条‘卖国贼…’) are a
pile-on; a post that calls a doxx unlawful or asks people not to spread it and to report it
(人肉别人是违法的，大家别转发，直接举报) warns against it.
A harassment rota needs no slur: a person's accounts shared out among the crowd (大家每人认领
一个, 分工一下每人负责一个平台) to message in turns (轮流私信骂他, 天天私信他) until he leaves
(直到他销号为止, 骂到她退网). Telling of such a call to condemn it (这种网暴行为必须制止) or
asking people to stop (别再私信骂他了) is not one.
An employee of a named enterprise, picked out by surname or job title (滨江店那个姓孟的护士长),
hung out for the crowd to insult on sight (见一次骂一次) or to drive out of her town or trade
(让她在杭州混不下去) is a target too; a complaint about her service, or a report that
condemns such a call, is not.
Servant and traitor labels (奴才, 买办, 这条美国人的狗), misogynist slurs (贱人, 婊子, said of a
person only) and curses on a person and her family (全家都该遭报应, 断子绝孙, nmsl) are
attacks; scum labels (败类, 毒瘤) are said of a person, or of a company in a hostile frame
(滚出中国). A label in a short clause, one that heads a company noun (卖国贼企业) or one
that tells the target to get out (…滚出中国) refers back to the target named before; a
clause with a subject of its own (黑子们不得好死) does not.
An organised pile-on sets a venue of the target (直播间, 官方号) and at least two of a time
(今晚9点), a goal of silencing (骂到她下播, 举报到封号) and proof of taking part (截图发群里);
an account or post set up to hound a target (讨伐…, 专治…) with a hostile act and a
schedule or a way to join (每晚九点刷…, 私信进群) is one too. Fans flooding a stream with
gifts (刷礼物冲榜) are not, and news or condemnation of such abuse, with the abuse quoted
(据报道…辱骂“不得好死”, 有人组织…这种行为必须制止), is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from clearbright.categories import Category
from clearbright.detectors.abuse.contacts import find_contacts
from clearbright.detectors.abuse.context import CLAUSE_END, clause_at, preceded_by, sentence_at
from clearbright.detectors.abuse.offense_model import shipped_model
from clearbright.detectors.abuse.targets import TargetHit, TargetResolver
from clearbright.detectors.abuse.terms import (
    TermMatcher,
    expand_initialisms,
    lexicon_view,
    words,
)
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.model import Evidence, Finding, Span, TextField
from clearbright.registry import Registry
from clearbright.text.normalize import NormalizedText, normalize

# A clause this short ("汉奸企业！") is a label for the target named just before it.
SHORT_CLAUSE = 8
# A name this close after a label is in apposition with it (毒妇邵明岚, 人渣 卞某).
APPOSITION_GAP = 1
# A clause with no more than this left beside the slur is the slur alone (狗奴才一个).
LABEL_ALONE = 2


@dataclass(frozen=True)
class _Attack:
    kind: str
    term: str
    how: str
    start: int  # original offsets
    end: int
    sentence: tuple[int, int]
    previous_sentence: tuple[int, int]
    clause: tuple[int, int]


# An account and a hostile act there: gathering to curse its owner, daily or in turns
# (每天打卡“问候”一遍). A greeting in scare quotes, or one to the family, is abuse; a plain one
# (问候一下，祝他生日快乐) is not.
_ACCOUNT_ACTION = (
    r"(号|微博|主页|抖音|小红书|评论区|账号|直播间|视频|朋友圈)(下面?|里|底下)?"
    r"([^。.!?;,]{0,4}(集合|骂|喷|冲|刷|输出|开火)|"
    r"[^。.!?;,]{0,10}([‘'\"“「『]问候|问候(他|她)?的?(全家|祖宗|家人|十八代|亲妈|老妈)|"
    r"(每天|天天|轮流|挨个|按时|准时)[^。.!?;,]{0,4}(骂|喷|输出|开火)))"
)
# A quoted line right after a call to post it (一人一条‘…’).
_QUOTED = re.compile(r"\s?[:：]?\s?[‘'\"“「『][^’'\"”」』]{1,30}[’'\"”」』]")
# A call to act stands this close to the act it calls for.
MOBILIZE_REACH = 60


class TargetedAbuseDetector(Detector):
    """Degrading labels, dehumanization and pile-on calls aimed at a registered target."""

    name = "targeted_abuse"
    categories = (Category.TARGETED_ABUSE,)
    FIELDS: ClassVar[tuple[TextField, ...]] = ("text", "title")
    LABELS: ClassVar[dict[str, str]] = {
        **dict.fromkeys(
            words(
                "汉奸 卖国贼 卖国企业 美狗 二鬼子 走狗 狗腿子 洋奴 带路党 精日 恨国党 "
                "跪舔洋人 吸血鬼 殖人 卖国 奴才 狗奴才 买办 哈巴狗 洋狗 美奴 日奴 "
                "假洋鬼子"
            ),
            "degrading_label",
        ),
        **dict.fromkeys(
            words(
                "畜生 畜牲 禽兽 人渣 蛆虫 寄生虫 蚂蟥 水蛭 狗东西 狗杂种 杂种 猪狗不如 垃圾人 "
                "人间垃圾 社会垃圾 毒妇 毒婆 恶毒女人 杂碎 狗杂碎 畜生不如 疯狗 癞皮狗 "
                "渣滓 社会渣滓 臭虫 贱种"
            ),
            "dehumanization",
        ),
        **dict.fromkeys(
            words("去死 死全家 全家死光 弄死 砍死 让他全家 让她全家 不得好死 碎尸"), "threat"
        ),
    }
    # Slurs for a woman (老妖婆, 老巫婆) are aimed only at a registered person: beside a
    # company they are a figure of speech (童话里的老巫婆都比…讲道理).
    PERSON_SLURS: ClassVar[frozenset[str]] = frozenset(
        words(
            "老妖婆 妖婆 老巫婆 老虔婆 蛇蝎女人 蛇蝎毒妇 贱人 婊子 臭婊子 贱货 骚货 贱女人 "
            "荡妇 破鞋 母狗 绿茶婊 狐狸精"
        )
    )
    # Curses on a person and her family, and the crude insults the web writes as initials
    # (nmsl, cnm): aimed at a registered person only.
    CURSES: ClassVar[frozenset[str]] = frozenset(
        words(
            "断子绝孙 天打雷劈 遭天谴 遭报应 生孩子没屁眼 死绝 死光 全家暴毙 "
            "你妈死了 操你妈 草泥马 日你妈 你妈逼 死妈"
        )
    )
    # Scum labels: said of a person, or of a company in a hostile frame (滚出中国); alone
    # beside a company they are the language of complaint (行业毒瘤).
    FRAMED_LABELS: ClassVar[frozenset[str]] = frozenset(words("败类 毒瘤 蛀虫"))
    # Kinds of attack aimed at a registered person only.
    PERSON_KINDS: ClassVar[frozenset[str]] = frozenset({"curse"})
    # Milder insults count only when predicated of a registered *person* and the whole text
    # reads as abuse to the model; said of a company or product they are criticism.
    WEAK_LABELS: ClassVar[dict[str, str]] = dict.fromkeys(
        words("骗子 奸商 流氓 土匪 强盗 傻逼 脑残 智障 无耻之徒 小丑 黑心资本家 吸血资本家"),
        "insult",
    )
    # Initialisms the web writes for labels and insults (hj 汉奸, sb 傻逼). Each counts as
    # its term, and as a word of its own in Chinese text only (HJ-200 is a model number).
    # Insults among them still need the model and a person they are said of.
    INITIALISMS: ClassVar[dict[str, str]] = {
        "hj": "汉奸",
        "mgz": "卖国贼",
        "egz": "二鬼子",
        "sb": "傻逼",
        "nc": "脑残",
        "zz": "智障",
        "nmsl": "你妈死了",
        "cnm": "操你妈",
        "wcnm": "操你妈",
        "rnm": "日你妈",
        "nmb": "你妈逼",
    }
    DOXXING: ClassVar[dict[str, str]] = dict.fromkeys(("人肉", "开盒"), "doxxing")
    # A label that is reported, denied or argued against is not an attack.
    DISTANCING = re.compile(
        r"有人(骂|说|称|叫|辱骂|诅咒|咒)|网友(骂|辱骂|诅咒|咒骂)|"
        r"被.{0,4}(骂|称|叫|说|指|批|诅咒|咒)成?|骂.{0,8}是|说.{0,6}是|"
        r"称.{0,6}为|所谓|不是|并非|别再|不要|不能|谁说|难道|"
        r"(怒斥|痛斥|斥责|指责|质疑|控诉|批评).{0,8}(是|为)"
    )
    COUNTER_SPEECH = re.compile(r"扣帽子|贴标签|上纲上线|上升到|别动不动|这种标签")
    MOBILIZE = re.compile(
        r"大家|兄弟们|姐妹们|家人们|朋友们|各位|所有人|一起|集合|组织|"
        r"统一(行动|去|时间)|每人|一人[0-9一二三四五六七八九十几]+条|人越多越好|都去|冲冲冲"
    )
    PILE_ON = re.compile(
        r"冲.{0,8}(评论区|官博|私信|直播间|主页|超话)|冲锋|冲上热门|冲热门|刷差评|"
        r"刷[0-9一二三四五六七八九十几百]+条|刷屏|轰炸|爆破|攻陷|挂(他|她)|打爆|骂死|"
        r"让大家(骂|喷|冲)|一起(骂|喷)|去(他|她)家|家楼下|堵(他|她)|"
        r"(官博|评论区|旗舰店|直播间|超话).{0,8}(刷|冲|骂|喷)|"
        # Gathering under a person's own account (去她号下面集合); see _ACCOUNT_ACTION.
        r"(去|到|来)(他|她)的?" + _ACCOUNT_ACTION + "|"
        r"给我(狠狠|使劲|往死里)?(地)?(骂|喷|冲)"
    )
    # The same gathering under an account named by its owner's name (去邵明岚微博下面集合): a
    # pile-on when `who` is a registered person (a company's official account is where
    # customers press complaints).
    NAMED_ACCOUNT = re.compile(r"(去|到|来)(?P<who>[^。.!?;,]{2,8}?)的?" + _ACCOUNT_ACTION)
    # Flooding a personal phone: the harassing act, not a call that went unanswered (打爆了也
    # 没人接) nor a plain "call this number".
    PHONE_HARASS = re.compile(
        r"打爆(?![了过])|呼死|(短信|电话|信息|消息)轰炸|轰炸(他|她)|往死里打|轮流打|"
        r"(天天|一直|24小时|每天)打(?!卡|折|包|车)|打到(他|她)?(关机|崩溃|停机|换号|为止)|"
        r"(想|要)(骂|喷|问候)(他|她|它)?的.{0,4}(直接|都|去)?打|"
        r"打(过去|电话)?(骂|问候|喷|教育)(他|她)|call\s?爆"
    )
    # Customers flooding a company's hotline with complaints (打爆客服电话) campaign; they do
    # not harass a person.
    HOTLINE = re.compile(r"客服|热线|投诉电话|服务电话|官方电话|400|800|12315|12345")
    # A personal number given out: a mobile number, or one called private.
    # (A hotline, 客服电话 or 投诉电话, is the company's: flooding it is a complaint campaign.)
    PERSONAL_NUMBER = re.compile(
        r"(私人|个人|本人|家里|家庭)的?(手机|电话|号码|座机)|手机号?码?|(他|她)的?(电话|号码)"
    )
    # Ruining a person socially is incitement by itself; exposing one is when the same text
    # insults him (a worker exposing unpaid wages is not).
    SOCIAL_DEATH = re.compile(
        r"让(他|她|其|这人|此人)(彻底)?社死|社死(他|她)|网暴(他|她)|"
        r"扒(他|她)的?(底|祖宗|全家|户口)|让(他|她)(身败名裂|混不下去|没法做人)"
    )
    # Doxxing condemned (人肉别人是违法的, 别人肉) or its spread stopped (大家别转发，直接举报)
    # warns against the doxx; it does not call for it.
    DOXX_CONDEMNED = re.compile(
        r"(人肉|开盒)[^。.!?;,]{0,6}(是|属于|涉嫌|都是)?(违法|犯法|犯罪|侵权|侵犯隐私|不对|不可取)|"
        r"(别|不要|勿|禁止|反对|拒绝|抵制|严禁)(再|去)?(人肉|开盒)"
    )
    SPREAD_STOPPED = re.compile(
        r"(别|不要|勿|请勿|切勿|不要再|千万别)(再)?(转发|扩散|传播|外传)|(直接|赶紧|一起|已)(截图)?举报"
    )
    # A list of accounts hung out (名单我整理好了…全部挂出来了) or a line to post in turns
    # (大家一人一条‘…’): a pile-on when the text also carries a label.
    LIST_OUT = re.compile(
        r"(名单|账号|号|个人信息|信息|主页)[^。.!?;]{0,16}(全部|都|统统|已经?)?挂(出来|上来|好了|在)"
    )
    CHANT = re.compile(
        r"(一人|每人|每个人|人手)(一|[0-9二三四五六七八九十几]+)(条|句|遍)|"
        r"统一(发|刷|喊|评论|留言|口号)|复制(这句|下面这句|粘贴)"
    )
    # A harassment rota: accounts shared out, messaged in turns, until the owner leaves.
    ROTA = re.compile(
        r"(每人|一人|每个人|各自|人手)(认领|领|负责|包|盯)?[^。.!?;,]{0,2}(一个|1个)(号|账号|平台)?|"
        r"认领(一个|账号|平台)|"
        r"分工|轮流(去|着)?(私信|骂|发|@|艾特|评论|问候|刷|留言)|(天天|每天|挨个|24小时)(去)?私信"
    )
    HOUNDING = re.compile(
        r"(私信|评论|留言|艾特|@)[^。.!?;,]{0,3}(骂|轰炸|问候|辱骂|喷|输出|开火)|"
        r"(直到|骂到|刷到|搞到|逼到|弄到|喷到)(他|她|对方)?[^。.!?;,]{0,4}"
        r"(销号|注销|退网|删号|关评|封号|闭嘴|滚蛋?|消失)"
    )
    SHARED_OUT = re.compile(r"每人|一人|每个人|各自|人手")
    # The rota told to condemn it, or people asked to stop.
    ROTA_CONDEMNED = re.compile(
        r"(这种|这是|属于|就是|纯属)[^。.!?;,]{0,4}(网暴|网络暴力|违法|犯罪|霸凌)|"
        r"(必须|应该|请|要)(制止|抵制|举报|报警)|有人(号召|组织|煽动|整理|发起)|"
        r"(别|不要|请勿|停止)(再)?(私信|骂|网暴)"
    )
    # An employee of a named enterprise exposed for harassment (挂人: 滨江店那个姓孟的护士长,
    # 图二就是她): a job title or a surname picks out one person at the workplace.
    STAFF = re.compile(
        r"姓[\u4e00-\u9fff]{1,2}?的|[\u4e00-\u9fff]姓|"
        r"(店长|护士长|护士|医生|护工|院长|主任|经理|主管|销售|客服|前台|收银员?|服务员|"
        r"保安|老师|教练|顾问|师傅|领班|厨师长?|店员|员工|导购|组长|班长)(?![^。.!?;,]{0,2}(们|团队))"
    )
    # Ruining such a person where she lives or works (让她在杭州混不下去, 扩散到她在成都待不
    # 下去为止), and insulting her on sight (见一次骂一次, 看到就骂): a call to harass.
    HARASS_CALL = re.compile(
        r"(让|到|得)(他|她|其|这人|此人)(在|从)[^。.!?;,]{1,8}?"
        r"(混不下去|待不下去|呆不下去|干不下去|活不下去|无法立足|没法立足|没有立足之地|身败名裂|社死|"
        r"混不了|待不了|没脸见人|没脸出门)|"
        r"骂到(他|她)[^。.!?;,]{0,4}(辞职|离职|滚|走人|退网|混不下去|待不下去)|"
        r"(每次|天天|每天)[^。.!?;,]{0,6}(去|都)(骂|啐|堵)(他|她)|"
        r"(见|看到|见到|遇到|碰到|遇见)(他|她)?(一次|就|了就)[^。.!?;,]{0,2}"
        r"(骂|啐|喷|打(?!电话|折|卡|车|包|call|听|招呼)|吐口水|泼)"
    )
    # Spreading the exposure (扩散, 转起来, 记住这张脸) calls on the crowd as 大家 does.
    SPREAD = re.compile(r"扩散|转起来|转发|帮忙转|记住(他|她|这张脸|这个人)")
    # The call told of to condemn it, or reported as news.
    HARASS_REPORTED = re.compile(
        r"网暴|网络暴力|过分|违法|犯罪|举报|报警|警方|立案|别再|不要再|有人(号召|组织|煽动|挂)|"
        r"(号召|煽动)(网友|大家)|新闻|记者|据报道|据悉|通报"
    )
    EXPOSE_PERSON = re.compile(r"(?<!不能)(?<!别)(全网|到处|一起)?(曝光|挂|扒)(他|她)(?!们)")
    PRONOUN = re.compile(r"他|她|它|这家|此人|这种人|该公司|这货")
    # Everyday slurs aimed through a pronoun need it as their subject (她就是个贱人).
    SUBJECT_PRONOUN = re.compile(
        r"(他|她|这货|此人|这人)(?!们)\s*"
        r"(的|就是|也是|真是|纯纯|简直是|是|这个|这种|那个|一个|个|=)*\s*$"
    )
    # A curse phrase that starts with the pronoun (他的儿子迟早出车祸).
    PRONOUN_LEAD = re.compile(r"(他|她)(?!们)")
    SECOND_PERSON = re.compile(r"你(?!们)")
    # Words around a slur that add nothing to it (狗奴才一个, 就是个贱人罢了!).
    FILLER = re.compile(
        r"[\s,.!?;:，。！？；：、@#“”‘’\"'()（）…~～]|就是|纯纯|简直|真是|一个|一条|罢了|而已|"
        r"[个条吧啊呢的呀嘛啦哦这那]"
    )
    EVERYDAY_LABELS: ClassVar[frozenset[str]] = frozenset(
        words("奴才 狗奴才 杂碎 狗杂碎 畜生不如 疯狗 癞皮狗 渣滓 臭虫 贱种")
    )
    # Said of the person, or to her (邵明岚你个sb).
    PREDICATION = re.compile(
        r"\s*(你|您)?\s*(就是|也是|真是|纯纯|简直是|是|=)?\s*(个|一个|这个|这种)?\s*"
    )
    WEAK_MIN_OFFENSE = 0.7
    # Curses written as a phrase rather than a term: harm wished on the family (全家都该遭报
    # 应, 他的孩子迟早出车祸), a death wished as a greeting (祝你早日去世), the street curse.
    CURSE_PHRASES = re.compile(
        r"(全家|一家(人|老小|子)?|家里人|祖宗十八代|十八代祖宗|"
        r"(他|她|你)的?(孩子|儿子|女儿|妈|爸|老婆|老公|家人|爹|娘))"
        r"[^。.!?;,]{0,4}?(都|全)?(该|会|要|得|就该|活该|迟早|早晚|必|一定|统统)[^。.!?;,]{0,3}?"
        r"(死|遭报应|报应|出事|出车祸|被车撞|得癌|得绝症|生病|暴毙|遭殃|没好下场|不得好死)|"
        r"祝[^。.!?;,]{0,4}?(全家|一家(人|老小)?|家人)?(早日|早点|赶紧)"
        r"(去世|升天|暴毙|归西|去死|死)|"
        r"出门(就|都|必|该)?被车撞(?![了伤倒过])|"
        r"报应[^。.!?;,]{0,6}?(落到|落在|应在|报到)[^。.!?;,]{0,8}?"
        r"(孩子|儿子|女儿|家人|全家|子孙|后代)身上|(全家|一家)[^。.!?;,]{0,2}火葬场"
    )
    # A servant of a foreign power or of capital (这条美国人的狗, 甘当日本人的奴才): said as a
    # predicate; "日本的狗很可爱" is about dogs.
    SERVANT = re.compile(
        r"(这条|一条|是|就是|当|做|甘当|甘做|成了|条)"
        r"(美国|美帝|日本|小日本|外国|洋人|鬼子|西方|老美|米国|资本家?)(人|佬|主子)?"
        r"(的|养的|家的)(一条)?(狗|走狗|奴才|哈巴狗|看门狗)(?![粮绳窝])"
    )
    # Telling a target to get out of the country or the trade: a hostile frame.
    EXPEL = re.compile(r"滚出[^。.!?;,]{0,6}|滚回[^。.!?;,]{0,4}")
    # A label clause that has a subject of its own (黑子们不得好死) is not said of the target.
    OTHER_SUBJECT = re.compile(
        r"(?<![他她它])们|楼上|楼主|这些人|那些人|黑子|喷子|键盘侠|水军|造谣的"
    )
    # A label as the topic of a lesson or a debate (买办阶级的历史, 汉奸这个词) names no one.
    TOPIC = re.compile(
        r"\s?(阶级|制度|历史|文化|问题|现象|话题|一词|这个词|这个称呼|这个标签|的定义|的由来)"
    )
    # A label heading a company noun (卖国贼企业) is said of the company named before it.
    COMPANY_HEAD = re.compile(r"\s?(企业|公司|品牌|集团|老板|商家)")
    # News of such abuse, the victim's side told, or a call condemned: quoted labels and the
    # calls it tells of are reported, not made.
    REPORTED = re.compile(
        r"据报道|据悉|据了解|记者|通报|已报警|已立案|立案调查|警方(已|通报|介入|立案|调查)|"
        r"(遭遇|遭到|遭受|受到|饱受|遭)[^。.!?;,]{0,4}"
        r"(网暴|网络暴力|辱骂|谩骂|攻击|围攻|人肉|骚扰|诅咒)|报警[0-9一二三四五六七八九十几多]+次|报了警|"
        r"被[^。.!?;,]{0,3}(网暴|网络暴力|人肉|围攻)|"
        r"有(人|网友|些人|部分网友|一批人)[^。.!?;,]{0,3}(组织|号召|煽动|发起|在)|"
        r"(这种|此类|这类|这些)[^。.!?;,]{0,4}(行为|网暴|言论)[^。.!?;,]{0,6}"
        r"(违法|可耻|必须|应该|不可取|要不得|制止)|必须制止|何时休|(拒绝|抵制|反对)网暴|网暴可耻"
    )
    # Flooding a stream with gifts and likes (刷礼物冲榜, 冲人气) is support, not a pile-on.
    SUPPORT = re.compile(
        r"礼物|好评|人气|打榜|冲榜|火箭|点赞|爱心|支持|应援|加油|守护|力挺|销量|嘉年华|关注"
    )
    HOSTILE = re.compile(r"骂|喷|轰炸|爆破|攻陷|举报|差评|开火|输出|问候")
    # An organised pile-on: a venue of the target, a hostile act there, and coordination.
    VENUE = (
        r"(直播间|官方号|官号|官博|官微|评论区|微博|主页|账号|超话|视频|抖音号?|快手|小红书|"
        r"公众号|b站|店铺|旗舰店|号)"
    )
    VENUE_ACT = re.compile(
        VENUE + r"[^。.!?;]{0,12}?(刷屏|刷|骂|喷|举报|轰炸|开火|输出|控评|问候)|"
        r"(冲|攻|轰炸|爆破|炸|刷|骂|喷|举报)[^。.!?;,]{0,8}?" + VENUE
    )
    SCHEDULE = re.compile(
        r"(今晚|明晚|今天晚上|明天晚上|每晚|每天晚上|晚上|今夜|晚|周[一二三四五六日末]晚?|今天|明天|"
        r"下午|中午|早上|凌晨)[^。.!?;,]{0,2}[0-9一二三四五六七八九十两]+\s*(点|时|:)|"
        r"(?<![0-9])[0-2]?[0-9]:[0-5][0-9](?![0-9])|准时|统一时间|每晚|轮班|排班"
    )
    SILENCED = re.compile(
        r"(骂|刷|举报|喷|冲|搞|轰炸|刷屏|问候)到[^。.!?;,]{0,6}?"
        r"(下播|关播|关直播|下线|停播|封号|封禁|关评|关闭|删号|销号|退网|闭嘴|滚|崩|瘫痪|炸)|"
        r"直到[^。.!?;,]{0,8}?(下播|关播|下线|停播|封号|封禁|关评|关闭|删号|销号|退网)|"
        r"让(他|她|它|他们|她们)[^。.!?;,]{0,4}?"
        r"(下播|关播|关直播|停播|封号|被封|关评|删号|销号|退网|闭嘴)"
    )
    PROOF = re.compile(
        r"截图[^。.!?;,]{0,4}群|群里[^。.!?;,]{0,3}(报数|打卡|交图|汇报|报到)|战果|交截图"
    )
    # What customers press a company for (骂到他们给退款为止): a complaint campaign.
    COMPLAINT_GOAL = re.compile(r"退款|退钱|退费|赔偿|赔钱|说法|道歉|处理|解决|回应|答复|维权")
    AT_HOME = re.compile(r"家|堵")
    # Mass reports against an impostor account are the owner's remedy, not a pile-on.
    IMPOSTOR = re.compile(r"假冒|冒充|仿冒|山寨|高仿|骗子号|假号|诈骗")
    # An account or post set up to hound a target (讨伐…, 专治…, 倒…联盟), and its schedule or
    # how to join it.
    CRUSADE = re.compile(
        r"讨伐|征讨|围剿|专治|专骂|专黑|打倒|[倒反黑][\u4e00-\u9fff]{1,5}(联盟|大队|小分队|战队)|"
        r"黑粉(大本营|基地|联盟|团|站|群)|(每日|每天|日)一骂"
    )
    CRUSADE_ACT = re.compile(r"刷屏|刷(?!新|卡|牙)|骂|喷|冲|轰炸|举报|开火|攻陷|爆破")
    HARSH_ACT = re.compile(r"开骂|骂|刷屏|轰炸|喷|举报|问候")
    JOIN = re.compile(r"私信|进群|加群|入群|拉群|加入|招人|招募|报名|上车")

    EXAMPLES = (
        Example({"text": "澄屿就是个汉奸企业，顾南笙卖国贼，谁买谁是二鬼子"}, "targeted_abuse"),
        Example({"text": "澄屿 = han jian 企业，顾南笙就是个 mai guo zei"}, "targeted_abuse"),
        Example(
            {"text": "兄弟们集合！今晚九点去澄屿官博评论区每人刷十条，让顾南笙好好看看"},
            "targeted_abuse",
        ),
        Example({"text": "澄屿的售后太慢了，定价也高，管理层该反思。"}, None),
        Example({"text": "有人骂澄屿是汉奸企业，这种扣帽子很无聊，批评就批评具体问题。"}, None),
        Example({"text": "民营经济正在退场，国进民退是事实。"}, None),
    )

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        self.targets = TargetResolver(registry)
        person_slurs = dict.fromkeys(self.PERSON_SLURS, "dehumanization")
        framed = dict.fromkeys(self.FRAMED_LABELS, "dehumanization")
        curses = dict.fromkeys(self.CURSES, "curse")
        self.strong = TermMatcher(
            {**self.LABELS, **person_slurs, **framed, **curses, **self.DOXXING},
            initialisms=self.INITIALISMS,
        )
        self.weak = TermMatcher(self.WEAK_LABELS, homophones=False, initialisms=self.INITIALISMS)

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        for field in self.FIELDS:
            normalized = item.get(field)
            if normalized is None:
                continue
            finding = self._detect_field(item, field, normalized)
            if finding is not None:
                return [finding]
        return []

    def _detect_field(
        self, item: NormalizedItem, field: TextField, normalized: NormalizedText
    ) -> Finding | None:
        original = normalized.original
        view = lexicon_view(original, normalized)
        attacks = self._strong_attacks(view)
        incitement = self._incitement(view, attacks)
        named_account = (
            self._mobilized(view, self.NAMED_ACCOUNT)
            if incitement is None and not self.REPORTED.search(view.text)
            else None
        )
        if (
            not attacks
            and incitement is None
            and named_account is None
            and not self.weak.find(view.text)
        ):
            return None  # no attack: no need to resolve targets (the costly part)
        targets = self.targets.find(item, field)
        if not targets:
            return None
        if named_account is not None:
            incitement = self._at_persons_account(view, named_account, targets)
        framed = self._framed(view, attacks)
        aimed = [
            (a, t)
            for a in attacks
            if a.kind != "doxxing"
            for t in self._aimed_at(a, targets, original)
            if self._fits(a, t, framed)
        ][:1]
        offense = self._offense(normalized.text)
        if not aimed and incitement is None:
            model_says = (offense or 0.0) >= self.WEAK_MIN_OFFENSE
            aimed = self._weak_attacks(view, original, targets, model_says=model_says)
        if not aimed and incitement is None:
            return None
        target = aimed[0][1] if aimed else self._incited(targets)
        evidence = [self._target_evidence(field, original, target)]
        evidence += [self._attack_evidence(field, original, a) for a, _ in aimed]
        if incitement is not None:
            evidence.append(incitement_evidence(field, original, incitement))
        if offense is not None:
            evidence.append(
                Evidence(
                    kind="offense_score",
                    description=(
                        f"The COLD-trained offensive-language model scores the text {offense:.2f}."
                    ),
                    similarity=round(offense, 4),
                    details={"model": "offense_model"},
                )
            )
        base = 0.85 if aimed and incitement else 0.75 if incitement else 0.7
        if aimed and aimed[0][0].kind == "insult":
            base = 0.6
        score = base + 0.1 * (offense if offense is not None else 0.5)
        return self.finding(item.item, score, evidence, target=target.entity_id)

    def _fits(self, attack: _Attack, target: TargetHit, framed: bool) -> bool:
        """Whether this kind of attack can be aimed at this kind of target."""
        person = target.entity_id in self.registry.people
        if attack.term in self.PERSON_SLURS or attack.kind in self.PERSON_KINDS:
            return person
        return person or framed or attack.term not in self.FRAMED_LABELS

    def _framed(self, view: NormalizedText, attacks: list[_Attack]) -> bool:
        """A hostile frame around scum labels: expulsion (滚出中国) or a stronger label."""
        if self.EXPEL.search(view.text):
            return True
        return any(a.term not in self.FRAMED_LABELS and a.kind != "doxxing" for a in attacks)

    def _strong_attacks(self, view: NormalizedText) -> list[_Attack]:
        text = view.text
        found: list[_Attack] = []
        counter = self.COUNTER_SPEECH.search(text) is not None
        reported = self.REPORTED.search(text) is not None
        phrases = [
            (kind, m.group(), m.start(), m.end())
            for kind, pattern in (("curse", self.CURSE_PHRASES), ("degrading_label", self.SERVANT))
            for m in pattern.finditer(text)
        ]
        # A phrase holds its subject (他女儿…遭报应): it wins over a term inside it.
        terms = [
            (m.group, m.term, m.start, m.end, m.how)
            for m in self.strong.find(text)
            if not any(s < m.end and m.start < e for _, _, s, e in phrases)
        ]
        for group, term, start, end, how in terms + [
            (k, t, s, e, "phrase") for k, t, s, e in phrases
        ]:
            if group != "doxxing" and (
                counter
                or preceded_by(text, start, self.DISTANCING)
                or self.TOPIC.match(text, end)
                # Abuse quoted in a report of it (辱骂“不得好死”) is the reporter's evidence.
                or (reported and _quoted(text, start))
            ):
                continue
            found.append(_attack(view, group, term, how, start, end))
        return sorted(found, key=lambda a: a.start)

    def _weak_attacks(
        self, view: NormalizedText, original: str, targets: list[TargetHit], *, model_says: bool
    ) -> list[tuple[_Attack, TargetHit]]:
        """A milder insult predicated of a registered person.

        It counts when the model reads the text as abuse, or when the person's name is
        hidden in initials (卞yc就是个sb): written so to slip past filters, it is aimed.
        """
        if not model_says:
            targets = [t for t in targets if t.how == "initials"]
            if not targets:
                return []
        for match in self.weak.find(view.text):
            if preceded_by(view.text, match.start, self.DISTANCING):
                continue
            attack = _attack(view, "insult", match.term, match.how, match.start, match.end)
            for target in targets:
                between = original[target.end : attack.start]
                is_person = target.entity_id in self.registry.people
                if is_person and target.end <= attack.start and self.PREDICATION.fullmatch(between):
                    return [(attack, target)]
        return []

    def _aimed_at(
        self, attack: _Attack, targets: list[TargetHit], original: str
    ) -> list[TargetHit]:
        """Targets named in the label's clause; else one it refers back to.

        A short clause ("霁川，汉奸企业！", "霁川？吸血鬼企业罢了") or one with a pronoun
        ("他就是个汉奸") refers to the last target named in its sentence or the one before.
        """
        c_start, c_end = attack.clause
        same = [t for t in targets if c_start <= t.start < c_end]
        clause = original[c_start:c_end]
        if not same and self.OTHER_SUBJECT.search(clause):
            return []  # 黑子们不得好死: said of someone else
        if same:
            # A name right after the label is its apposition (那个毒妇邵明岚); otherwise the
            # name nearest before the label is what it is said of (澜汀那个姓卞的…人渣).
            apposed = [t for t in same if 0 <= t.start - attack.end <= APPOSITION_GAP]
            if apposed:
                return apposed[:1]
            return sorted(same, key=lambda t: (t.end > attack.start, attack.start - t.end))
        s_start = attack.previous_sentence[0]
        before = [t for t in targets if s_start <= t.start and t.end <= c_start]
        if self._everyday(attack):
            return before[-1:] if self._closely_refers(attack, before, original) else []
        company = self.COMPANY_HEAD.match(original, attack.end) is not None
        expel = self.EXPEL.search(clause) is not None
        if not (self.PRONOUN.search(clause) or c_end - c_start <= SHORT_CLAUSE or company or expel):
            return []
        if company:
            # 卖国贼企业 is said of a company, never of the person named before it.
            before = [t for t in before if t.entity_id in self.registry.enterprises]
        elif expel and not self.PRONOUN.search(clause):
            # Told to get out (滚出教育圈) with a person and her company named: she is told.
            before = [t for t in before if t.entity_id in self.registry.people] or before
        return before[-1:]

    def _everyday(self, attack: _Attack) -> bool:
        """Slurs, scum labels and curses that users also throw at each other."""
        return (
            attack.kind == "curse"
            or attack.term in self.PERSON_SLURS
            or attack.term in self.FRAMED_LABELS
            or attack.term in self.EVERYDAY_LABELS
        )

    def _closely_refers(self, attack: _Attack, before: list[TargetHit], original: str) -> bool:
        """Whether an everyday slur outside the target's clause is still said of the target.

        It is when its clause is the slur alone (邵明岚？狗奴才一个), when a pronoun is its
        subject (她就是个贱人, 他的儿子迟早出车祸), or when the clause before it only names
        the target (卞逸尘，你全家…). Users quarrel in the same words, so a slur elsewhere
        in a longer clause is not taken as aimed at a name in another sentence.
        """
        if not before:
            return False
        c_start, c_end = attack.clause
        head = original[c_start : attack.start]
        residue = self.FILLER.sub("", head + original[attack.end : c_end])
        # The slur alone, in the clause right after the one naming the target.
        between = original[before[-1].end : c_start]
        adjacent = sum(c in CLAUSE_END for c in between) <= 1
        if len(residue) <= LABEL_ALONE and adjacent:
            return True
        if self.SUBJECT_PRONOUN.search(head) or self.PRONOUN_LEAD.match(attack.term):
            return True
        if not self.SECOND_PERSON.search(head + attack.term):
            return False
        # Vocative: the clause before is the target's name alone (卞逸尘，你…).
        last = before[-1]
        p_start, _ = clause_at(original, last.start)
        vocative = original[p_start : last.start] + original[last.end : c_start]
        return len(self.FILLER.sub("", vocative)) <= LABEL_ALONE

    def _incited(self, targets: list[TargetHit]) -> TargetHit:
        """Whom a call to act is against: a registered person named, else the first target."""
        return next((t for t in targets if t.entity_id in self.registry.people), targets[0])

    def _incitement(
        self, view: NormalizedText, attacks: list[_Attack]
    ) -> tuple[tuple[int, int], ...] | None:
        """Original spans of a doxxing call, or of a call to mass action and the action."""
        doxx = [a for a in attacks if a.kind == "doxxing"]
        if doxx and not self._doxx_condemned(view):
            return ((doxx[0].start, doxx[0].end),)
        labels = [a for a in attacks if a.kind != "doxxing"]
        chant = self._chanted(view, labels)
        if chant is not None:
            return chant
        personal = self._phone_harassment(view)
        if personal is not None:
            return personal
        ruin = self.SOCIAL_DEATH.search(view.text)
        if ruin is not None:
            return (view.to_original(*ruin.span()),)
        rota = self._rota(view)
        if rota is not None:
            return rota
        staff = self._staff_harassment(view)
        if staff is not None:
            return staff
        expose = self.EXPOSE_PERSON.search(view.text)
        labelled = any(a.kind != "curse" for a in attacks) or self.weak.find(view.text)
        if expose is not None and labelled:
            return (view.to_original(*expose.span()),)
        if self.REPORTED.search(view.text):
            return None  # the calls below are told of, not made
        return self._organised(view) or self._crusade(view) or self._pile_on(view)

    def _pile_on(self, view: NormalizedText) -> tuple[tuple[int, int], ...] | None:
        """A call to act together and a hostile act against an account or venue."""
        text = view.text
        action = next(
            (
                a
                for a in self.PILE_ON.finditer(text)
                if not self.HOTLINE.search(text[max(0, a.start() - 12) : a.end() + 12])
                and not self._supportive(text, a)
                and not self._complaint(text, a)
            ),
            None,
        )
        if action is None:
            return None
        mobilize = self._mobilizer(text, action)
        if mobilize is None:
            return None
        return (view.to_original(*mobilize.span()), view.to_original(*action.span()))

    def _supportive(self, text: str, action: re.Match[str]) -> bool:
        """Fans flooding a stream with gifts (直播间支持她，刷礼物冲榜): support, not a pile-on."""
        window = text[max(0, action.start() - 6) : action.end() + 8]
        return bool(self.SUPPORT.search(window)) and not self.HOSTILE.search(window)

    def _complaint(self, text: str, action: re.Match[str]) -> bool:
        """Customers scolding a company until it refunds (骂到他们给退款为止): a complaint.

        A crowd at a person's home (去他家楼下讨说法) is no complaint, whatever it asks.
        """
        if self.AT_HOME.search(action.group()):
            return False
        window = text[max(0, action.start() - 12) : action.end() + 16]
        return bool(self.COMPLAINT_GOAL.search(window)) and not self.SILENCED.search(window)

    def _organised(self, view: NormalizedText) -> tuple[tuple[int, int], ...] | None:
        """A crowd sent to a venue at a set time, until it is silenced, with proof to post."""
        text = view.text
        act = next(
            (a for a in self.VENUE_ACT.finditer(text) if not self._supportive(text, a)), None
        )
        if act is None or self.HOTLINE.search(text):
            return None
        if "举报" in act.group() and self.IMPOSTOR.search(text):
            return None  # reporting an impostor account is the remedy
        silenced, proof = self.SILENCED.search(text), self.PROOF.search(text)
        if silenced is None and self.COMPLAINT_GOAL.search(text):
            return None  # customers pressing for a refund campaign; they do not silence
        marks = [m for m in (self.SCHEDULE.search(text), silenced, proof) if m is not None]
        mobilize = self._mobilizer(text, act)
        if mobilize is None or len(marks) < 2 or (silenced is None and proof is None):
            return None
        return tuple(view.to_original(*m.span()) for m in (mobilize, act, *marks))

    def _crusade(self, view: NormalizedText) -> tuple[tuple[int, int], ...] | None:
        """An account or post set up to hound a target, with its schedule or way to join.

        A banner that tells the target to get out (…滚出家居圈) is one when a schedule of
        abuse follows it (每晚8点准时开骂); with a boycott (别买了) it is not.
        """
        text = view.text
        if self.HOTLINE.search(text):
            return None
        crusade = self.CRUSADE.search(text)
        if crusade is not None:
            act = self.CRUSADE_ACT.search(text, crusade.start())  # 每日一骂 names its act
            how = self.SCHEDULE.search(text) or self.JOIN.search(text)
        else:
            crusade = next(
                (
                    m
                    for m in self.EXPEL.finditer(text)
                    if not _quoted(text, m.start())
                    and not preceded_by(text, m.start(), self.DISTANCING)
                ),
                None,
            )
            act = self.HARSH_ACT.search(text)
            how = self.SCHEDULE.search(text)
        if crusade is None or act is None or how is None:
            return None
        return tuple(view.to_original(*m.span()) for m in (crusade, act, how))

    def _staff_harassment(self, view: NormalizedText) -> tuple[tuple[int, int], ...] | None:
        """An employee picked out by title or surname, and a crowd called to harass her.

        The enterprise must still be named (the caller resolves targets); a complaint about
        the employee asks nothing of the crowd, and a report of such a call condemns it.
        """
        text = view.text
        call = self.HARASS_CALL.search(text)
        if call is None or self.HARASS_REPORTED.search(text):
            return None
        staff = self.STAFF.search(text)
        mobilize = self._mobilizer(text, call) or self.SPREAD.search(text)
        if staff is None or mobilize is None:
            return None
        return tuple(view.to_original(*m.span()) for m in (staff, mobilize, call))

    def _rota(self, view: NormalizedText) -> tuple[tuple[int, int], ...] | None:
        """Accounts shared out among a crowd to hound their owner, unless condemned."""
        text = view.text
        rota = self.ROTA.search(text)
        hounding = self.HOUNDING.search(text)
        if rota is None or hounding is None or self.ROTA_CONDEMNED.search(text):
            return None
        # Accounts shared out one each (每人认领一个) address a crowd themselves.
        mobilize = self._mobilizer(text, rota) or self.SHARED_OUT.match(rota.group())
        if mobilize is None:
            return None
        return tuple(view.to_original(*m.span()) for m in (mobilize, rota, hounding))

    def _doxx_condemned(self, view: NormalizedText) -> bool:
        """Doxxing named as unlawful, or its spread stopped: a warning, not a call."""
        text = view.text
        return bool(self.DOXX_CONDEMNED.search(text) or self.SPREAD_STOPPED.search(text))

    def _chanted(
        self, view: NormalizedText, labels: list[_Attack]
    ) -> tuple[tuple[int, int], ...] | None:
        """A label handed out to post in turns (一人一条‘…’), or accounts hung out beside one."""
        if not labels:
            return None
        text = view.text
        for chant in self.CHANT.finditer(text):
            quote = _QUOTED.match(text, chant.end())
            if quote is None:
                continue
            q_start, q_end = view.to_original(*quote.span())
            if any(q_start <= a.start and a.end <= q_end for a in labels):
                return (view.to_original(chant.start(), quote.end()),)
        for listed in self.LIST_OUT.finditer(text):
            mobilize = self._mobilizer(text, listed)
            if mobilize is not None:
                return (view.to_original(*mobilize.span()), view.to_original(*listed.span()))
        return None

    def _mobilizer(self, text: str, action: re.Match[str]) -> re.Match[str] | None:
        """The call to act together (大家, 姐妹们集合) near an action, if any."""
        return next(
            (
                m
                for m in self.MOBILIZE.finditer(text)
                if abs(m.start() - action.start()) <= MOBILIZE_REACH
            ),
            None,
        )

    def _mobilized(self, view: NormalizedText, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The first action of `pattern` that a call to act together stands near."""
        return next(
            (a for a in pattern.finditer(view.text) if self._mobilizer(view.text, a) is not None),
            None,
        )

    def _at_persons_account(
        self, view: NormalizedText, action: re.Match[str], targets: list[TargetHit]
    ) -> tuple[tuple[int, int], ...] | None:
        """The gathering's spans when the account it names is a registered person's."""
        start, end = view.to_original(*action.span("who"))
        person = any(
            start <= t.start and t.end <= end and t.entity_id in self.registry.people
            for t in targets
        )
        mobilize = self._mobilizer(view.text, action)
        if not person or mobilize is None:
            return None
        return (view.to_original(*mobilize.span()), view.to_original(*action.span()))

    def _phone_harassment(self, view: NormalizedText) -> tuple[tuple[int, int], ...] | None:
        """A personal number and a call to flood it, within one stretch of text."""
        text = view.text
        for action in self.PHONE_HARASS.finditer(text):
            window = text[max(0, action.start() - 60) : action.end() + 30]
            number = next(
                (c for c in find_contacts(normalize(window)) if c.kind == "phone"), None
            ) or self.PERSONAL_NUMBER.search(window)
            if number is not None:
                return (view.to_original(*action.span()),)
        return None

    def _offense(self, text: str) -> float | None:
        model = shipped_model()
        # The model learned the written-out words: it reads "sb" as 傻逼.
        return model.score(expand_initialisms(text, self.INITIALISMS)) if model else None

    def _target_evidence(self, field: TextField, original: str, target: TargetHit) -> Evidence:
        return Evidence(
            kind="target_mention",
            description=f"Names the registered {self.targets.label(target.entity_id)}"
            f" ({target.how}).",
            span=_span(field, original, target.start, target.end),
            registry_ref=target.entity_id,
            matched=target.name,
            details={"how": target.how},
        )

    def _attack_evidence(self, field: TextField, original: str, attack: _Attack) -> Evidence:
        return Evidence(
            kind=attack.kind,
            description=f"Aims the {attack.kind.replace('_', ' ')} “{attack.term}” at the target"
            f" ({attack.how}).",
            span=_span(field, original, attack.start, attack.end),
            matched=attack.term,
            details={"how": attack.how},
        )


def incitement_evidence(
    field: TextField, original: str, spans: tuple[tuple[int, int], ...]
) -> Evidence:
    """Evidence of a call to mass action (or doxxing) against the target."""
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    return Evidence(
        kind="pile_on_incitement",
        description="Calls on others to act together against the target.",
        span=_span(field, original, start, end),
        details={"parts": [original[s:e] for s, e in spans]},
    )


def _attack(view: NormalizedText, kind: str, term: str, how: str, start: int, end: int) -> _Attack:
    o_start, o_end = view.to_original(start, end)
    s_start, s_end = sentence_at(view.text, start)
    previous = sentence_at(view.text, s_start - 1) if s_start > 0 else (s_start, s_end)
    return _Attack(
        kind,
        term,
        how,
        o_start,
        o_end,
        view.to_original(s_start, s_end),
        view.to_original(previous[0], s_end),
        view.to_original(*clause_at(view.text, start)),
    )


_OPENING_QUOTES = "“‘「『"
_CLOSING_QUOTES = "”’」』"


def _quoted(text: str, pos: int) -> bool:
    """Whether position `pos` lies inside quotation marks in its sentence."""
    start, _ = sentence_at(text, pos)
    before = text[start:pos]
    depth = sum(before.count(c) for c in _OPENING_QUOTES) - sum(
        before.count(c) for c in _CLOSING_QUOTES
    )
    return depth > 0 or before.count('"') % 2 == 1


def _span(field: TextField, original: str, start: int, end: int) -> Span:
    return Span(field=field, start=start, end=end, text=original[start:end])
