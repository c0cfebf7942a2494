"""The pay-to-delete offer: removing or withholding content, in exchange for money or business.

An offer has four parts in one item: a *removal* (删、下架、下线、压着没发、后面的就不发了),
a *payment* (an amount, 转账、一口价、投放广告、合作、赞助), a *condition* tying them
(可以谈、如果…、想不发，转…、合作后…自然下线、过期不候) and an *addressee or own content*
(贵司、市场部的朋友、这篇、本号、第2期). Pinyin spellings count ("shan 掉", "wu qian",
"zhuan zhang"). A payment tied to a first-person removal ("投点广告我就不发了",
"拿两万我才撤"), or a wish to remove priced ("想撤稿就拿3万"), is an offer by itself.
The removal may be a promise to keep material buried (烂在手里、不见天日、全部拿下、打包
全撤), the payment a fee named after the removal (删稿费、撤稿费) or business (投放N万的广告、
谈个合作), and the condition a threat (不转就…、否则…上热搜) or a deadline on the payment
(明天中午前打到…、下周五之前投放…、过期不候、过了今天就不是这个价).
Content may also be hidden (设为仅自己可见、设为私密、第二期就不上了), postponed (可暂缓发布、
延后推送) or kept off a list (五万保你们不上热搜); the fee may be a price per piece (删除价两万
一篇); the condition an ultimatum (过时不候、逾时作废), a "sign or else" (签了之后…、不签的话…、
不谈就周一见报) or an explicit "if you are willing" put to the target (如贵司愿意投放…).
Coverage withheld for a paid contract (暂不报道，前提是签年度合作协议), held material bought
out at a slang price (那些料…30个W买断，不然全网发) and perks asked on top of money to delete
a post (报销2000+再送两晚酒店) are offers too; a refund or repair alone is a complaint.
An advertising sales pitch has no removal; a post *reporting* such a demand (拒绝、报警、
敲诈、有人要我给钱) is not an offer.

An offer may also be *implied*, with no removal verb at all: negative material on the target
scheduled for publication (拟于周五集中发布、不然下期直接全网铺、要是不想我出下期) and, in the
same text, "business" to buy instead (请联系本号商务、年度合作方案另议、“沟通”、投个二十个的
推广) under a condition (如贵司有意、要是、不然). A rate card has no scheduled material, an
exposé series no business asked for, and a consumer who wants a refund is complaining.
Suppression sold by the poster is a removal too (我帮你们压, 压不下去全退, 想让它凉下去), an
episode may just "not go up" (第2期不上), and silence may be the refusal that triggers
publication (周五前没回复就按计划发); a customer's "不回复就投诉" is a complaint.
A forum that pins complaints about the addressee may sell their sinking or unpinning (维权帖可以
沉下去、取消置顶) for an ad slot bought (买下首页广告位一个季度、签年度广告合同) before a deadline
for the answer (请本周内答复); someone holding footage may name a slang price (给个数, 5个w) and
publish if the money does not arrive (周五前不到账我就发出来、见不到钱就发网上). A customer who will
publish unless refunded (不退款我就发出来) or answered (不给个说法…) asks for no money of her own.
The rest of a series written and held back (2、3期都写好了, 后面两期) is the content; its
withdrawal (全撤, 撤所有文章, 下掉, 清掉, 永远不会出现) may be priced as 给我5万 or as
合作 against 不合作 (合作=第1期立删；不合作二三期照发), with silence as the refusal (周五前等不到
私信就全发). A medium that says it never does this (从不做“合作就删”) makes no offer.

Prices come in trade slang: W or K after a digit or numeral (三W起, 5.8w, zhuan 六 w), a bare
"N个" standing as its own clause (二十个，年框也行), full-width digits (folded), capital numerals
(捌仟, 叁万伍仟), an annual deal (年框, 年度投放, 年费), a 合作价, or a price left open (价你们定,
看诚意, 诚意到位就快). A series may be cut in episodes (上集/下集, 下一弹, 剩下两弹都剪完了, ①②③)
held back (不放了, 要不要放看你们) or resumed once a deadline passes (超过周末就照常更新). Held
material may be priced against the target's wish that it never surface (想让它永远不出现,
不想被挂热搜, 不想让家长们听到, 这事想不闹大, 买个平安). A "cooperation" letter may promise no
negative coverage for a deal's term (一年内不碰贵司的负面) and material "handled internally"
(内部消化); a "brand protection" subscription may fold or throttle the post (折叠, 限流沉底)
if subscribed (订了就…, 不订的话…). Advice (别花钱买水军) names no price, and a piece kept
private until the client approves it (等您审核通过再公开) is the client's own commission.
A terse offer needs no condition word: the removals, then the price as a clause of its own
(剩下两弹可以不放，第一弹也下架，三W。). A wish to settle quietly counts only when put to the
target (想私了的话…), not when a critic says the company wants it (澄屿想大事化小？); money the
company spends on deletion (花钱删帖) is an accusation, not a price; an offer quoted from a third
party (某博主留言“…”, 网传) or a bribe refused (让我删…我没同意) is reporting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from clearbright.detectors.abuse.terms import TermMatcher, words
from clearbright.text.normalize import NormalizedText

# Material published unless money arrives (周五前不到账我就发出来, 见不到钱就发网上): what the
# payment withholds. A refund or an answer asked for is a complaint (see REPORTED).
PUBLISH_UNLESS_PAID = (
    r"(((不|没|未)有?(到账|打款|转账|付款|汇款|打钱|转钱|给钱|付钱|见到钱|收到钱|见钱|"
    r"(打|转|汇)(过来|来))|见不到钱|收不到钱|钱(不|没)到)[^。.!?;]{0,10}(就|我就|立马|马上|直接)|"
    # "Or else" after the money is asked for (周五前转过来，不然视频就发出去了).
    r"(不然|否则|要不然)[^。.!?;]{0,6}(就|我就|立马|马上|直接)?)[^。.!?;,]{0,3}"
    r"(发|公开|曝光|放|挂|上传|上网|出现在|见光|爆)"
)
# The target's wish to settle quietly, put to it (想私了的话, 想息事宁人就…, 你们想私下解决): it
# opens its clause or follows "you"; "澄屿想大事化小？" is a critic describing the company.
SETTLE_WISH = (
    r"(?:(?<=[,。.!?;:\s])|^|(?<=你们)|(?<=贵司)|(?<=[你您]))(要是|如果|若)?"
    r"想(息事宁人|大事化小|私下(解决|处理|了结)?|私了)"
)
_REMOVAL_TERMS = ("删帖", "删掉", "删除", "删了", "秒删", "下架", "撤稿", "撤下", "撤掉", "下线")
_PAYMENT_TERMS = words(
    "转账 打款 付款 汇款 支付 一口价 价格 报价 广告 投放 赞助 合作 费用 红包 给钱 拿钱 出钱 "
    "封口费 公关费 广告费 辛苦费 花钱 破财 买断 年框 年度投放 年度合作 合作价 年费 保护费"
)
REMOVAL = re.compile(
    r"删|下架|下线|下掉|清(掉|空|除)|(永远|再也|都|就|也)不会?再?(出现|见光|面世|出)(?![门差国来去售租货口手发])|撤(稿|下|掉|回|热搜|文)|撤(?=(所有|全部|这些|那些|这几|那几)[^。.!?;,]{0,3}(文|稿|帖|篇|期|视频|内容))|压着|先压|压下|封存|不再?曝光|"
    r"不(再|会再)?(发|播|登|刊|推|写)(?!货|票|车|工资|奖金)|不更了|停更|不再更新|不放出来|"
    r"不(再|会再?)?(公开|见报|上线|放出)|不(再|会再?)?讲(?=了|[,。.!?;]|$)|"
    # A series stopped (断更, 停播, 不上传, 就此打住, 收手不更).
    r"断更|停播|不(再)?上传|就此打住|收手|"
    # Negative coverage withheld for a deal's term (一年内本号不碰贵司的负面, 不做负面报道), and
    # held material "handled internally" (手上的素材我们内部消化).
    r"不(碰|做|写|报道?|出|涉及|提|登)[^。.!?;,]{0,8}负面|"
    r"(素材|材料|稿件?|录音|录像|视频|截图|证据|这些|手上的|手头的?)[^。.!?;,]{0,6}内部(消化|处理|解决)|"
    # A post folded out of sight (帖子帮你们折叠, 折叠下沉), not a folding phone or chair.
    r"(帮|给|替)(你|你们|您|贵司)[^。.!?;,]{0,4}折叠|折叠(下沉|处理|掉|起来)|"
    r"(就|可以|会|能)折叠(?![屏椅床桌车伞门式机])|"
    # The target's wish that no one learn of it (不想让家长们听到的话, 这事想不闹大, 想私下解决),
    # or safety bought (花点钱买个平安).
    r"(不想|不希望|不愿意?)(让|被)[^。.!?;,]{0,8}(听到|看到|知道|曝光|公开|传出去|流出|见光|发现)|"
    + SETTLE_WISH
    + "|"
    r"(不想|想不|不愿|别)[^。.!?;,]{0,2}(闹大|闹开|传开)|买(个)?平安|"
    # A post throttled (限流沉底, 降权).
    r"限流|降权|(沉|压)帖|"
    # Negative posts kept off the front page (开了之后负面不上首页).
    r"(负面|差评|帖子?|视频|词条|笔记)[^。.!?;,]{0,4}不(会|再)?(上|进|出现在)[^。.!?;,]{0,2}"
    r"(热搜|热榜|首页|头条|热门)|"
    # Held back (下集就不放了, ②③我可以不放), not 不放心 or 不放过.
    r"不(再|会再?)?放(?=了|[,。.!?;]|$|上网|到网|出去)|"
    r"(能|可以|可|也|会|帮你|给你)撤(?!销|退|资|离|军|诉|单|职|出)|"
    # The target's wish to stay off a list or out of sight, put to it (不想被挂热搜, 不想让它们
    # 出现在热搜上, 想让它们不出现在网上).
    r"(不想|不希望|不愿意?)(被|让[^。.!?;,]{0,6}|它|它们|这事)?(挂|上|登|冲|出现在)上?[^。.!?;,]{0,2}"
    r"(热搜|热榜|头条|首页|网上)|"
    r"(让|要)(它|它们|这些|视频|录音|录像|截图|照片|这事|这件事)[^。.!?;,]{0,4}"
    r"不(会|再)?(出现|见光|曝光|流出|公开|传出去)|"
    # Coverage withheld for now (暂不报道, 可以不报, 先不刊发).
    r"(暂|先|可以|可|就|会)不(予以?)?(报道|报(?![销名价考警案税])|刊发|跟进|曝|推送)|"
    # Material bought out (30个W买断): bought so it stays unpublished.
    r"(?<![版权])买断(?!权|版权|价格?表)|"
    r"(不想|不愿|怕)被?曝光|(就|再|继续)曝光|消灾|(就|才|马上|立刻|立马)撤|"
    r"要不要(发|放|上|更)|发不发|放不放|更不更|删不删|"
    # Material kept buried for a price, or a whole series taken down at once.
    r"烂在.{0,6}(手里|肚子里|手上|硬盘|电脑|抽屉|库里|网盘)|不见天日|永不(发|公开)|消失|不复存在|当没(写|发|拍|说)过|"
    r"当(它们?|这些)?(不存在|没发生过?|没有过)|"
    r"(还|先)没(发|播|登|公开|放出)(?!货|工资|奖金|票)|"
    r"(全部|一起|打包|统一|全网)(拿下|撤|删|下架|下线)|(?<=[想全都])撤(?!销|退|资|离|军)|"
    # Publication postponed (可暂缓发布, 延后推送) or withheld for now (暂不发布).
    r"(暂缓|延后|推迟|延期|缓)(发布|推送|发出|发表|刊发|刊登|播出|上线|更新|报道)|"
    r"暂不(发布|发表|发出|播出|上线|公开|更新)|"
    # Content hidden rather than deleted (设为仅自己可见, 设为私密, 那条我隐藏).
    r"(设|设置|改|调|转)(为|成)?(仅自己可见|仅我可见|仅本人可见|私密|隐藏|不可见)|仅自己可见|"
    r"(我|就|会|可以|帮你|先|都|全部|统统)隐藏|隐藏(掉|起来|处理)|"
    # An episode or post that will not go up (第二期就不上了), not a class one skips (课我不上了).
    r"(期|篇|集|条|稿|视频|文章|内容|后面的|剩下的)[^。.!?;,]{0,3}(就|也|都|便)?不(再|会)?上(了|线)|"
    # An episode that will not go up, said tersely (下架+第2期不上，).
    r"(第\s?[\d一二三四五六七八九十]+\s?(期|篇|集)|后面的|剩下的|后续)(就|也|都|便)?不(再|会)?上"
    r"(?=[,。!?;]|$)|"
    # Suppression bought from the poster (我帮你们压, 压不下去全退, 想让它凉下去).
    r"(帮|替|给)(你|你们|您|贵司|贵公司)[^。.!?;,]{0,2}压(?!力|缩|岁|价|货|库存|成本)|压(下去|下来|住热度|热度)|"
    r"压不(下去|下来|住)|让(它|这条|这个|视频|帖子|热度|话题|词条)[^。.!?;,]{0,4}"
    r"(凉|沉|降温|下去|消失)|降热度|"
    # A guarantee of staying off a list (保你们不上热搜, 保证这事不上榜).
    r"(保|保证|确保|包|担保)[^。.!?;,]{0,8}不(会|再)?(上|进|登上?|冲上|出现在|挂上?)[^。.!?;,]{0,2}"
    r"(热搜|热榜|榜|首页|头条|热门|新闻|版面)|"
    # A forum post sunk or unpinned (维权帖可以沉下去, 取消置顶, 不再加精).
    r"沉(下去|下来|底|掉|一沉)|(可以|能|就|帮你|给你|会)(往下)?沉(?![迷默重稳着思浸淀睡])|"
    r"往下沉|(?<![已被])下沉(?!市场|式|区|渠道)|"
    r"(取消|撤掉?|撤下|去掉|拿掉)(置顶|加精|精华|推荐)|不再(置顶|加精|推荐)|" + PUBLISH_UNLESS_PAID
)
# Benefits asked for on top of money (报销2000, 再送两晚酒店, 终身免单): a price, not a refund.
BENEFIT = re.compile(
    r"报销\s?\d{3,}|(再|另外?|额外|外加|加)(送|赠|给|补)[^。.!?;,]{0,8}"
    r"(酒店|会员|年卡|免单|礼包|套餐|机票|旅游|代金券|券|vip)|"
    r"送[^。.!?;,]{0,8}(酒店|会员|年卡|旅游|机票)|终身(免单|会员|vip)"
)
# An ad slot or placement bought (买下首页广告位一个季度, 包一个季度的首页推荐位): business paid.
PURCHASE = re.compile(
    r"(买|购买|包|订|续|拍)(下|了)?[^。.!?;,]{0,10}(广告位|推荐位|首页位|置顶位|展位|横幅|"
    r"banner|广告套餐|推广套餐|会员套餐)"
)
# A price left to the target, or its goodwill as the price (价你们定, 你们开个价, 看诚意).
OPEN_PRICE = re.compile(
    r"价(格|钱|码)?(你们|您|贵司|你)(来)?(定|开|出|说了算)|(你们|您|贵司)(来)?(开|出|定)(个)?价|"
    r"看(你们|贵司|您|你)?(的)?诚意|(拿|表示|表达)(出)?(点|些|一下)?诚意|诚意(到位|够了?|足)"
)
# A fee or price named after the removal it buys (删稿费, 撤帖费, 下架费, 删除价两万一篇).
REMOVAL_FEE = re.compile(r"(删|撤|下架|下线|压|封口)[帖稿文视频除条]{0,2}(费|价)")
AMOUNT = re.compile(
    # Numbers start at their first digit (?<!…): otherwise a long digit run is re-read from
    # every position, quadratic time on a line of digits.
    r"(?<![\d.])\d+(\.\d+)?\s*(k|w|万|千|块|元|rmb|仟|萬)|"
    # Slang units (30个W, 三十个w, 5个k) and a sum "or more" (报销2000+).
    r"((?<!\d)\d+|(?<![一二三四五六七八九十两百])[一二三四五六七八九十两百]+)\s*个\s*(w|k|万|千|达不溜)|"
    r"(?<!\d)\d{3,}\s*\+|"
    # A bare count as the price of a buy-out (三十个买断).
    r"((?<!\d)\d{1,3}|(?<![一二三四五六七八九十两百])[一二三四五六七八九十两百]+)\s*个(?=\s*买断)|"
    r"(?<![一二三四五六七八九十两百])[一二三四五六七八九十两百]+\s*(千|万|块|元|[wk](?![a-z]))|"
    # A currency sign (¥30000, ￥5万), and a sum by its number of digits (六位数).
    r"[¥￥$]\s?\d+(\.\d+)?\s*(k|w|万|千)?|(?<![一二三四五六七八九十])[四五六七八]位数|"
    # Capital numerals, as written on cheques and transfers (捌仟, 叁万伍仟).
    r"(?<![零壹贰叁肆伍陆柒捌玖拾佰仟萬万])[壹贰叁肆伍陆柒捌玖拾][零壹贰叁肆伍陆柒捌玖]*"
    r"[拾佰仟萬万][零壹贰叁肆伍陆柒捌玖拾佰仟萬万]*|"
    # A bare count standing as the price in ad-deal talk (二十个, 年框也行; 价格15个就行): it
    # opens its clause or follows a price word, and closes the clause or a deal phrase.
    r"(?:(?<=[,。.!?;:\s价给转拿出要收开])|(?<=价格)|(?<=价钱)|(?<=准备)|(?<=准备好)|^)"
    r"((?<!\d)\d{1,3}|(?<![一二三四五六七八九十两百])[一二三四五六七八九十两百]+)\s*个"
    r"(?=\s*(起|就行|就好|就可以|封顶|打底|搞定|以上|没商量|不讲价|一口价|[,。.!?;]|$))|"
    # Sums in pinyin (wu qian, liu w), also run into the Chinese that follows (wu qian到账).
    r"(?<![a-z])(yi|er|san|si|wu|liu|qi|ba|jiu|shi|liang)\s?(qian|wan|kuai|bai|w|k)(?![a-z])|"
    r"花(点|些)?钱|破财|"
    # A bare sum right after a paying verb (转6666, 打8000过来).
    r"(?<=[转打付汇])\s?\d{3,}(?![\d.]|\s*[条篇期集个次号点年月天人%])"
)
CONDITION = re.compile(
    r"可以谈|好商量|可以商量|有得谈|能谈|如果|要是|只要|想不发|想删|想让我|"
    # The price or goodwill the removal waits on (价钱合适就…, 诚意到位就快).
    r"(价钱|价格|价码|钱|数)(合适|到位|谈妥|谈拢|满意|给够)|诚意(到位|够了?|足)|"
    # A subscription taken or refused (订了就帮你们沉, 订阅后…, 不订的话…, 开通后).
    r"(订了|订阅了?|开通了?|续费了?|购买了?|交了|办了|开了)(后|之后|以后|就)|"
    r"不(订阅?|开通?|续费|购买|交|办)(的话|就)|"
    r"想(撤|下架|下线|压|不发|停更|封存)|(转账|打款|付款|到账|合作|投放|买断|签约?|签了|签完)(后|之后|以后)|转.{0,8}后|不然|否则|"
    r"不删就|不给就|谈不(拢|成|妥|下来)|没得谈|"
    # Pay or refuse put as outcomes (合作=1期立删；不合作第二期下周出).
    r"(不)?(合作|签约?|投放|给钱|付款|转账)\s*[=→:]|"
    # An ultimatum (过期不候, 过时作废, 逾时不候).
    r"(过期|过时|逾时|逾期|超时|过点)(不候|作废|无效)|"
    # An explicit "if you (are willing to)" put to the target (如贵司愿意…, 若你们同意…).
    r"(如|若)(果|是)?(贵司|贵公司|贵方|你方|你们|您)(愿意|同意|肯|能够?|有意|考虑)|"
    r"过了今晚|之前给|给个?答复|(给|说|报)个数|开个价|报个价|出个价|"
    # A business purchase put as the condition (如签年度广告合同, 若贵司签订…, 只要贵司包…).
    r"(如|若|如果|要是|只要)(贵司|贵公司|贵方|你方|你们|您)?(签|投放?|买|购买|订|包|续)|"
    # A deadline for the answer (请本周内答复, 本周五前给个回复, 明天中午前回复), or one that
    # closes its clause (十万，明天之前。 打6万到我账户，48小时内).
    r"(今天|今晚|明天|明早|明晚|后天|本周|这周|下周[一二三四五六日]?|周[一二三四五六日末]|月底|"
    r"(?<!\d)\d+\s*号|(?<!\d)\d+\s*(天|日|小时))(早上|上午|中午|下午|晚上)?((?<!\d)\d{1,2}\s*点半?)?"
    r"(之前|以前|前|之内|以内|内)([^。.!?;,]{0,4}(答复|回复|回应|回话|表态|回我|回个?话|回消息|私我|联系我)|"
    r"(?=\s*([。.!?;,]|$)))|"
    # Publication resumed once a deadline passes (超过周末就照常更新, 过了周五就接着发).
    r"(超过|过了|到了|逾期|超时|过期)[^。.!?;,]{0,6}(就|便)(照常|继续|接着|按时|照样|正常)"
    r"(更新|更|发|放|推|上线)|"
    # Release left to the target (要不要放看你们, 发不发取决于你们).
    r"(要不要|发不发|放不放|删不删|更不更)[^。.!?;,]{0,2}(发|放|删|更)?[^。.!?;,]{0,2}(看|取决于)(你们|贵司|您)|"
    # Money that does not arrive (周五前不到账, 见不到钱就…).
    r"(不|没|未)有?(到账|见到钱|收到钱|见钱)|见不到钱|收不到钱|"
    r"懂\?|懂的都懂|你懂的|你们知道找谁|自然下线|(删|下架|下线|撤)[^,。.!?]{0,4}可以|"
    r"(给钱|付钱|转账|打款|出钱|拿钱).{0,4}就|(钱|红包|款).{0,4}就(删|撤|下架|下线|不发)|想让.{0,10}(删|下架|下线|撤|消失)|删不删|"
    # The target's wish that the material stay out of sight (想让它们不上线的话, 想要它永远不见光).
    r"想(让|要)[^。.!?;,]{0,10}不(上线|出现|见光|曝光|公开|发|流出|传出去)|"
    # Material promised to stay buried once paid for (这些就烂在我硬盘里).
    r"就(永远|一直)?(烂在|不见天日|永不|当(它们?)?不存在)|"
    r"看(你们|贵司)?(的)?诚意|前提是|条件是|私了|消灾|取决于|(不想|不希望|不愿意?)[^。.!?;]{0,14}的话|"
    + SETTLE_WISH
    + "|"
    r"看(你们|贵司)?的?(合作)?(诚意|表现|态度)|(转|给|付).{0,10}(马上|立刻|立马|秒)(删|撤|下架)|"
    r"不想.{0,12}就|拿.{0,8}来|需要?(支付|缴纳)|"
    # A threat for not paying (不转明天发第二篇), and an ultimatum on the price or payment.
    r"不(能|愿意?|想|肯)?(转账?|打款?|给钱?|付款?|投放?|赞助|合作|签约?|谈|聊|回复?|买|续|私信|私聊|联系)"
    r"(的话|就|,|明|后|下|今|本|这|周|月|等|我|第|照|接着|继续|那|[一二三四五\d])|"
    # Refusing what was just offered (愿意合作的话…，不愿意的话…).
    r"不(愿意|想|同意|接受)(的话|就)|(能|愿意|肯|想)合作的话|"
    # Signing buys the removal (签了年框，第一期我就设为私密).
    r"(签约|签了|签完)[^。.!?;]{0,8}(就|的话)|"
    r"(逾期|超时|过时)[^。.!?;]{0,4}(发|公开|曝光|上线|见报|推送|放出|挂)|"
    # Silence taken as a refusal (周五前没回复就按计划发, 不回应的话照发).
    r"(没|不|未)(有)?(回复|回应|答复|表态|联系|回音)(的话)?[^。.!?;,]{0,2}(就|我就|照|按计划)|"
    r"按(原)?计划(发|发布|推送|上线|曝光|公开)|"
    # No message by the deadline (周五前等不到你们私信就全发, 没收到消息就统一推送).
    r"(等不到|没等到|收不到|没收到|未收到|见不到|没见到)[^。.!?;,]{0,6}"
    r"(私信|消息|回复|回音|答复|联系|电话|dm)[^。.!?;,]{0,3}(就|我就|照|全|统一|一起|直接)|"
    r"过了(今天|今晚|明天|本周|这周|周[一二三四五六日末]|月底|这个村)|不是这个价|价格?翻倍|"
    r"(今天|今晚|明天|明早|本周|这周|下周[一二三四五六日]?|周[一二三四五六日末]|月底|月初|"
    r"(?<!\d)\d+\s*号)[^,。.!?;]{0,6}(之前|以前|前|之内|以内|内)?[^。.!?;]{0,8}"
    r"(打|转|到账|付|给|投|汇)"
)
ADDRESSEE = re.compile(
    r"贵司|贵公司|你们|你家|市场部|公关部|品牌部|的朋友|@|这篇|上篇|中篇|下篇|"
    r"本号|手上|手里|稿子|视频|合集|材料|曝光|后面的|后续|第\s?\d+\s?期|继续更|"
    r"继续发|我(就|马上|立刻|可以)?(把|帮你)|公关|看这里|下一?期|"
    # Polite address to a manager (林总您好, 柏总:) and calls to the reader (看过来, 找我谈).
    r"您|看过来|(?<=[\u4e00-\u9fff])总(?=[:,!您你好的])|找我(谈|聊)"
)
# What is removed or withheld is content (not goods: 不发货 is a complaint).
CONTENT = re.compile(
    r"帖|文章|稿|篇|视频|内容|材料|曝光|合集|(?<![到逾过限预定])期|笔记|热搜|录音|截图|黑料|"
    r"负面|报道|专栏|栏目|节目|系列|连载|爆料|后面的|后续|热搜|照片|录像|监控|客诉|投诉|证据|证词|聊天记录|"
    # Material as slang (那些料, 料都在我这): not 材料-like compounds nor 预料, 饲料, 塑料.
    r"(?<![预意照饲塑调原布香燃颜辅面肥涂饮史资])料(?![理想酒子])|"
    # Documents and raw footage held (内部文件我有备份, 原片).
    r"内部文件|文件[^。.!?;,]{0,4}备份|原片|原视频|原件|"
    # Coverage itself is what is withheld (先压着不报).
    r"不(予以?)?报(?![销名价考警案税])|"
    # The rest of a series, written and held back (后面还有两期, 已经写好了, 存稿, 第2弹).
    r"后面还有|还有[两三四五几\d]+(期|篇|集|弹|部分)|(已|已经|都)(写|剪|拍|录)(好|完)|(写|剪)(好|完)了|存稿|"
    r"第\s?[\d一二三四五六七八九十]+\s?(弹|部分)|part\s?\d|"
    # Episodes and instalments named by place or count (上集, 下一弹, 剩下两弹, 后面几集), not
    # 集团, 集中, 子弹, 弹窗.
    r"(上|下|中|后面|剩下|剩余|其余|余下|前面|这|那|几|两|下一|[一二三四五六七八九十\d])\s?"
    r"(集|弹)(?![团中合资体市会装训结窗幕性簧琴药道])|续集|续篇|"
    # The post itself (这条我可以删), not a road, a rule or a garment.
    r"(这|那)(一)?条(?![路街件规线鱼裤裙腿命河船狗])|"
    # Parts numbered P1, EP2 or 2/3, and chapters (第一话, 下回).
    r"(?<![a-z])(p|ep)\s?\d(?!\d)|(?<![\d/])[1-9]\s?/\s?[2-9](?![\d/])|"
    r"第[\d一二三四五六七八九十]+(话|回|章)|下回"
)
# Numbered parts (①②③) fold to digits: they are read in the original text.
CIRCLED = re.compile(r"[\u2460-\u2473\u2776-\u277f]")
# Removal and withholding verbs, and payment or business forms, as fragments of the tie below.
_REMOVAL_VERB = (
    r"(删|撤|下架|下线|压下|压着|停更|封存|不再更新|不公开|不(再|会再)?(发|播|登|刊|推|更|曝光|写)"
    r"(?!货|票|车|工资|奖金))"
)
# A payment asked for, not one already made or received (给了十万, 稿费一千块) nor the
# thing withheld (澄屿的广告我就不发了): an amount after a paying verb (拿3万, zhuan 2w), or a
# business form with its verb (投个广告, 合作一下).
_AMOUNT = (
    r"(\d+(\.\d+)?\s*(k|w|万|千|块|元)|[一二三四五六七八九十两百]+\s*(千|万|块|元)|"
    r"\d{3,}(?![\d.]|\s*[条篇期集个次号点年月天人%]))"
)
_PAYMENT_FORM = (
    r"(((给|转|拿|投|付|打|出|掏)(个|点|些)?|(zhuan|gei)\s?)\s*" + _AMOUNT + "|"
    r"(投|打|做|买)(个|点|些|一下)?(年度|一期|一个)?广告|广告费|合作(一下|的话)?|赞助(?!商)|"
    r"签?(个|一个)?(年框|年度(投放|合作|广告))|"
    r"买断|转账|打款|红包|钱)(?!了|过(?!来|去))"
)
# A payment that buys a removal (十万就行, 给五万就不曝光), within one clause.
TIE = re.compile(
    _PAYMENT_FORM
    + r"[^。.!?;,]{0,10}(就|才)(会|可以|能|肯|永远|马上|立刻|立马|全部|都|统统){0,2}"
    + _REMOVAL_VERB
    + "|"
    + _PAYMENT_FORM
    + r"[^。.!?;,]{0,6}(就行|就好|即可|就可以)"
)
# A tie that names who withholds what: a first-person removal bought across a clause
# (合作一下投点广告，我就不发了) or the reader's wish priced (想撤稿就拿3万). It needs no
# other cue.
DIRECT_TIE = re.compile(
    _PAYMENT_FORM
    + r"[^。.!?;]{0,10}我(就|才)(会|可以|能|肯|永远|马上|立刻|立马|全部|都|统统){0,2}"
    + _REMOVAL_VERB
    + "|"
    + r"想"
    + _REMOVAL_VERB
    + r"[^。.!?;,]{0,6}就"
    + _PAYMENT_FORM
)
# A report or refusal of such a demand, or a merchant paying a customer to delete a review
# (给我返现), is not an offer by the author.
REPORTED = re.compile(
    r"拒绝|报警|敲诈|勒索|威胁我|要挟|不(做|接受?|收|参与|搞).{0,6}(删帖|删稿|撤稿|撤帖)|"
    # A medium refusing the trade itself (我们从不做“合作就删”的生意).
    r"(从不|从来不|绝不|决不|从没)(做|接|搞|干|收|谈)|"
    r"给我.{0,4}(返现|红包|补偿)|"
    # A third party giving the author money (老板给我200让我删); a demand opens its clause
    # or speaks to the target (给我5万我就撤, 你们给我5万).
    r"(?<!你们)(?<!贵司)(?<![你您])(?<=[^,。.!?;:\s@])给我.{0,4}\d|"
    # A warning about such demands (有人冒充记者…千万别信) passes on the offer to refuse it.
    r"诈骗|冒充|别信|不要(信|相信|理|转)|谨防|警惕|提防|"
    r"返现|商家(说|让|要)|索要|据报道|据悉|涉嫌|判处|判决|警方|法院|检察|起诉|被指|被曝|"
    r"有人(要|让|叫|找|逼)|对方(要|让|叫|逼|开价)|被要求|(要|让|逼)我们?(给|拿|转|付|出|投|交)|"
    r"没理|不理(?!的话|就|我就)|报案|立案|退(我|款|钱|还|回|押金)|不退(?!费)|还(我|钱)|赔(我|偿)|补偿|退货|"
    # The addressee passing on what it was sent (收到一封邮件：…, 有论坛说…可以沉).
    r"(?<![没未不])收到[^。.!?;,]{0,10}(邮件|私信|消息|来信|函|电话|短信|报价)|"
    r"(有|某|一)(个|家)?(论坛|网站|平台|自媒体|公众号|博主|大v|账号|版主)[^。.!?;,]{0,6}"
    r"(说|称|表示|开价|找上门|联系我们|发来|私信我们)|"
    # An offer quoted from a third party (某博主在评论区留言“…”, 网传, 被网友截图后引发热议).
    r"(某|有|一)(个|位|名)?(博主|大v|账号|网友|自媒体|up主|主播|作者|人)[^。.!?;]{0,16}"
    r"(留言|发文|私信|称|说|表示|写道|喊话|开价|回复)[^。.!?;]{0,3}[:“\"「『]|"
    r"网传|引发热议|引发关注|被网友(截图|曝光|扒出)|"
    # Someone else paying the author to delete, refused (拿五万封口费让我删视频，我没同意);
    # "想让我删？" is the author's own price being asked for.
    r"(?<!想)(让|要|叫|逼)我(把[^。.!?;,]{0,8})?(删|撤|下架)|我(没|不|没有)(同意|答应|接受)|"
    # A customer threatening to complain (不回复就投诉) is complaining, not selling silence.
    r"就(去)?(投诉|起诉|找消协|打12315)"
)
# What a seller takes down when a contract lapses (逾期广告位将下线), or the sponsored piece
# made private after the campaign (推广视频可设为私密), is the buyer's own purchase, not
# content about the buyer.
SOLD_THING = re.compile(
    r"(广告位?|推广|合同|会员|服务|权益|商品|新品|产品)(视频|内容|文案|稿件?|笔记)?"
    r"(将|会|已|就|也|可|可以)?$"
)
# A removal that already happened (视频下架了, 已经删除) is news, not an offer, unless bought
# in the same breath (给钱就删了).
PAST = re.compile(r"^(了|掉了|过)")
PAST_BEFORE = re.compile(r"(已|已经|被|早就?)$")
# (我把文章全撤了 after a price is a promise: the 把 clause names what the author will do.)
PROMISE_BEFORE = re.compile(
    r"(就|才|马上|立刻|立马|会|能|可以|帮你)$|我(就|马上|立刻)?把[^。.!?;,]{0,8}$"
)
# A payment declined (我们不收任何费用, 免费, 无需付款) or advised against (别花钱买水军) is no
# price.
FREE_BEFORE = re.compile(
    r"(不收|免收?|无需|不需要?|不用|分文不|别|不要|不必|何必|甭)(取|任何|一分|再)?$"
)


# A piece kept private only until the client approves it (先设为私密，等您审核通过再公开) is
# the client's own commission, not content held against it.
UNTIL_APPROVED = re.compile(r"[^。.!?;]{0,4}(等|待)[^。.!?;]{0,6}(审核|确认|验收|过审|审稿|定稿)")


# Money the target spends on someone to remove things (花钱删帖, 花钱把热搜压下去, 花钱找人) is
# what critics accuse it of, not a price the author asks; 花点钱买个平安 is asked.
SPENT_ON = re.compile(
    r"(花|砸)(点|些|了|再多)?钱[^。.!?;,]{0,2}(删|撤|压|找|买(?!个?平安)|请|公关|把|摆平|搞定|封)"
)


def _asked(text: str, payment: tuple[int, int]) -> bool:
    """A payment the author asks for: not declined, advised against or spent on others."""
    start = payment[0]
    return not FREE_BEFORE.search(text[max(0, start - 6) : start]) and not SPENT_ON.match(
        text, start
    )


def _sold_or_past(text: str, removal: tuple[int, int]) -> bool:
    """A removal of the seller's own product, or one that already happened."""
    start, end = removal
    before = text[max(0, start - 6) : start]
    if SOLD_THING.search(before) or PAST_BEFORE.search(before):
        return True
    if UNTIL_APPROVED.match(text, end, end + 20):
        return True
    return PAST.match(text[end : end + 2]) is not None and not PROMISE_BEFORE.search(before)


