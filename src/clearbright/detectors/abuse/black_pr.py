"""Category 7: recruiting or selling paid posting, deleting, suppressing and review-brushing.

A finding needs a black-PR service (删帖、撤热搜、负面压制、控评、水军、差评师、刷好评…,
also spelled in pinyin, initials, homophones or emoji: "sh tie", "shui jun", "刷🌊军") that
is *offered or recruited for*: a job or order cue (兼职、接单、日结), a business cue
(工作室、套餐、包月、按条计费), a price or a contact handle. A service that is refused or
reported (我们不接删帖业务, 警方打掉删帖团伙), a complaint about "水军" in the comments,
a genuine communications job ad, and journalism on the trade (a reporter's undercover
account of a review-brushing group's piece rates, an expert calling for enforcement) are not
findings: their prices and orders are described, not offered.

Astroturfing is also recruited as a side job with no service word at all: posting from
several accounts (用小号、自备5个以上微博号), with copy handed out (统一话术我们给、文案统一
下发) under assigned targets (指定视频、指定企业), paid by the piece or the day (0.8元/条、
一天稳200、日结). Two of those three parts and the pay make the work; an account-manager
job ad, an honest-review programme and a report on 网评员 have none of them or are journalism.
Posting from a supplied script alone (照我们发的文案发帖、评论、转发), paid by the day or the
piece (日结、一天接二三十单) and recruited for (兼职、宝妈学生、a contact), is the same work
with no target named. A warning about such "jobs" (都是骗局、千万别信) and a blogger telling
how she was asked to write paid bad reviews and reported it (有人私信问我接不接差评单…截图
举报了) offer nothing.
Reviews written from accounts that must look lived-in (号龄半年+, 号有头像有动态) with the
text handed out (内容我们给, or the quoted lines to post: 去笔记下面说‘…’) and paid in slang
units (一条3r) are the same work. Someone who came across others recruiting for it and names
it as wrongdoing (刷到有人在招人…这就是黑公关，已举报，希望平台查) reports it.

Recruiting "online commentators" is the same work under another name: daily posting quotas
(每天发帖不少于10条、评论30条), content handed out (内容由公司统一提供) against an unnamed
target (针对某餐饮连锁企业), paid by the day (日薪150), with the applicant's own accounts
(需自备3个以上账号) — an ordinary job gives its staff the company's accounts. Sold to business
owners, the trade takes reviews and videos down (差评删除、视频可下架、删除下架一条龙) with a call
to merchants and a way in (老板们、看主页、dd、🉑私). A reputation firm that works through
appeals and the courts (平台申诉、法律途径) offers no takedown. Aged accounts bought in bulk
(高价收3年以上微博老号，一个80，量大另谈，用途懂的都懂) are the accounts such work posts from;
one person selling her own old account is not. Bad reviews of places the writer never visits
(写探店差评…不用到店, 一条20r, 图文我们发你) are fake reviews; a customer who will write an
honest bad review, with the price of the meal she paid, sells nothing.
Bad-review notes posted to order (差评笔记代发, 避雷帖代写) or aimed at the buyer's competitors
(竞品避雷帖, 对家的踩雷笔记, 拉踩) and sold in bulk from "real users'" accounts (素人铺量, KOC,
100篇起) are fake reviews too; a remark that many such posts are planted sells nothing.

Suppression is sold to businesses as a menu: trending entries taken off (热搜撤除), topics
down-weighted (话题降权), negative videos and answers sunk or folded (负面视频下沉, 负面回答
折叠), negative entries and search suggestions cleared (负面词条清除, 把…联想词压下去), negative
notes "handled" at a price per note, with refunds (不见效退款), secrecy (签保密协议) and the
industries served; a website named for the services sells them. Bad reviews of a named
enterprise or a rival are recruited for with the claim handed out and pay per piece or on
proof (截图交单, 凭链接结账). Offers spelled in pinyin (shou ren, mei tiao 3 kuai, zhou jie)
are read back as Chinese (`PinyinReader`). An unpaid pile-on (大家都去他直播间刷…刷到他下播
为止) is targeted abuse, not black PR: black PR is paid, hired, sold or done from bought
accounts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from itertools import pairwise
from typing import ClassVar

from clearbright.categories import Category
from clearbright.detectors.abuse.contacts import Contact, find_contacts
from clearbright.detectors.abuse.context import CLAUSE_END, clause_at, preceded_by, sentence_at
from clearbright.detectors.abuse.offers import OfferFinder
from clearbright.detectors.abuse.pinyin_reading import PinyinReader
from clearbright.detectors.abuse.terms import TermMatch, TermMatcher, lexicon_view, span_of, words
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.model import Evidence, Finding, TextField
from clearbright.registry import Registry
from clearbright.text.normalize import NormalizedText

# What gets buried (负面视频, 差评, 热搜, 联想词) and how (下沉, 折叠, 降权, 清除).
_NEGATIVE = (
    r"(负面|差评|负评|中差评|吐槽|曝光|维权|投诉)"
    r"(视频|回答|笔记|帖子?|贴|文章|新闻|内容|信息|评价|评论|词条|链接|报道|百科)?"
)
_LISTED = r"(热搜|话题|联想词|下拉词|下拉框|相关搜索|搜索联想|搜索下拉)"
_BURY = r"(撤除|撤下|撤掉|降权|限流|下沉|沉底|折叠|清除|清理|清空|屏蔽|压制|隐藏|去除|消除|删除)"

# Offer cues count within this many characters of a service word.
CUE_WINDOW = 60
# Distinct reputation services that make a menu.
MENU_SIZE = 2
# Parts of side-job astroturfing (accounts, copy, targets, quotas) that must be present.
SOCK_PARTS = 2


class BlackPrDetector(Detector):
    """Paid posting/deleting, "negative handling" and review-brushing offered or recruited for."""

    name = "black_pr"
    categories = (Category.BLACK_PR,)
    FIELDS: ClassVar[tuple[TextField, ...]] = ("title", "text")
    # Services that are black PR whatever the wording around them.
    ILLICIT = words(
        "删帖 撤帖 删稿 撤稿 压稿 代删 有偿删帖 删除负面 删负面 撤负面 清理负面 屏蔽负面 删差评 "
        "撤差评 负面删除 负面清理 帖子删除 删除帖子 删黑料 撤热搜 降热搜 买热搜 刷热搜 "
        "负面压制 压制负面 压负面 控评 "
        "差评师 刷差评 刷好评 写差评 刷单 刷评 刷榜 刷阅读 刷播放 沉帖 降热度 集中举报 批量举报 "
        # Removing search suggestions, encyclopedia entries and public-opinion posts.
        "下拉词删除 下拉框删除 联想词删除 相关搜索删除 百科删除 舆情删除 负面新闻删除 "
        # Taking topics off the trending list and burying entries and reviews.
        "热搜撤榜 撤榜 撤话题 词条下沉 差评清理 清理差评 删评 删笔记 撤笔记 删视频 "
        # Reporting a buyer's competitors to the platforms (举报竞品) as a paid service.
        "举报竞品 举报同行 举报对家 举报对手"
    )
    # Names for the workers, also thrown at opponents ("一眼水军", "别带节奏"): black PR only
    # when hired for (a job cue, a contact or a piece rate with a price).
    ACTORS = words("水军 水贴 五毛党 带节奏 控场 网络推手 刷屏")
    # Reputation work that a legitimate agency also does: black PR only with a promise of
    # results (极速、包月、不达标退款、压到第三页).
    AMBIGUOUS = words(
        "负面处理 处理负面 负面信息处理 舆情处理 舆情维护 口碑维护 口碑优化 负面新闻处理"
    )
    # Rewriting search suggestions and encyclopedia entries (下拉词优化, 词条修改): manipulation
    # when sold with other reputation services, as a menu.
    STEERING = words("下拉词优化 下拉框优化 联想词优化 相关搜索优化 百科修改 词条修改 词条删除")
    # Posting tasks: black PR when paid by the piece.
    TASKS = words("点赞 刷量 刷粉 刷赞 发帖 代发 发评论 写评论 好评 养号 转发")
    # Offer words that sellers also spell in pinyin (shou ren, mei tiao, zhou jie, si wo):
    # read back as Chinese so that the offer patterns see them.
    CUE_WORDS = words(
        "招人 收人 招聘 招募 急招 兼职 接单 承接 派单 下单 日结 周结 月结 结算 交单 结账 领钱 "
        "私我 私聊 私信 滴滴 有需要 联系 咨询 加我 每条 一条 每篇 一篇 每单 一单 每个 一个 "
        "量大 从优 量大从优 包月 报价 价格 收费 全网 全平台 专业 工作室 竞品 同行 对家 热度 "
        "长期 起接 保密 退款 见效 不见效 老板 老板们 截图 链接"
    )
    SERVICES: ClassVar[dict[str, str]] = {
        **dict.fromkeys(ILLICIT, "illicit"),
        **dict.fromkeys(ACTORS, "actor"),
        **dict.fromkeys(AMBIGUOUS, "ambiguous"),
        **dict.fromkeys(STEERING, "steering"),
        **dict.fromkeys(TASKS, "task"),
    }
    # Fake-review work: posting "real experience" notes from supplied copy without buying.
    FAKE_REVIEW = re.compile(
        r"不(需要|用)(实际|真实)?(购买|下单|体验|使用)|(照|按|套)模板(写|发)|"
        r"(素材|文案).{0,6}(我们)?提供|提供的?(素材|文案)|"
        r"刷[“\"『「].{1,20}[”\"』」]|(帖子|评论区|笔记|视频)下面?刷|"
        r"指定(竞品|店铺|话题|帖子|账号)"
    )
    # Several accounts the applicant brings (需自备3个以上账号, 本人有5个以上活跃账号): staff
    # of an ordinary job post from the company's accounts.
    OWN_ACCOUNTS = re.compile(
        r"(自备|准备|需|须|要有|要求|自带|自有|必须有|本人有|名下有?|手上有|手里有)[^。.!?;,]{0,3}"
        r"(\d+|[一二三四五六七八九十几两多]+)\s?个(以上)?[^。.!?;,]{0,8}(号|账号|帐号)(?![码召])|"
        r"(自备|自带|需有|须有)[^。.!?;,]{0,4}(账号|帐号)\s?(\d+|[一二三四五六七八九十几两多]+)\s?个"
    )
    # Posting work dressed as a side job: several accounts (小号、自备5个微博号), copy handed
    # out (统一话术、文案统一下发、我们给的评论), targets assigned (指定视频、指定企业) and daily
    # quotas. Two of them, one being the accounts or the target, paid by the piece or the day,
    # is astroturfing for hire.
    SOCK_ACCOUNTS = re.compile(
        r"(?<!吹)小号(?!手)|马甲号|" + OWN_ACCOUNTS.pattern + "|"
        r"(自备|准备|需有|需要|要有|自带)[^。.!?;,]{0,3}"
        r"(\d+|[一二三四五六七八九十几两多]+)\s?个?(以上)?[^。.!?;,]{0,6}(号|账号|帐号)|"
        r"(几|多|[2-9]|[二三四五六七八九十两])个(以上)?[^。.!?;,]{0,4}(小号|账号|帐号|号)(?![码召])"
    )
    # Accounts that must look lived-in (号龄半年+, 号有头像有动态, 不要新号): with copy handed
    # out, they stand for the several accounts (a real customer's account needs no age).
    SOCK_SEASONED = re.compile(
        r"号龄|(号|账号|帐号)[^。.!?;,]{0,3}(有|要有|需有)(头像|动态|笔记|作品)|有头像有动态|"
        r"(不要|不收|拒绝)新号|新号(不要|勿扰|不收)|老号优先|有动态的老?号"
    )
    SOCK_SCRIPT = re.compile(
        r"统一(话术|文案|口径|评论)|(话术|文案|评论内容|评论)[^。.!?;]{0,4}(统一|我们给|提供|下发|发你)|"
        r"(我们|我|群里|上级)(给|发|提供)的?(话术|文案|评论|内容)|按(要求|模板)(评论|发|留言|带)|"
        r"(内容|评价|体验|文字|图文|图片)[^。.!?;,]{0,2}(我们|我|群里)(给|提供|出|写好|发你)|"
        # Content supplied by the employer (内容由公司统一提供, 素材由我方发放).
        r"(内容|文案|话术|素材|评论内容|稿件|图文)(由|是)(公司|我们|我方|甲方|客户|平台|群里|专人|上级|运营)"
        r"(统一)?(提供|发放|下发|给出|撰写|编写|准备)|(内容|文案|素材|话术)统一(提供|下发|发放)|"
        # The very lines to post, quoted (去笔记下面说‘喝完拉肚子’).
        r"(下面|底下|下方|评论区|留言区)[^。.!?;,]{0,3}(说|写|评|留言|发|刷|评论)\s?[‘'\"“「『]"
    )
    SOCK_TARGET = re.compile(
        r"指定(的)?(视频|企业|品牌|帖子|账号|博主|话题|评论区|店铺|竞品|笔记|直播间|微博|公司|产品)|"
        # An assigned shop of some kind (指定茶饮店, 指定的火锅门店).
        r"指定的?[\u4e00-\u9fff]{0,4}(店|门店|商家|餐厅|商户)|"
        # An unnamed target (针对某餐饮连锁企业, 对象为某连锁驾校, 面向某母婴行业公司).
        r"(针对|面向|对象(为|是)|目标(为|是)|围绕|服务于)[^。.!?;,]{0,8}(某|一家)[^。.!?;,]{0,10}"
        r"(企业|公司|品牌|商家|门店|店|机构|连锁|集团|驾校|学校|医院|产品)|"
        r"(针对|面向|对象(为|是)|目标(为|是))[^。.!?;,]{0,4}(竞品|竞争对手|同行)"
    )
    # Daily posting quotas (每天发帖不少于10条, 日发帖5条+跟评50条): a fourth part of the work.
    SOCK_QUOTA = re.compile(
        r"(每天|每日|日|一天|每人每日|每人每天)[^。.!?;,]{0,6}(发帖|评论|跟评|转发|留言|回帖|发文|点评)"
        r"[^。.!?;,]{0,4}(不少于|至少|不低于)?\s?((?<!\d)\d+|[一二三四五六七八九十两几]+)\s?(条|篇|次)|"
        # The count first (每天不少于20条评论).
        r"(每天|每日|日|一天|每人每日|每人每天)[^。.!?;,]{0,4}(不少于|至少|不低于)?\s?"
        r"((?<!\d)\d+|[一二三四五六七八九十两几]+)\s?(条|篇)(帖子?|评论|留言|转发|跟评|回帖|微博|笔记)"
    )
    # Posting from a supplied script (照我们发的文案发帖, 复制群里的文案去留言, 照稿转发): with
    # pay by the day or piece and a recruiting cue or contact, astroturfing for hire even when
    # no account count or target is named.
    SCRIPTED_POSTING = re.compile(
        r"(照|按|按照|照着|根据|用|复制|粘贴|套)(我们|我|群里|上级|平台|客户|老板)?的?"
        r"(发|给|提供|下发|准备)?的?(文案|稿子?|话术|模板|评论内容)"
        r"[^。.!?;]{0,8}(发帖|发|评论|转发|留言|刷|点赞|带话题|回复|跟帖)|"
        r"照稿(发|转|评|刷|留言)|统一(文案|话术|口径)[^。.!?;]{0,6}(发帖|转发|评论|留言|刷)|"
        # Copy handed out first, the posting after (文案我们提供，你只管发帖评论).
        r"(文案|话术|稿子)[^。.!?;,]{0,2}(我们|群里|平台)?(提供|给|下发|发你)"
        r"[^。.!?;]{0,12}(发帖|转发|评论|留言|刷)"
    )
    # Reviews and videos taken down for a merchant (差评删除, 视频可下架, 删除下架一条龙). What
    # has already happened (差评已经删了, 视频被下架) is news, not a service.
    TAKEDOWN = re.compile(
        r"(中差评|差评|负评|负面评价|吐槽(视频|帖|笔记)|负面(视频|笔记|帖子?|内容|评论)|曝光(视频|帖)|"
        r"视频|笔记|帖子|评论|评价)(都|均|也)?(可以?|能|包|秒|快速|极速|马上|保证)?(帮忙|帮你|帮您|给你)?"
        r"(删除|删|下架|撤下|撤掉|清理|屏蔽|消除|去除)(?![了过])|"
        r"(删除|下架|撤下|清理|屏蔽)[、/和及+]?(删除|下架|撤下)?(中差评|差评|负评|负面|吐槽视频|视频|笔记)|"
        r"删除下架|下架删除"
    )
    TAKEDOWN_PAST = re.compile(r"(已|已经|被|早就?|没|没有|不|未|无法|不能|不会)$")
    # Takedowns sought through appeals and the courts are a reputation firm's lawful work.
    LAWFUL = re.compile(
        r"申诉|法律途径|法律手段|律师函|起诉|诉讼|依法|合法合规|正规渠道|平台规则|举报渠道"
    )
    # Burying what a search or a list shows, sold to businesses: trending entries taken off
    # (热搜撤除, 热搜可撤), topics down-weighted (话题降权), negative videos and answers sunk or
    # folded (负面视频下沉, 负面回答折叠), entries and suggestions cleared (负面词条清除,
    # 联想词清理, 把…联想词压下去, 挤出下拉框). What has happened already (话题降权了) is news.
    SUPPRESSION = re.compile(
        rf"({_NEGATIVE}|{_LISTED})(可以?|能|均可|都能|包|秒|快速|极速|一键)?({_BURY})(?![了过])|"
        r"(热搜|话题)(可|能|包)撤|"
        rf"(把|将)[^。.!?;]{{0,16}}({_LISTED}|负面|差评)[^。.!?;,]{{0,4}}"
        r"(压下去|压下|挤出|挤下去|刷下去|沉下去|折叠|清掉|删掉|去掉)|"
        r"(挤|踢|刷|压|清)出(下拉框|联想词|搜索(结果|首页)|首页)"
    )
    # Appeals and the courts: the route a lawful reputation firm takes against a post.
    LAWFUL_ROUTE = re.compile(r"申诉|法律途径|法律手段|律师函|起诉|诉讼|依法")
    # Handling a negative note or review at a price per item (负面笔记处理，一篇800起): the
    # price is for making that item go away, not for advice.
    NEGATIVE_HANDLING = re.compile(rf"{_NEGATIVE}(处理|处置|解决|优化|删除)")
    ITEM_PRICE = re.compile(
        # (单号 is an order or tracking number, not "per account".)
        r"((一|每|单)(篇|条|个|帖|单|个链接|个话题|个词|个号)|(一|每)号)\s?"
        # A number in digits, or in words with a magnitude or a unit (两百, 十块), not the
        # next count (一个一个).
        # A single digit needs its unit: 一个7 is a count or an age, 一个7块 a price.
        r"((?<![\d.])(\d{2,}|\d(?=\s?(元|块|毛|r|米)))|"
        r"[一二三四五六七八九两]?[十百千万]+[一二三四五六七八九]?(元|块)?|"
        r"[一二三四五六七八九十两]+(元|块|毛))|"
        r"(?<![\d.])\d+\s?(元|块)?\s?/\s?(篇|条|个|帖)"
    )
    # Paid bad reviews aimed at a named enterprise, a competitor or an assigned target: writing,
    # posting or rating (写…的避雷笔记, 去…的店铺打一星, 留差评), or the reviews sold by the
    # month or the batch (负面评价可以包月做).
    BAD_TASK = re.compile(
        r"(写|发|留|刷|打|给|铺|带|编)[^。.!?;]{0,12}(差评|负评|一星|1星|低分|避雷|踩雷|黑稿|拔草|"
        r"负面(评价|笔记|帖子?|内容|文章|评论))|"
        r"(差评|负评|负面评价|负面笔记|避雷(笔记|帖|贴)|踩雷(笔记|帖|贴)|黑稿)[^。.!?;,]{0,3}"
        r"(可以?|能|都能)?(包月|包年|批量|按条|代)?(做|写|发|刷|铺)"
    )
    # Posts written about the target that carry a damaging claim (写…退费难的帖子, 发…跑路了的
    # 爆料): with pay and a named target, the same fabricated negative content.
    NEGATIVE_POST = re.compile(
        r"(写|发|编)[^。.!?;]{0,16}(帖子?|贴|笔记|文章|评论|测评|爆料|黑料|视频|段子)"
    )
    NEGATIVE_CLAIM = re.compile(
        r"骗|黑心|跑路|暴雷|爆雷|超标|假货|山寨|坑人|坑钱|割韭菜|退费难|不退|不给退|维权|曝光|"
        r"投诉|翻车|有毒|致癌|甲醛|拉肚子|中毒|倒闭|欠薪|虐待|偷工减料|过期|霉|脏|差劲|垃圾|"
        r"虫|异物|蟑螂|老鼠|变质|发臭|体罚|打人|黑店|宰客|传销|违法|漏水|过敏|烂尾|不卫生"
    )
    # The content is to be made up (内容自己编, 故事随便编, 理由自己想, 不用真买): whatever it
    # says of a named enterprise, paid for, it is fabricated.
    FABRICATED = re.compile(
        r"(自己|随便|随意|瞎)(编|写|想)|编(个|一个|些|点)?(故事|理由|经历)|捏造|"
        r"不(用|需要?|必)真的?(买|去|吃|用|到店|消费)|没(去|买|用)过也(能|可以)写"
    )
    # What the poster is paid on, besides a price: proof of posting handed in (截图交单, 凭链接
    # 结账), a package (包月) or a minimum order (五十条起).
    GIG_PAY = re.compile(
        r"交单|结账|领钱|凭(链接|截图)|截图(交|领|结|返)|(做|写|发|打|刷)完[^。.!?;,]{0,3}截图|返现|佣金|报酬|有偿|包月|包年|按(条|篇)|"
        r"起(接|步|做|订)|((?<![\d.])\d+|(?<![一二三四五六七八九十两百千])[一二三四五六七八九十两百千]+)"
        r"\s?(条|篇|帖|单)起(?!来|床|飞)"
    )
    RIVAL = re.compile(r"竞品|竞对|竞争对手|对家|同行|对手|友商")
    # The bad reviews are of the writer's own shop (给我们店刷差评) or done to someone (被…刷):
    # a victim's complaint.
    VICTIM = re.compile(
        r"(我们|我家|我的|本|自家|咱们?家?)的?(小店|店铺|门店|店|公司|品牌|产品)|"
        r"被[^。.!?;,]{0,8}(刷|打|写|留|铺|发)"
    )
    # Reviews written as they really were (真实体验, 不限好评差评): an honest review programme.
    HONEST = re.compile(
        r"不限好评|好评差评都|好坏都(说|写|可以)|(按|如实|根据|凭)(真实|实际)(感受|体验|情况)|"
        r"真实(感受|体验)(写|发|评|来)|客观(评价|测评|真实)"
    )
    # An organised pile-on (大家今晚都去他直播间刷…刷到他下播为止) is targeted abuse, not
    # black PR: black PR is paid for. A call with no pay, hire or service is left to it.
    PILE_ON_CALL = re.compile(
        r"(大家|所有人|全体|兄弟们|姐妹们|家人们|集美们|朋友们|老铁们|粉丝们|各位)[^。.!?;]{0,12}"
        r"(去|上|到|冲|进|一起)|集合|号召|一起冲|冲(啊|鸭)?!"
    )
    PILE_ON_UNTIL = re.compile(
        r"(刷|骂|喷|冲|怼|控评)[^。.!?;]{0,12}(为止|直到|到(他|她|它|对方)(们)?)|"
        r"直到[^。.!?;]{0,10}(为止|下播|关|删|闭|停|道歉)|刷屏|刷爆"
    )
    HIRE = re.compile(
        r"招人|招募|招聘|急招|兼职|接单|派单|佣金|报酬|酬劳|有偿|付费|红包|工资|日薪|结算|结账|"
        r"交单|领钱|返现|包月|报价|收费|工作室|套餐|承接|下单|日结|周结|(一|每)单"
    )
    # Services side by side with only list marks between them (撤热搜｜话题降权): a menu.
    LIST_GAP = re.compile(r"[\s、,|/+·:\-]*")

    # Aged accounts bought (高价收3年以上微博老号, 求购小红书老号): posting infrastructure when
    # bought in bulk or for an unsaid use (量大另谈, 用途懂的都懂), at a price per account.
    ACCOUNT_BUY = re.compile(
        r"(收|收购|求购|回收|求)(?![到藏入获费益集拾听看款])(购)?[^。.!?;,]{0,10}"
        r"(老号|老账号|老帐号|((?<!\d)\d+|[一二三四五六七八九十两半]+)\s?年(以上|\+)?的?[^。.!?;,]{0,10}"
        r"(号|账号|帐号))"
    )
    ACCOUNT_PRICE = re.compile(
        r"(一个|每个|每号|一号|单号|一只)\s?((?<!\d)\d+|[一二三四五六七八九十百]+)|"
        r"((?<!\d)\d+|[一二三四五六七八九十百]+)\s?(元|块|r)?\s?(一个|每个|/个|一号|/号)|"
        r"((?<!\d)\d+)\s?(元|块|r)"
    )
    ACCOUNT_BULK = re.compile(
        r"量大|量多|数量多|批量|多多益善|若干|不限量|(长期|常年|大量)(收|收购|求购)|越多越好|"
        r"有多少收多少|(?<!\d)\d+个以上|懂的|懂得|你懂|带节奏|控评|刷评|做号|养号"
    )
    # Bad reviews written from supplied copy of places the writer never goes (不用到店消费,
    # 人都不用去, 根本不用去吃): fake reviews. A product mailed to try first is an honest trial.
    REVIEW_WRITING = re.compile(
        r"(写|发|出)[^。.!?;,]{0,6}(差评|负评|踩雷|避雷|拔草|探店|点评|评价|测评|体验)"
    )
    BAD_REVIEW = re.compile(r"差评|负评|踩雷|避雷|拔草")
    # Bad-review posts written or posted to order (差评笔记代发, 竞品避雷帖可定制), or aimed at
    # a buyer's competitors (定向写竞品避雷帖): fake bad reviews sold. A customer's own
    # 避雷帖 is neither ordered nor aimed at someone else's rival.
    ORDERED_BAD_REVIEW = re.compile(
        r"(差评|负评|踩雷|避雷|拔草)[^。.!?;,|]{0,2}(笔记|帖子?|贴|文章?|测评|视频|内容|图文)?"
        r"[^。.!?;,|]{0,3}(代发|代写|代投|代做|定制|包写|批量发|都能发|都可以?发)|"
        r"(代发|代写|代投|定制|包写|批量发|铺)[^。.!?;,|]{0,6}(差评|负评|踩雷|避雷|拔草)"
        r"(笔记|帖子?|贴|文章?|测评|视频|内容|图文)"
    )
    # Bad reviews of a competitor (竞品避雷帖, 对家的踩雷笔记, 踩竞品) or praise-and-trash (拉踩).
    COMPETITOR_SMEAR = re.compile(
        r"(竞品|竞对|竞争对手|对家|同行|对手|友商)[^。.!?;,|]{0,4}(差评|负评|踩雷|避雷|拔草|黑稿|负面)|"
        r"(踩|黑|拉踩)(竞品|竞对|竞争对手|对家|同行|对手|友商)|拉踩"
    )
    # What sells those posts as volume work: bulk posting from many users' accounts.
    BULK_POSTING = re.compile(
        r"铺量|素人|koc|真人(账号|号)|真实(用户|素人)?(账号|号)|批量|量大|"
        r"(?<![\d.])\d+\s?(篇|条|帖|单)起|起(接|步|做|订)"
    )
    NO_VISIT = re.compile(
        r"不(用|需要?|必)[^。.!?;,]{0,3}(到店|去店|进店|去吃|吃|消费|真去|去|到场|亲自去)|"
        r"(人|店)都不用(去|进)|连店都不用进|没去过也能写|不去也能写"
    )
    # A review the author will write herself (回去就写差评, 我要给个差评): her own opinion.
    OWN_REVIEW = re.compile(r"(我|回去|回家|回头|到时候|必须|一定)[^。.!?;,]{0,4}$")
    # How much scripted work a day brings (一个号一天接二三十单, 每天20单).
    PIECE_COUNT = re.compile(
        r"接[^。.!?;,]{0,3}((?<!\d)\d+|[一二三四五六七八九十两几]+)\s?(单|条)|"
        r"(一天|每天|每日|日)[^。.!?;,]{0,3}((?<!\d)\d+|[一二三四五六七八九十两几]+)\s?单"
    )
    SOCK_PAY = re.compile(
        r"(一天|每天|每日|日|一日)(稳|能|可|轻松)?(赚|挣|入|收入)?\s?\d{2,}|日结|周结|日薪|"
        # (Folding drops the slash of 150元/天.)
        r"(?<![\d.])\d+\s*(元|块)\s*/?\s*(一)?(天|日)|按天(结算|计费|付)|"
        r"(每天|每日|当天|当日)结(算|清)?|多劳多得|"
        r"(?<![\d.])\d+(\.\d+)?\s*(元|块|毛|r)\s*/?\s*(条|单|篇|帖|个)|(一|每)(条|单|篇|帖)\s?\d"
    )
    RECRUIT = re.compile(
        # (招人烦, 招人喜欢: to annoy or charm people, not to hire them.)
        r"招聘|招募|急招|招人(?!烦|厌|嫌|恨|喜欢|疼|笑|眼|注意)|兼职|接单|派单|想赚钱|日结|周结|结算|"
        r"多劳多得|宝妈|学生都能做|手机就能做|日入|佣金|返本金|量大从优|外包|副业|"
        r"在家(就能)?做|招[‘'“\"「]|招.{0,8}\d+名|感兴趣的?(滴滴|私|戳)|滴滴我|"
        r"招[^,。!?;]{0,6}(写手|评论员|网评员|素人|宝妈|学生|兼职|小伙伴)|"
        # Gig work paid on proof (截图交单, 凭链接结账, 发完截图领钱) and 收人 for 招人.
        r"收人|交单|结账|领钱|凭(链接|截图)|截图(交|领|结|返)|(做|写|发|打|刷)完[^。.!?;,]{0,3}截图"
    )
    BUSINESS = re.compile(
        r"工作室|公司|专业|套餐|包月|报价|收费|按条计费|计费|见效|加急|全网|"
        r"全平台|可操作|均可操作|极速|保密协议|退款|承接|私聊|私信|私我|有需要|咨询|一条龙|"
        r"价优|优惠|特价|低价|按(条|篇|次|词)|"
        # A call to business owners and a way in (老板们, 看主页, dd我, 🉑私 folds to 可私).
        r"(各位|广大|有需要的|需要的|商家|实体店|门店)老板|老板们|(各位|有需要的|需要的)(商家|店家|店主)|"
        r"看(我的?)?主页|主页(有|看|见)|滴滴|(?<![a-z])dd(?![a-z])|可私|"
        # A minimum order (100篇起, 50条起接): volume sold.
        r"(?<![\d.])\d+\s?(篇|条|帖|单)起(?!来|床|飞)|起接|起订\s?\d+|"
        r"(?<![一二三四五六七八九十两百千])[一二三四五六七八九十两百千]+\s?(篇|条|帖|单)起(?!来|床|飞)|"
        # Industries served, results or money back, secrecy: how a takedown firm sells itself.
        r"服务于?[^。.!?;]{0,16}(等|各|全)行业|(各|全)行业|不见效|无效退款|不成功不收费|"
        r"先(做|处理|撤|删)后(付|收)|(全程|严格)保密|签约保密|老板不(用|必|需要?)?出面|不(用|必)出面"
    )
    # A warning about such work (这种兼职都是骗局, 千万别信) passes on no offer, unless it ends
    # by selling something itself (with a contact).
    WARNING = re.compile(
        # (A seller's "不是骗子" or "谨防假冒本店" vouches for itself: not counted.)
        r"(都是|就是|全是|(?<![不非])是|属于|纯纯的?)(骗局|骗子|诈骗)|被骗|别信|不要信|不要相信|"
        r"千万别(信|做|碰|接|去|上当)|小心上当|提醒大家|(别|不要)上当|"
        r"(大家|千万|都|可)别(卖|信|做|接|碰|上当|被骗)|"
        # How to spot or avoid it (如何识别水军招聘, 避坑指南, 有骗子自称…).
        r"(如何|怎么|怎样|教你)(识别|辨别|分辨|防范|避免|避开)|避坑|防骗|有骗子|骗子(自称|冒充|声称)|"
        # Exposing a seller (曝光一个删差评的…擦亮眼睛).
        r"(真|还)有人信|谁信|擦亮眼睛|曝光(一下)?(这种|这个|一个|这家|这些)|留个?心眼|多留心"
    )
    # Someone telling how they were solicited (有人私信问我接不接差评单) and rebuffed it
    # (截图举报了, 做博主要有底线) reports the offer; it makes none.
    SOLICITED = re.compile(
        r"问(我)?(接不接|做不做|写不写|要不要接|能不能接|接吗|做吗)|(接|做|写)不(接|做|写)|"
        r"(问|私信|找)我(接|做|写)|收到[^。.!?;,]{0,8}(私信|邀请)|被[^。.!?;,]{0,4}(私信|找上门)|"
        r"有人(私信|加我|找我|问我|来问)|(商家|中介|品牌|对方|一个人|某人|有个人)[^。.!?;,]{0,4}"
        r"(私信|加|找|问)我"
    )
    REBUFF = re.compile(r"举报|拉黑|截图|挂出来|拒绝|回绝|没接|不接|底线|良心|原则|昧着?良心")
    # Someone who came across others recruiting (刷到有人在招人去…写差评) and names it as
    # wrongdoing (这就是黑公关, 已举报, 希望平台查) reports the trade; a contact would sell it.
    WITNESSED = re.compile(
        r"(刷到|看到|发现|遇到|碰到|听说|注意到)[^。.!?;]{0,6}(有人|有(个|些)(人|号|账号|博主|中介)|"
        r"一些人|一(个|些)(号|账号|帖子|群))[^。.!?;]{0,16}(招|找|雇|收|组织|拉|花钱|出钱|卖|兜售|推销)|"
        # Someone else recruiting, told by a third party (有人在群里招人…已经举报了).
        r"有人(在[^。.!?;,]{0,8})?(招|雇|收|组织|拉人|花钱|出钱|卖|兜售|推销)"
    )
    CONDEMNED = re.compile(
        r"举报|黑公关|违法|违规|不道德|恶意|查到底|严查|(希望|请|建议)(平台|官方|有关部门|监管)|"
        r"平台(管管|查查|处理|出手)|恶心|缺德|离谱"
    )
    # An article that explains or debunks such services (教你如何举报, 都是骗局) sells none.
    EXPLAINER = re.compile(
        r"骗局|骗子|是骗|别信|不要信|不要相信|谨防|如何举报|怎么举报|教你|科普|申诉|违规"
    )
    # A price plan: what makes a list of reputation services a menu for sale.
    PLAN = re.compile(r"包月|包年|价优|优惠|特价|低价|按(条|篇|次|词)|报价|收费|计费|价格|套餐")
    PIECE_RATE = re.compile(
        r"(一|每|1)\s?(条|单|篇|帖|个赞|次)|(?<![\d.])\d+(\.\d+)?\s*(元|块|毛)\s*/?\s*(条|单|篇|帖)|"
        r"按(条|单|篇)|日结|周结|日入|多劳多得|佣金|(一天|每天|每日)(稳|能|可)?(赚|挣)?\s?\d{2,}|"
        # Slang units for yuan by the piece (一篇15米, 一条3r).
        r"(一|每)(条|单|篇|帖)\s?\d+(\.\d+)?\s?(米|r|元|块)"
    )
    GUARANTEE = re.compile(
        r"极速|见效|包月|保证|不达标退款|效果不达标|24小时|全网|全平台|压到|沉到|秒删|"
        r"百度.{0,6}(微博|知乎|小红书)|不见效|无效退款|不成功不收费|"
        r"(?<![\d.])\d+\s?(小时|天|个?工作日)内?(见效|处理|完成|撤|删|下沉|消失|搞定)"
    )
    # A salaried position (benefits, CV, requirements) is a job ad, not piece work.
    JOB_AD = re.compile(r"五险一金|双休|简历|任职要求|岗位职责|全职|年终奖|社保|学历|本科")
    PRICE = re.compile(
        # Numbers start at their first digit: a long digit run is not re-read from each position.
        r"(?<![\d.])\d+(\.\d+)?\s*(元|块|毛|k\b|万(元|块)?(?![\u4e00-\u9fff]))|"
        # 'r' is slang for yuan (一条3r, 5r一条).
        r"(?<![\d.a-z])\d+(\.\d+)?\s?r(?![a-z])|"
        r"(?<![一二三四五六七八九十两百千万几])[一二三四五六七八九十两百千万几]+"
        r"(元|块|毛|万(元|块)?(?![\u4e00-\u9fff]))"
    )
    REFUSAL = re.compile(
        r"不(接|做|碰|提供|搞|参与|会)|拒绝|严禁|禁止|杜绝|谨防|警惕|打击|"
        # (按要求 is a task instruction, not someone demanding the service.)
        r"不得|不准|不允许|声称|号称|自称|吹嘘|(天天|总是?|老是?|一直)说|"
        r"识破|揭露|小心|别信|反对|找我|让我|要我|求我|(?<!按)要求|花钱|请的|雇的|找的|涉嫌|疑似|怀疑"
    )
    REPORTING = re.compile(
        r"警方|公安|民警|抓获|打掉|刑拘|判处|判决|起诉|立案|涉嫌|团伙|落网|"
        r"法院|网信办|整治|专项行动|揭秘|受害|报警|报案|勒索|敲诈|索要"
    )
    # Journalism and commentary about the trade (a reporter went undercover, an expert calls
    # for action) describe its prices and orders without selling anything.
    JOURNALISM = re.compile(
        r"记者|卧底|暗访|潜入|调查(发现|显示|中|报道)|【调查】|深度调查|起底|"
        r"呼吁|治理力度|加大治理|加强治理|监管部门|严查|严管|业内人士|专家(表示|称|建议|认为)|"
        r"产业链|黑色产业|灰色产业|黑产|灰产|乱象|黑幕|据了解|据悉|据报道|报道称|本报|通讯员|"
        r"媒体(调查|报道|曝光)|晚会曝光|被曝|被爆出|曝出"
    )
    # Third-person narration of the trade (中介按品牌派单, 有的工作室专接…) describes others'
    # business; an offer speaks for the seller or to the buyer (我们、本工作室、私信、有需要).
    NARRATED = re.compile(
        # (这些词, 这些字: the words a seller pushes out of the search box, not other people.)
        r"中介|他们|对方|这些(?![词字])|一些|某些|(?<!所)有的|该(团伙|公司|平台|中介|群|工作室)|群主|商家们|"
        # How common the trade is (好多竞品避雷帖其实都是代发的): a remark about others.
        r"(好多|很多|不少|大部分|大多数?)[^。.!?;,]{0,10}(其实|都是)"
    )
    SOLICIT = re.compile(
        r"我们|我司|您|本(工作室|公司|团队|店)|加(我|v|微|q|群)|私(信|聊|我)|联系|咨询|欢迎|招|"
        r"有需要|有意|找我|速来|来单|下单|兼职|日结|日入|宝妈|学生|长期|靠谱|价格美丽|量大"
    )

    EXAMPLES = (
        Example(
            {"text": "【兼职】招网络水军，发帖一条2元，评论一条5毛，日结，加V：abc_shuijun"},
            "black_pr",
        ),
        Example({"text": "招 shui jun，dian zan + 刷 ping，一单 3 块，私我"}, "black_pr"),
        Example(
            {
                "kind": "domain",
                "text": "专业删帖公司 - 负面信息处理 | 24小时极速删除",
                "url": "shantie-example.cn",
            },
            "black_pr",
        ),
        Example(
            {
                "text": "【招聘】公关传播经理：维护媒体关系，撰写新闻稿。我们不接任何删帖、"
                "压稿类业务，简历请通过官网投递。"
            },
            None,
        ),
        Example({"text": "现在很多评论区一眼水军，同一句话复制粘贴几十遍。"}, None),
        Example({"text": "警方打掉一个删帖团伙，该团伙以专业删帖为名收取费用。"}, None),
    )

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        self.services = TermMatcher(self.SERVICES)
        self.offers = OfferFinder()
        self.reader = PinyinReader((*self.SERVICES, *self.CUE_WORDS))

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        evidence: list[Evidence] = []
        counts: Counter[str] = Counter()
        cues: set[str] = set()
        menu: set[str] = set()  # distinct reputation services named
        for field in self.FIELDS:
            normalized = item.get(field)
            if normalized is None or (field == "text" and item.item.title == item.item.text):
                continue
            view = self.reader.read(lexicon_view(normalized.original, normalized))
            reported = self.REPORTING.search(view.text) or self.JOURNALISM.search(view.text)
            if reported and not find_contacts(view):
                return []  # a report on the trade, not an offer (an offer gives a contact)
            opening = partial(_named_opening, item, field)
            if self.offers.find(view, salutation=opening) is not None:
                return []  # selling the deletion of one's own post is extortion (category 8)
            if self.NARRATED.search(view.text) and not self._solicits(view):
                return []  # others' trade narrated, nothing offered to the reader
            if self._warned_or_rebuffed(view):
                return []
            if self._unpaid_pile_on(view):
                continue  # an unpaid pile-on is targeted abuse (category 2), not paid work
            services, fake = self._services(view)
            fake += self._sock_work(view) + self._takedowns(view) + self._fake_visits(view)
            fake += self._ordered_bad_reviews(view) + self._suppressions(view)
            fake += self._named_smears(item, field, view)
            bought = self._account_buying(view)
            if bought:
                fake += bought
                cues.add("trade")
            if (
                self.JOB_AD.search(view.text)
                and not self.PIECE_RATE.search(view.text)
                and not self.OWN_ACCOUNTS.search(view.text)
            ):
                fake = []  # a salaried post serving assigned shops with trained scripts
            if not services and not fake:
                continue
            counts.update(m.group for m in services)
            counts["illicit"] += len(fake)
            menu |= {m.term for m in services if m.group in ("illicit", "ambiguous", "steering")}
            spans = [(m.start, m.end) for m in services] + [m.span() for m in fake]
            cues |= self._cues(view, spans)
            if self._listed(view, services, fake):
                cues.add("listed")
            if item.item.kind == "domain":
                cues.add("site")  # a website whose name lists the services sells them
            original = normalized.original
            evidence += [_service_evidence(field, view, original, m) for m in services]
            evidence += [_pattern_evidence(field, view, original, m) for m in fake]
            evidence += [contact_evidence(field, view, original, c) for c in find_contacts(view)]
        counts["menu"] = len(menu)
        if not self._offered(counts, cues):
            return []
        evidence.append(
            Evidence(
                kind="paid_work_offer",
                description=(
                    "Offers or recruits for the service: " + ", ".join(sorted(cues)) + "."
                ),
                details={"cues": sorted(cues)},
            )
        )
        strength = counts["illicit"] + counts["actor"] + counts["ambiguous"] + counts["steering"]
        score = 0.6 + 0.1 * min(strength, 3) + 0.05 * len(cues & {"price", "contact", "recruit"})
        return [self.finding(item.item, score, evidence)]

    def _warned_or_rebuffed(self, view: NormalizedText) -> bool:
        """A warning about the work, or an account of being solicited and saying no."""
        text = view.text
        if self.SOLICITED.search(text) and self.REBUFF.search(text):
            return True
        if self.WITNESSED.search(text) and self.CONDEMNED.search(text) and not find_contacts(view):
            return True
        return self.WARNING.search(text) is not None and not find_contacts(view)

    def _solicits(self, view: NormalizedText) -> bool:
        """Whether the text speaks for a seller or to a buyer (or gives a contact)."""
        return self.SOLICIT.search(view.text) is not None or bool(find_contacts(view))

    def _services(self, view: NormalizedText) -> tuple[list[TermMatch], list[re.Match[str]]]:
        services = [
            _as_written(view, m)
            for m in self.services.find(view.text)
            if not preceded_by(view.text, m.start, self.REFUSAL)
            and not (m.term == "写差评" and self._own_review(view.text, m.start))
        ]
        if self.HONEST.search(view.text):
            # Paid for reviews as they really were (不限好评差评): no brushing task.
            services = [m for m in services if m.group != "task"]
        fake = [
            m
            for m in self.FAKE_REVIEW.finditer(view.text)
            if not preceded_by(view.text, m.start(), self.REFUSAL)
        ]
        return services, fake

    def _unpaid_pile_on(self, view: NormalizedText) -> bool:
        """A call to flood someone (大家都去…刷到他下播为止) with no pay, hire or service."""
        text = view.text
        if not (self.PILE_ON_CALL.search(text) and self.PILE_ON_UNTIL.search(text)):
            return False
        # (A price alone may be the target's own: 他卖的床垫一张三千块.)
        paid = (self.HIRE, self.SOCK_PAY, self.ITEM_PRICE)
        return not any(p.search(text) for p in paid) and not find_contacts(view)

    def _suppressions(self, view: NormalizedText) -> list[re.Match[str]]:
        """Burying services (撤热搜, 话题降权, 负面视频下沉), and negative items handled at a
        price per item, unless refused, already done or sought through appeals and courts."""
        text = view.text
        if self.LAWFUL_ROUTE.search(text):
            return []
        found = [
            m
            for m in self.SUPPRESSION.finditer(text)
            if not self.TAKEDOWN_PAST.search(text[max(0, m.start() - 4) : m.start()])
            and not preceded_by(text, m.start(), self.REFUSAL)
        ]
        for m in self.NEGATIVE_HANDLING.finditer(text):
            _, end = sentence_at(text, m.start())
            if self.ITEM_PRICE.search(text, m.end(), end) and not preceded_by(
                text, m.start(), self.REFUSAL
            ):
                found.append(m)
        return found

    def _named_smears(
        self, item: NormalizedItem, field: TextField, view: NormalizedText
    ) -> list[re.Match[str]]:
        """Paid bad reviews of a named enterprise, a competitor or an assigned target."""
        text = view.text
        if self.HONEST.search(text):
            return []  # reviews as they really were, good or bad
        # Pay for the work: a rate per piece or payment on proof (a meal's price is not pay).
        pay = (self.SOCK_PAY, self.ITEM_PRICE, self.GIG_PAY)
        if not any(p.search(text) for p in pay):
            return []
        named = _mentioned(item, field)
        found = []
        tasks = [
            *self.BAD_TASK.finditer(text),
            *(
                m
                for m in self.NEGATIVE_POST.finditer(text)
                if self.NEGATIVE_CLAIM.search(m.group()) or self.FABRICATED.search(text)
            ),
        ]
        for m in tasks:
            if preceded_by(text, m.start(), self.REFUSAL) or self._own_review(text, m.start()):
                continue
            start, end = sentence_at(text, m.start())
            if self.VICTIM.search(text, start, end):
                continue  # a shop owner telling of bad reviews bought against her
            o_start, o_end = view.to_original(start, end)
            if (
                any(a < o_end and o_start < b for a, b in named)
                or self.RIVAL.search(text, start, end)
                or self.SOCK_TARGET.search(text)
            ):
                found.append(m)
        return found

    def _listed(
        self, view: NormalizedText, services: list[TermMatch], fake: list[re.Match[str]]
    ) -> bool:
        """Two black-PR services side by side as a list (撤热搜｜话题降权), in a text that
        neither asks about nor condemns them."""
        text = view.text
        if "?" in text or self.CONDEMNED.search(text) or self.EXPLAINER.search(text):
            return False
        spans = sorted(
            [(m.start, m.end) for m in services if m.group == "illicit"] + [m.span() for m in fake]
        )
        return any(
            a_end <= b_start and self.LIST_GAP.fullmatch(text, a_end, b_start) is not None
            for (_, a_end), (b_start, _) in pairwise(spans)
        )

    def _own_review(self, text: str, start: int) -> bool:
        """A bad review the author will write of her own visit (回去就写差评)."""
        return self.OWN_REVIEW.search(text[max(0, start - 8) : start]) is not None

    def _takedowns(self, view: NormalizedText) -> list[re.Match[str]]:
        """Reviews and videos to be taken down, unless done already or through appeals."""
        text = view.text
        if self.LAWFUL.search(text):
            return []
        return [
            m
            for m in self.TAKEDOWN.finditer(text)
            if not self.TAKEDOWN_PAST.search(text[max(0, m.start() - 4) : m.start()])
            and not preceded_by(text, m.start(), self.REFUSAL)
        ]

    def _account_buying(self, view: NormalizedText) -> list[re.Match[str]]:
        """Aged accounts bought at a price per account, in bulk or for an unsaid use."""
        text = view.text
        buy = self.ACCOUNT_BUY.search(text)
        if buy is None or preceded_by(text, buy.start(), self.REFUSAL):
            return []
        if self.ACCOUNT_PRICE.search(text) is None or self.ACCOUNT_BULK.search(text) is None:
            return []
        return [buy]

    def _fake_visits(self, view: NormalizedText) -> list[re.Match[str]]:
        """Bad reviews, or reviews from supplied copy, of places the writer need not visit."""
        text = view.text
        no_visit = self.NO_VISIT.search(text)
        if no_visit is None or self.REVIEW_WRITING.search(text) is None:
            return []
        if self.BAD_REVIEW.search(text) is None and self.SOCK_SCRIPT.search(text) is None:
            return []
        return [no_visit]

    def _ordered_bad_reviews(self, view: NormalizedText) -> list[re.Match[str]]:
        """Bad-review posts, ordered or aimed at the buyer's competitors, sold in bulk."""
        text = view.text
        found = [
            m
            for pattern in (self.COMPETITOR_SMEAR, self.ORDERED_BAD_REVIEW)
            for m in pattern.finditer(text)
            if not preceded_by(text, m.start(), self.REFUSAL)
        ]
        if not found:
            return []
        # Posted in bulk from "real users'" accounts: a studio's offer, not someone's remark
        # that a competitor's bad reviews look planted.
        return found if self.BULK_POSTING.search(text) else []

    def _sock_work(self, view: NormalizedText) -> list[re.Match[str]]:
        """Spans of paid multi-account posting with copy and targets handed out."""
        text = view.text
        scripted = self._scripted_posting(view)
        if scripted is not None:
            return [scripted]
        if self.SOCK_PAY.search(text) is None:
            return []
        parts = [
            p.search(text)
            for p in (self.SOCK_ACCOUNTS, self.SOCK_SCRIPT, self.SOCK_TARGET, self.SOCK_QUOTA)
        ]
        if parts[0] is None and parts[1] is not None:
            parts[0] = self.SOCK_SEASONED.search(text)
        found = [m for m in parts if m is not None]
        # A quota and a script are any social-media job's; the accounts or the target make
        # the work astroturfing.
        if len(found) < SOCK_PARTS or (parts[0] is None and parts[2] is None):
            return []
        return found

    def _scripted_posting(self, view: NormalizedText) -> re.Match[str] | None:
        """Posting from a supplied script, paid by the day or piece, recruited for."""
        text = view.text
        script = self.SCRIPTED_POSTING.search(text)
        if script is None or preceded_by(text, script.start(), self.REFUSAL):
            return None
        if self.SOCK_PAY.search(text) is None and self.PIECE_COUNT.search(text) is None:
            return None
        if self.RECRUIT.search(text) is None and not find_contacts(view):
            return None
        return script

    def _cues(self, view: NormalizedText, spans: list[tuple[int, int]]) -> set[str]:
        """Offer cues near a service (a long post that merely mentions 水军 offers nothing)."""
        text = view.text
        windows = [text[max(0, s - CUE_WINDOW) : e + CUE_WINDOW] for s, e in spans]
        nearby = (
            ("recruit", self.RECRUIT),
            ("business", self.BUSINESS),
            ("price", self.PRICE),
            # A price per item (一个词1500, 每条2000) is a rate, not what someone once paid.
            ("price", self.ITEM_PRICE),
            ("piece_rate", self.ITEM_PRICE),
            ("piece_rate", self.PIECE_RATE),
            ("guarantee", self.GUARANTEE),
            ("plan", self.PLAN),
        )
        cues = {name for name, pattern in nearby if any(pattern.search(w) for w in windows)}
        if self.EXPLAINER.search(text):
            cues.add("explainer")
        # A bare 招 ("招 shui jun") recruits when it stands right before the service.
        if any(_BARE_HIRE.search(text[max(0, s - 4) : s]) for s, _ in spans):
            cues.add("recruit")
        if self.JOB_AD.search(text):
            cues.add("job_ad")
        if find_contacts(view):
            cues.add("contact")
        return cues

    @staticmethod
    def _offered(counts: Counter[str], cues: set[str]) -> bool:
        # "一人一条" in a pile-on call is a quota, not a rate: a piece rate needs a price.
        offered = cues & {"recruit", "business", "price", "contact", "trade", "site", "listed"}
        if counts["illicit"]:
            # A price alone is what someone paid (花了300块…) unless it is a rate per piece.
            if offered == {"price"} and "piece_rate" not in cues:
                return False
            return bool(offered)
        hired = {"recruit", "contact"} & cues or {"piece_rate", "price"} <= cues
        if counts["actor"] and hired:
            return True
        if "job_ad" in cues:
            return False
        if counts["ambiguous"] and "guarantee" in cues:
            return bool(offered)
        # A menu of reputation services (负面新闻处理、下拉词优化) sold at a price or plan; a
        # menu of only the agency-style ones (舆情处理、口碑维护) needs a promise of results.
        if counts["menu"] >= MENU_SIZE and counts["steering"] and "explainer" not in cues:
            return bool(cues & {"plan", "price"})
        return counts["task"] > 0 and "piece_rate" in cues and "price" in cues