# The implied offer: material scheduled for publication, business asked for instead, a
# condition, and negative material (or the next episode of a series) on the target.
PUBLISH = re.compile(
    r"(拟|将|定|准备|计划)(于|在)?[^。.!?;,]{0,12}(集中|统一|陆续|全网|全平台|准时|正式)"
    r"(发布|推送|曝光|公开|发出|上线|放出|铺)|"
    r"(拟|将|定)(于|在)[^。.!?;,]{0,12}(发布|推送|曝光|公开|发出|上线|放出)|"
    r"(下周[一二三四五六日天]?|本周[一二三四五六日天]|周[一二三四五六日天]|明天|明晚|今晚|月底|"
    r"(?<!\d)\d+号)[^。.!?;,]{0,4}(准时|统一|集中|全网|正式|照常)(发布|推送|上线|曝光|公开|发)|"
    r"出(下一?|第[二三四五六七八九十\d]+)(期|篇|集)|"
    r"(下一?期|后续|剩下的|这些)[^。.!?;,]{0,6}(全网|直接|照常|准时)(铺|发|推|上线|曝光|公开)|"
    r"全网(铺|推送|发布)|(不然|否则|要不然)[^。.!?;]{0,12}(发布|推送|曝光|公开|上线|铺|发)"
)
BUSINESS_ASK = re.compile(
    r"(联系|找|私信|对接)(本号|我们|我|小编)?的?商务|合作方案|年度(合作|投放|广告)|广告合作|年框|"
    r"[“\"‘「『]\s*(沟通|合作|诚意|表示|意思|聊聊|谈谈|交流)\s*[”\"’」』]|"
    r"(投|做|签|上)(个|一个|一下|点)?[^。.!?;,]{0,8}(推广|广告|投放)(?!位|刊例)"
)
IMPLIED_CONDITION = re.compile(
    r"如(果|若)?(贵司|你们|您|你)?(有意|想|愿意|需要?)|若(贵司|你们|您)?(有意|想|需)|要是|如果|"
    r"不想|不然|否则|懂\?|面子上|体面|看着办|自己掂量"
)
NEGATIVE_MATERIAL = re.compile(
    r"投诉|客诉|爆料|黑料|丑闻|负面|证据|录音|截图|聊天记录|证词|照片|维权|翻车|造假|内幕|事故|"
    r"问题|材料|下一?期|第[二三四五六七八九十\d]+(期|篇|集)|超标|检测报告|举报|黑幕|猫腻|违规|违法"
)
# Whom the implied offer speaks to: the target (贵司, 公关部, 致…, @…) or its wish (不想…).
IMPLIED_ADDRESS = re.compile(r"贵司|贵公司|你们|你家|公关部|市场部|品牌部|^致|@|您|不想")
# The implied offer's parts must stand this close together.
IMPLIED_GAP = 120

# Removal and payment further apart than this are not one offer.
MAX_GAP = 80


# The [start, end) of an opening that names the target, or None; computed on demand.
Salutation = Callable[[], tuple[int, int] | None]


@dataclass(frozen=True)
class Offer:
    """The parts of a pay-to-delete offer, as [start, end) ranges of the folded text."""

    removal: tuple[int, int]
    payment: tuple[int, int]
    condition: tuple[int, int]
    addressee: tuple[int, int]
    # Addressed only by the opening the caller passed: it must name the target.
    by_salutation: bool = False
    # No removal verb: publication scheduled and business asked for; must name the target.
    implied: bool = False


class OfferFinder:
    """Finds a pay-to-delete offer in folded text."""

    def __init__(self) -> None:
        self._removal = TermMatcher(dict.fromkeys(_REMOVAL_TERMS, "removal"), homophones=False)
        self._payment = TermMatcher(dict.fromkeys(_PAYMENT_TERMS, "payment"), homophones=False)

    def find(self, view: NormalizedText, salutation: Salutation | None = None) -> Offer | None:
        """The offer in the text, or None.

        `salutation` gives the range of an opening that names the target ("岫屏：…"), which
        the caller finds in the registry: it addresses the offer as 贵司 or 你们 would. It is
        called only when nothing else addresses an otherwise complete offer.
        """
        text = view.text
        if REPORTED.search(text):
            return None
        explicit = self._explicit(text, salutation, CIRCLED.search(view.original) is not None)
        return explicit if explicit is not None else implied_offer(text)

    def _explicit(
        self, text: str, salutation: Salutation | None, numbered_parts: bool = False
    ) -> Offer | None:
        direct = DIRECT_TIE.search(text)
        tie = CONDITION.search(text) or TIE.search(text) or direct
        condition = tie.span() if tie is not None else _terse_price(text)
        addressee = ADDRESSEE.search(text) or direct
        content = numbered_parts or CONTENT.search(text) is not None
        if condition is None or (direct is None and not content):
            return None
        addressed = addressee.span() if addressee is not None else None
        if addressed is None and salutation is not None:
            addressed = salutation()
        if addressed is None:
            return None
        removals = [(m.start(), m.end()) for m in REMOVAL.finditer(text)]
        removals += [(m.start, m.end) for m in self._removal.find(text)]
        removals = [r for r in removals if not _sold_or_past(text, r)]
        payments = [(m.start(), m.end()) for m in AMOUNT.finditer(text)]
        payments += [(m.start, m.end) for m in self._payment.find(text)]
        payments += [(m.start(), m.end()) for m in REMOVAL_FEE.finditer(text)]
        payments += [(m.start(), m.end()) for m in BENEFIT.finditer(text)]
        payments += [(m.start(), m.end()) for m in PURCHASE.finditer(text)]
        payments += [(m.start(), m.end()) for m in OPEN_PRICE.finditer(text)]
        payments = [p for p in payments if _asked(text, p)]
        for removal in sorted(removals):
            for payment in sorted(payments):
                # 买断 is both the removal and a payment word: it still needs a price.
                if removal != payment and abs(removal[0] - payment[0]) <= MAX_GAP:
                    return Offer(removal, payment, condition, addressed, addressee is None)
        return None