# 招 right before a service, in the same clause; 招人烦/招人嫌 annoys people, it hires no one.
_BARE_HIRE = re.compile(r"招(?!人(?:烦|厌|嫌|恨|喜欢|疼|笑|眼|注意))[^,。!?;]{0,3}$")


def _as_written(view: NormalizedText, match: TermMatch) -> TermMatch:
    """A term read from pinyin (shan tie → 删帖) is reported as written in pinyin."""
    written = view.original_text(match.start, match.end)
    if match.how == "exact" and any("a" <= c.lower() <= "z" for c in written):
        return replace(match, how="pinyin")
    return match


def _mentioned(item: NormalizedItem, field: TextField) -> list[tuple[int, int]]:
    """Registered names in a field, as ranges of the original text."""
    normalized = item.get(field)
    if normalized is None:
        return []
    return [normalized.to_original(m.start, m.end) for m in item.mentions.get(field, ())]


def _named_opening(item: NormalizedItem, field: TextField) -> tuple[int, int] | None:
    """The opening clause of a field when it names a registered entity ("澜汀：…")."""
    normalized = item.get(field)
    if normalized is None:
        return None
    first = min((m.start for m in item.mentions.get(field, ())), default=None)
    if first is None or not CLAUSE_END.isdisjoint(normalized.text[:first]):
        return None
    return clause_at(normalized.text, first)


def _service_evidence(
    field: TextField, view: NormalizedText, original: str, match: TermMatch
) -> Evidence:
    return Evidence(
        kind="black_pr_service",
        description=f"Names the black-PR service “{match.term}” ({match.how}).",
        span=span_of(view, original, field, match.start, match.end),
        matched=match.term,
        details={"how": match.how, "strength": match.group},
    )


def _pattern_evidence(
    field: TextField, view: NormalizedText, original: str, match: re.Match[str]
) -> Evidence:
    return Evidence(
        kind="black_pr_service",
        description="Describes fake-review or brushing work.",
        span=span_of(view, original, field, match.start(), match.end()),
        details={"how": "pattern"},
    )


def contact_evidence(
    field: TextField, view: NormalizedText, original: str, contact: Contact
) -> Evidence:
    """Evidence of a contact handle (WeChat, QQ, phone, Telegram) given in the item."""
    return Evidence(
        kind="contact_handle",
        description=f"Gives a {contact.kind} contact handle.",
        span=span_of(view, original, field, contact.start, contact.end),
        details={"contact_kind": contact.kind, "value": contact.value},
    )