# A price standing as its own clause after the removals it prices (剩下两弹可以不放，第一弹也
# 下架，三W。): the terse offer's condition is the price itself.
_TERSE_END = re.compile(r"\s*(起|一口价|封顶|就行|就好|以上)?\s*([,。.!?;~]|$)")
_TERSE_DEAL = re.compile(
    r"(签|走)?(个|一个)?(年框|年度投放)(合同)?(也行|也可以|就行)?\s*([,。.!?;~]|$)"
)
_CLAUSE_START = ",。.!?;:"


def _terse_price(text: str) -> tuple[int, int] | None:
    """The first clause that is nothing but a price or an annual deal, after a removal."""
    first_removal = REMOVAL.search(text)
    if first_removal is None:
        return None
    after = first_removal.end()
    for match in AMOUNT.finditer(text, after):
        if _opens_clause(text, match.start()) and _TERSE_END.match(text, match.end()):
            return match.span()
    for index in _clause_starts(text, after):
        deal = _TERSE_DEAL.match(text, index)
        if deal is not None:
            return deal.start(), deal.end()
    return None


def _opens_clause(text: str, start: int) -> bool:
    # Only a few characters back: a long run of spaces is no clause of its own.
    before = text[max(0, start - 4) : start].rstrip()
    return start == 0 or (bool(before) and before[-1] in _CLAUSE_START)


def _clause_starts(text: str, after: int, limit: int = 50) -> list[int]:
    """Where the clauses after `after` begin (past their leading spaces), at most `limit`."""
    starts: list[int] = []
    for index in range(after, len(text)):
        if text[index] in _CLAUSE_START:
            start = index + 1
            while start < len(text) and text[start] == " ":
                start += 1
            starts.append(start)
            if len(starts) == limit:
                break
    return starts


def implied_offer(text: str) -> Offer | None:
    """Scheduled publication of negative material, and business asked for instead.

    The caller checks that the text names the target: nothing here knows who it is.
    """
    address = IMPLIED_ADDRESS.search(text)
    if address is None or NEGATIVE_MATERIAL.search(text) is None:
        return None
    asks = list(BUSINESS_ASK.finditer(text))[:20]
    publishes = list(PUBLISH.finditer(text))[:20] if asks else []
    for publish in publishes:
        for ask in asks:
            condition = _implied_condition(text, publish, ask)
            if condition is not None:
                return Offer(publish.span(), ask.span(), condition, address.span(), implied=True)
    return None


def _implied_condition(
    text: str, publish: re.Match[str], ask: re.Match[str]
) -> tuple[int, int] | None:
    """The condition joining a scheduled publication and a business ask, if they are close."""
    if abs(ask.start() - publish.start()) > IMPLIED_GAP:
        return None
    low = max(0, min(ask.start(), publish.start()) - 40)
    high = max(ask.end(), publish.end()) + 40
    condition = IMPLIED_CONDITION.search(text, low, high)
    return condition.span() if condition is not None else None
