"""Solicitations: asking for money, investment or personal data (the fraud half of category 4).

A solicitation is one of
- money out: a transfer, deposit, fee, margin or subscription payment (`转入安全账户`,
  `缴纳保证金`, `认购款`, `仅需支付运费`);
- a data request: a request verb and a personal-data noun in one sentence
  (`填写身份证号`, `请将银行卡号...发送至`, `输入短信验证码`, a text message's
  `回复身份证号+银行卡号`, a phishing page's `验证银行卡`, a giveaway's `评论区留电话+地址`);
- a fee to receive something (`支付9.9元邮费即可领取`, `付6元手续费激活`): a prize that costs
  a fee is the classic advance-fee lure;
- a deposit or fee to join (`先缴3.8万保证金锁定区域`, `加盟费2.98万，打款后开通`): a
  franchise, agency or partner scheme that names its payment;
- a deposit or fee demanded first (`先交299元押金`, `需先缴保证金`), as recruitment and trial
  schemes (体验官, 兼职) ask it;
- an off-channel sale (`代充`, `充值找我`, `私聊转账`) or money sent to a person's own
  account (`转我助理个人账户`, `打到我私人卡上`): paying a person instead of the enterprise's
  own channel; money paid to the speaker in a sentence naming a fee or a sum
  (`保证金2万直接转给我`, `扫我私人收款码`), and steering the payer off the enterprise's own
  account (`别走公户`, `不用转公司账户`), which no enterprise asks of its customers;
- a lure (guaranteed returns, minimum investments, monthly interest, rebates, insider quotas,
  free gifts, prices below the official channel, a group someone leads in person, income for
  nothing (`躺赚`), a signed guarantee or buy-back (`签字担保`, `原价回购`), a pre-listing
  share offer (`员工认购通道`, `上市翻十倍`), the last places of a quota or a cut joining fee
  (`开放最后20个合伙人名额`, `加盟费8折`), store shares with fixed dividends (`开放门店股权`,
  `保本保息`)) close to a move to a private channel (`扫码进群`, `加我助理微信`, `私信领取`,
  `滴滴我`, `扣1我拉你`, `➕v`, `点我主页链接`);
  either alone is ordinary speech;
- remote access (`下载会议软件`, `共享屏幕`, `远程协助`) in a text about banking or a refund: the
  screen-sharing refund scam, where the caller watches the reader's online bank;
- a payment to be reported to a person afterwards (`转账后联系客服`, `打款成功后截图发给我`), and
  a deposit into a finance app the message tells the reader to install (`下载X财富APP，存五千`):
  money paid where the enterprise's checkout is not;
- a large deposit that buys a gift (`存五千送一台设备`) is a lure (it needs a private channel);
  a small top-up bonus (`充100送20`) is an ordinary promotion.

A payment verb followed by 了 (`交了5万加盟费`) reports a payment made, not a request.

A cue with a negator shortly before it in its clause (`不会索要银行卡信息`) does not count;
words with 不 that negate nothing after them (`名额不多`, `不断`) are no negator.

>>> {c.kind for c in find_solicitations(normalize("请于今晚将余额转入安全账户"))}
{'money'}
>>> find_solicitations(normalize("我们不会索要银行卡信息"))
[]
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

from clearbright.detectors.counterfeit.lexicon import NEGATORS, NOT_NEGATING
from clearbright.text.normalize import NormalizedText, normalize

# Money out, addressed to the reader: a request marker (请, 您, 需要, 仅需, 即可 ...) before a
# payment verb in the same clause, a transfer to an account, a fee to pay, or "pay to join".
# A bare 转账 or 支付 is not enough: complaints and court reports use them too.
_PAY = r"(?:转账|转入|转至|汇款|汇入|打款|缴纳|交纳|缴费|支付(?!宝)|付款|充值)"
MONEY_OUT = re.compile(
    r"安全账户"
    rf"|(?:请|您|你|需要|需|仅需|只需|只要|即可|立即|尽快|马上|务必|先)[^。!?;！？；，,]{{0,12}}?{_PAY}"
    r"|(?:转账|汇款|打款|付款)(?:报名|下单|认购|参与|入群|即可|即返)"
    r"|(?:转账|转入|转至|转到|汇款|汇入|打款)[^。!?;！？；]{0,12}(?:账户|账号|专员)"
    r"|(?:缴纳|交纳)[^。!?;！？；，,]{0,10}(?:保证金|手续费|解冻|激活费|会费|押金|税费|认购款)"
    # A payment instruction: what to write on the transfer (转账请备注'X加盟').
    r"|(?:转账|汇款|打款|付款)[^。!?;！？；，,]{0,3}备注"
    # Paying a person instead of the enterprise's channel.
    r"|代充|代开(?:通|会员)|(?:充值|续费|开通会员)(?:请)?找我|找我(?:充值|代充|续费|开通)"
    r"|(?:私聊|私信|私下|加我|加微信|加vx)[^。!?;！？；，,]{0,3}(?:转账|付款|打款|汇款)"
    # Money sent to a person's own account, not the enterprise's (转我助理个人账户,
    # 打到我私人卡上): the founder or staff an impostor plays takes no private transfers.
    r"|(?:转|打|汇|付|扫)(?!了)(?:给|到|至|入|进)?[^。!?;！？；，,了]{0,8}(?:个人|私人)"
    r"(?:账户|账号|银行卡|卡|户头|收款码|微信|支付宝)"
)
# Steering the payer away from the enterprise's own account (别走公户, 不用转公司账户): the
# enterprise takes fees on its own account; only someone pocketing them says this. The cue
# is itself a negation, so the negator check does not apply to it.
OFF_ACCOUNT = re.compile(
    r"(?:别|不用|不要|无需|不必|千万别|没必要|不)(?:走|转|打|付|汇|交)(?:到|进|给)?"
    r"(?:公户|对公|公账|公司账户|公司账号|公司的账户|学校账户|园所账户|财务)(?!以外|之外)"
)
# Money paid to the speaker (`保证金直接转给我`, `定金转我这边`, `加盟金打给我`): only in a
# sentence that names a fee or sum, since `打给我` alone may be a phone call.
TO_ME = re.compile(r"(?:(?:转|打|汇|付)(?:账|款|钱)?|发(?:个)?红包)(?:给|到)?我(?![们国司方])")
SUM = re.compile(r"\d+(?:\.\d+)?\s*(?:元|块|万|千)|[一二两三四五六七八九十百千]+(?:万|千)")
# Fees that buy a prize, an activation or a place, and what they are paid for.
_FEE = (
    r"(?:邮费|运费|快递费|手续费|激活费|工本费|服务费|保证金|押金|定金|订金|意向金|诚意金|"
    r"加盟费|加盟金|代理费|代理金|品牌使用费|品牌费|区域费|入场费|培训费|设备费|首付款|"
    r"预付款|入会费|会费|解冻费|认证费|税费|包装费|报名费|资料费|服装费|体验费|押金费|"
    # a school's or kindergarten's place held for a fee (占位费, 学位押金)
    r"占位费|占位金|学位费|学位押金|学位金|择校费|赞助费|名额费|锁位费|建园费|加盟金)"
)
_FEE_VERB = r"(?:支付|付|交|缴|补缴|补交|预付|先付|垫付|承担|转|打)"
# A fee demanded before anything is given (`先交299元押金`, `需先缴保证金`): the deposit that
# opens recruitment and trial schemes (体验官, 兼职) as much as franchises.
DEPOSIT_FIRST = re.compile(
    rf"(?:先|需|须|只需|仅需|需要)先?(?:交|缴|付|垫付|转|打)(?!了)[^。!?;！？；，,]{{0,8}}{_FEE}"
)
# The fee (with an amount or a verb) and, in the same sentence, what it buys.
FEE_FOR_PRIZE = re.compile(
    rf"{_FEE_VERB}(?!了)[^。!?;！？；]{{0,8}}{_FEE}[^。!?;！？；]{{0,12}}"
    r"(?:领取|免单|中奖|兑换|激活|到账|发放|发货|寄出|包邮|获得|锁定|签约|开通|入驻)"
    rf"|(?:领取|免单|中奖|兑换|0元领|免费领|免费拿|白送)[^。!?;！？；]{{0,12}}{_FEE_VERB}(?!了)"
    rf"[^。!?;！？；，,]{{0,6}}{_FEE}"
    # postage alone buys the prize (付邮即可领取, 0元领正装，付邮到家)
    r"|(?:领取|0元领|免费领|正装|赠送|免费送)[^。!?;！？；]{0,12}付邮"
    r"|付邮[^。!?;！？；]{0,6}(?:领取|到家|即可|即送|包邮|试用)"
    # an amount paid for the prize, with no fee named (支付9.9元即可领取)
    rf"|{_FEE_VERB}(?!了)(?:仅|只)?\d+(?:\.\d+)?元[^。!?;！？；]{{0,10}}"
    r"(?:领取|免单|激活|兑换|到账|发放|包邮|锁定|获得)"
    # the winner bears the fee (免费领取，邮费自付)
    rf"|(?:领取|免单|中奖|兑换|赠送|免费送)[^。!?;！？；]{{0,12}}{_FEE}\s*(?:\d+(?:\.\d+)?\s*元)?"
    r"(?:自付|自理|到付)"
    # a free gift and, in the same sentence, the fee it costs with its amount (免费送门票礼盒，
    # 邮费10元; 白送一瓶，仅收12元运费)
    rf"|(?:免费送|免费领|免费拿|免费赠|白送|0元领|零元领|0元送|包送)[^。!?;！？；]{{0,14}}"
    rf"(?:{_FEE}\s*\d+(?:\.\d+)?\s*元|\d+(?:\.\d+)?\s*元的?{_FEE})"
    # a gift and, later in its sentence, "only the fee" (送保温杯，只需12元邮费)
    rf"|(?:送|赠|领|免费|0元)[^。!?;！？；]{{0,16}}(?:只需|仅需|只要|仅收|只收|只付|仅付)\s*"
    rf"(?:\d+(?:\.\d+)?\s*元的?)?{_FEE}"
)
# Joining schemes: franchise, agency, partner. With a fee and a payment verb in one sentence
# they ask the reader for money.
JOIN = re.compile(r"加盟|合伙人|代理|招商|入驻|开店|开设网点|加入我们")
# What makes a joining fee an offer to the reader rather than a description or a complaint
# (`加盟要交5万保证金，太坑了`): a directive, a deadline, a quota or a way to sign up.
JOIN_OFFER = re.compile(
    r"先|请|即可|只需|仅需|立即|马上|尽快|锁定|限时|速来|报名|签约|开通|备注|咨询"
)
# The same, anywhere in the text: a recruitment drive or a way to sign up.
JOIN_DRIVE = re.compile(r"名额|招募|招商|诚邀|欢迎加入|详情|加v|加微信|私信|私聊")
JOIN_MONEY = re.compile(
    rf"{_FEE_VERB}(?!了)[^。!?;！？；，,]{{0,8}}{_FEE}"
    rf"|{_FEE}[^。!?;！？；]{{0,12}}(?:转账|汇款|打款|缴纳|交纳|付款|汇入|转入)(?!了)"
)
DATA_NOUN = re.compile(
    r"身份证|银行卡|卡号|开户行|验证码|密码|身份信息|手机号|收货地址|社保号|护照|"
    r"电话号码|联系电话|家庭住址|住址|详细地址|收件地址|邮寄地址|cvv|cvn|安全码|"
    # a phone or contact listed with an address (留下电话和地址, 留言联系方式+地址): a
    # giveaway's delivery form
    r"(?:电话|联系方式)(?=\s*[和及与跟加+＋、/]?\s*(?:收货|收件|邮寄|详细|家庭)?地址)|"
    r"地址(?=\s*[和及与跟加+＋、/]\s*(?:电话|联系方式|手机))"
)
REQUEST_VERB = re.compile(
    r"填写|提供|发送|发至|发给|上传|输入|登记|提交|留下|绑定|告知|报上|请将|索要|私信发|"
    # a text message's reply (回复身份证号+银行卡号) and a bare 填 (需填身份证号)
    # (not a reply's label, `回复：`)
    r"回复(?![:：])|回传|发来|发过来|填(?![充补空满])|"
    # a phishing page's "verify your card" (验证银行卡, 核验身份信息); not 验证码 itself
    # (not done already: 核验过了, 更新了)
    r"(?:验证(?!码)|核验|校验|完善|补全|补填|更新)(?![过了])|"
    # a giveaway's comment form (评论区留电话+地址, 留言联系方式和收件地址)
    r"留言|评论区留|(?<![居保停滞逗挽遗残收拘扣])留(?=\s*(?:电话|手机|联系|地址|姓名|收货|收件|身份证|银行卡))"
)
LURE = re.compile(
    r"保本|年化|稳赚|稳健收益|高收益|高额回报|返利|返现|即返|分红|内部认购|内部名额|内部股|"
    r"原始股|股权众筹|理财名额|理财金|免费领取|即可领取|领取\d+元|补贴|荐股|带单|布局.{0,3}股|"
    # shares in the enterprise's stores or plants offered to fans (开放门店股权, 入股5万)
    r"开放[^。!?;！？；，,]{0,6}股(?:权|份)|股(?:权|份)[^。!?;！？；，,]{0,4}(?:开放|认购|众筹)|入股|"
    r"保息|固定分红|月月分红|"
    # investment terms: a minimum stake, interest by the month or day, a promised return
    r"起投|门槛[\d一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]|月息|日息|周息|月收益|日收益|月回报|保底收益|收益计划|理财计划|内部份额|"
    # a promised rate by the month or week (每月15%, 月化8%, 保底12%), a fixed return
    r"(?:每月|每周|每天|每日)(?:返|回报|收益|分红|返利)?\d+(?:\.\d+)?%|"
    r"(?:月化|周化|日化)(?:收益|利率|回报)?\d|保底\d|"
    r"固定回报|稳定回报|稳定收益|"
    r"理财份额|认购份额|名额有限|仅剩\d+个?名额|高息|返息|日返|月返|回报率|预期收益|固定收益|"
    # a group a named person is said to lead in person (亲自带的投资群)
    r"投资群|带单群|亲自带|"
    # a price below the enterprise's own channel (比官方便宜, 比APP内低一半)
    r"比(?:官方|官网|app|门店|店里|平台)[^。!?;！？；，,]{0,4}(?:便宜|低|省)|"
    # income for nothing (躺赚, 每天躺赚30+, 日赚300): the device or share scheme's promise
    r"躺赚|躺着赚|躺着收钱|坐等收益|坐享收益|睡后收入|(?:每天|每日|日|每月|月)躺?赚\d|"
    # a guarantee that the stake comes back (原价回购, 签字担保, 到期回购)
    r"签字担保|本人担保|亲自担保|担保回购|"
    r"(?:原价|保证|承诺|无条件|全额|溢价|到期|保本|按原价|包|100%)回购|"
    # a pre-listing share offer: shares for staff, a channel, a multiple on listing
    r"员工认购|认购通道|认购协议|认购名额|认购\d+(?:台|份|股|手|单)|员工持股名额|股权激励名额|"
    r"上市前(?:认购|入股|锁定|内部价)|pre-?ipo|"
    r"翻[一二两三四五六七八九十百\d]+倍|上市[^。!?;！？；，,]{0,6}(?:翻|暴涨|增值)|"
    r"名额不多|名额紧张|仅限前?\d+(?:个|名|位)|前\d+名(?:免费|赠送|送|有效)|"
    # an agency or stake offered with no threshold (零门槛代理, 0门槛入股)
    r"(?:零|0)门槛(?:代理|加盟|投资|入股|创业|合伙|赚钱|入局|躺赚)|零风险|0风险|无风险(?:投资|理财|收益)|"
    # the last places of a quota (开放最后20个城市合伙人名额, 名额只剩3个)
    r"(?:最后|仅剩|只剩|还剩|剩余)[\d一二三四五六七八九十两]+个?[^。!?;！？；，,]{0,8}名额|"
    r"名额(?:只剩|仅剩|还剩)|"
    # a joining fee cut for the reader (加盟费8折, 代理费减半, 加盟费全免)
    r"(?:加盟费|代理费|加盟金)[^。!?;！？；，,]{0,3}(?:[\d一二三四五六七八九]\.?\d?折|减半|全免|减免)"
)
CONTACT = re.compile(
    r"加微信|加v|添加.{0,8}微信|微信号|进群|拉群|私信领取|私聊领取|扫码|二维码|"
    r"加(?:我|一下|个)?[^。!?;！？；，,\s]{0,4}(?:微信|vx|wx|v信|qq)|"
    r"联系[^。!?;！？；，,]{0,6}(?:微信|vx|wx|v信|qq)|私聊|私信我|私我|"
    r"加(?:我|一下|个)?[^。!?;！？；，,\s]{0,4}v(?![a-z])|(?:联系|找|加|私信)(?:我的?)?助理|"
    # chat slang for "message me" and "reply 1 and I add you" (滴滴我, dd我, 扣1我拉你)
    r"滴滴我|滴我|dd我|扣[个“\"']?1(?!\d)|我拉你|拉你进|"
    # a plus sign for 加 (➕v：…, +vx, ＋微信)
    r"[➕+]\s*(?:我|个)?\s*(?:vx|wx|v信|v(?![a-z])|微信|薇信|qq)|"
    # the link on the speaker's own profile page (点我主页链接, 戳主页链接报名)
    r"(?:点|戳|点击|进|看)(?:我的?)?主页(?:链接)?|主页(?:的)?链接|"
    # "message me for details" (私信详聊, 加V详聊, 私信咨询)
    r"详聊|私信(?:咨询|了解|获取|报名|详询)|"
    # a chat id written out (VX：abc_888, 微信: hxb2026)
    r"(?:vx|wx|v信|微信|薇信|qq)\s*[:：]\s*[a-z0-9_-]{4,}"
)
# The screen-sharing refund scam: the reader is told to install a meeting or remote-control
# app and share the screen (下载会议软件, 开启屏幕共享, 远程协助) while working in her online bank
# (登录手机银行, 在网银里操作): whoever watches takes the codes and the money. An enterprise's
# real service never watches a customer's banking screen.
SCREEN_SHARE = re.compile(
    r"共享屏幕|屏幕共享|屏幕分享|分享屏幕|共享桌面|桌面共享|投屏给我|"
    r"远程(?:控制|协助|操控|操作|桌面|指导|帮)|(?:开启|打开|点击?|开一下)共享(?!单车|充电|文档|相册)|"
    r"(?:下载|安装|下个|装个|装一个|下一个|打开|登录)[^。!?;！？；，,]{0,6}"
    r"(?:会议|远程|共享|屏幕)[^。!?;！？；，,]{0,3}(?:app|软件|应用|客户端)|"
    r"(?:加入|进入|输入)[^。!?;！？；，,]{0,4}会议(?:号|室)"
)
BANKING = re.compile(
    r"网银|网上银行|手机银行|银行(?:app|软件|客户端)|(?:登录|打开|进入)[^。!?;！？；，,]{0,4}银行|"
    r"银行卡|验证码|余额|支付宝|微信钱包|转账|退款|理赔|退费|赔付"
)
# Pay first, then report the payment to a person (转账后联系客服, 打款成功后截图发给我): the
# instruction of someone collecting money by hand; an enterprise's own checkout needs none.
# (not a report of one's own payment: 截图发给客服了)
_REPORT_TO = r"(?:在线|专属|对接)?(?:客服|我|助理|专员|管理员|群主|老师|经理)(?![了过])"
PAY_THEN_REPORT = re.compile(
    r"(?:(?:转账|转款|汇款|打款|转钱)(?:成功|完成)?|转(?:完|好)账)(?:后|之后|以后)"
    r"[^。!?;！？；]{0,4}?(?:请|再)?"
    rf"(?:联系|找|私信|私聊|截图(?:发)?(?:给)?|告知|通知){_REPORT_TO}"
    # the transfer's receipt sent to a person (转账截图发客服, 打款凭证私信我)
    rf"|(?:转账|汇款|打款)(?:成功)?(?:后)?的?(?:截图|凭证|回执)(?:发|私信|给)(?:给)?{_REPORT_TO}"
)
# An amount: digits (with 万/千/w/k) or a Chinese numeral (五千, 两万).
_AMOUNT = r"(?:\d+(?:\.\d+)?\s*(?:万|千|w|k)?|[一二两三四五六七八九十百千万]+)"
# A deposit or top-up of an amount (存五千, 充值5000元, 入金1万).
TOP_UP = re.compile(
    rf"(?:存入|预存|存款|充值|入金|投入|投资|存|充)(?:满)?\s*(?P<amount>{_AMOUNT})\s*(?:元|块)?"
)
# The same buying a gift (存五千送一台设备, 充值1万即送): with a large sum, the lure of a
# deposit scheme (small top-up bonuses, 充100送20, are ordinary shop promotions).
GIFT_AFTER = re.compile(r"[^。!?;！？；，,]{0,3}?(?:即|就|立|可|再)?(?:送|赠|返|领)")
LARGE_DEPOSIT = 1000
# A finance app the reader is told to install (下载X财富APP, 注册X理财平台): deposits into it go
# to whoever runs it, not to the enterprise named beside it.
FINANCE_APP = re.compile(
    r"(?:下载|安装|注册|登录|下个|装个)[^。!?;！？；，,]{0,12}?"
    r"(?:理财|财富|金融|投资|基金|钱包|资管|证券|交易所|借贷|数字资产|数字货币|区块链)"
    r"[^。!?;！？；，,]{0,4}?(?:app|软件|客户端|平台|应用)"
)
# How far after the app a deposit into it may be asked.
APP_DEPOSIT_REACH = 40
SENTENCE_END = re.compile(r"[。!?;！？；\n]")
# Clause ends (an enumeration comma 、 does not end a negation's scope).
CLAUSE_MARK = re.compile(r"[，,。!?;！？；\n]")
# How far before a cue (in characters, within its clause) a negator still applies.
NEGATION_REACH = 20
# How far apart a request verb and a data noun may be in one sentence.
REQUEST_REACH = 25
# How far apart a lure and a private channel may be.
LURE_REACH = 30


@dataclass(frozen=True)
class Solicitation:
    """A cue span [start, end) of the normalized text and what it asks for."""

    kind: str  # "money" | "data" | "lure" | "contact" | "remote"
    start: int
    end: int
    text: str


def find_solicitations(text: NormalizedText, limit: int = 4000) -> list[Solicitation]:
    """Money and data requests, and lures paired with a private channel, in the first `limit`
    characters; [] when none."""
    body = text.text[:limit]
    money = _cues(body, MONEY_OUT, "money")
    data = _data_requests(body)
    lures = _cues(body, LURE, "lure")
    contacts = _cues(body, CONTACT, "contact")
    fees = [*_cues(body, FEE_FOR_PRIZE, "money"), *_cues(body, DEPOSIT_FIRST, "money")]
    off_account = [
        Solicitation("money", m.start(), m.end(), m.group()) for m in OFF_ACCOUNT.finditer(body)
    ]
    found = [*money, *fees, *_join_payments(body), *_to_me(body), *off_account, *data]
    found += _screen_sharing(body)
    found += _cues(body, PAY_THEN_REPORT, "money")
    found += _app_deposits(body)
    lures += _deposit_gifts(body)
    for lure in lures:
        near = [c for c in contacts if abs(c.start - lure.start) <= LURE_REACH]
        if near:
            found.extend([lure, *near])
    return _merge(sorted(set(found), key=lambda s: (s.start, -s.end)))


def _merge(found: list[Solicitation]) -> list[Solicitation]:
    """Drop cues inside a longer cue of the same kind (`填写身份证` in `填写身份证号和手机号`)."""
    kept: list[Solicitation] = []
    for cue in found:
        if any(k.kind == cue.kind and k.start <= cue.start and cue.end <= k.end for k in kept):
            continue
        kept = [
            k
            for k in kept
            if not (k.kind == cue.kind and cue.start <= k.start and k.end <= cue.end)
        ]
        kept.append(cue)
    return kept


def solicits(text: str) -> bool:
    """Whether a raw text contains a solicitation."""
    return bool(find_solicitations(normalize(text)))


def _cues(body: str, pattern: re.Pattern[str], kind: str) -> list[Solicitation]:
    return [
        Solicitation(kind, m.start(), m.end(), m.group())
        for m in pattern.finditer(body)
        # A negator before the cue, or between a request marker and its verb (你没支付).
        if not negated(body, m.start()) and not negated(body, m.end())
    ]


def _screen_sharing(body: str) -> list[Solicitation]:
    """A screen shared or a remote-control app installed, in a text about banking or a refund."""
    if BANKING.search(body) is None:
        return []
    return _cues(body, SCREEN_SHARE, "remote")


def _amount(token: str) -> float:
    """The value of an amount token (`5000`, `1.5万`, `五千`, `两万`); 0 when unreadable.

    >>> _amount("1.5万"), _amount("五千"), _amount("两万"), _amount("200"), _amount("万万")
    (15000.0, 5000.0, 20000.0, 200.0, 0.0)
    """
    token = token.replace(" ", "")
    units = {"万": 10000.0, "w": 10000.0, "千": 1000.0, "k": 1000.0}
    digits = re.fullmatch(r"(\d+(?:\.\d+)?)([万千wk]?)", token)
    if digits:
        return float(digits.group(1)) * units.get(digits.group(2), 1.0)
    # imported here: it loads its tables, and only a deposit offer needs it
    import cn2an  # type: ignore[import-untyped]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # cn2an warns about its own deprecations
        try:
            return float(cn2an.cn2an(token, "normal"))
        except (ValueError, KeyError, IndexError, TypeError):
            return 0.0


def _deposit_gifts(body: str) -> list[Solicitation]:
    """A large deposit or top-up that buys a gift (`存五千送一台设备`): a lure."""
    found: list[Solicitation] = []
    for top_up in TOP_UP.finditer(body):
        gift = GIFT_AFTER.match(body, top_up.end())
        if gift is None or _amount(top_up.group("amount")) < LARGE_DEPOSIT:
            continue
        if not negated(body, top_up.start()):
            found.append(
                Solicitation("lure", top_up.start(), gift.end(), body[top_up.start() : gift.end()])
            )
    return found


def _app_deposits(body: str) -> list[Solicitation]:
    """A deposit or top-up of an amount shortly after the reader is told to install a finance
    app (`下载X财富APP，存五千送…`): money asked into an app the message itself supplies."""
    found: list[Solicitation] = []
    for app in FINANCE_APP.finditer(body):
        if negated(body, app.start()):
            continue
        window = body[app.end() : app.end() + APP_DEPOSIT_REACH]
        top_up = TOP_UP.search(window)
        if top_up is None or SENTENCE_END.search(window, 0, top_up.start()):
            continue
        start, end = app.end() + top_up.start(), app.end() + top_up.end()
        if not negated(body, start):
            found.append(Solicitation("money", start, end, body[start:end]))
    return found


def _join_payments(body: str) -> list[Solicitation]:
    """A fee paid in a sentence about joining a franchise, agency or partner scheme."""
    found: list[Solicitation] = []
    drive = JOIN_DRIVE.search(body) is not None
    for sentence in _sentences(body):
        start, text = sentence
        if not JOIN.search(text) or not (JOIN_OFFER.search(text) or drive):
            continue
        found.extend(
            Solicitation("money", start + m.start(), start + m.end(), m.group())
            for m in JOIN_MONEY.finditer(text)
            if not negated(body, start + m.start())
        )
    return found


def _to_me(body: str) -> list[Solicitation]:
    """Money paid to the speaker in a sentence that names a fee or a sum (`保证金2万直接转给我`)."""
    found: list[Solicitation] = []
    for start, text in _sentences(body):
        if not (re.search(_FEE, text) or SUM.search(text)):
            continue
        found.extend(
            Solicitation("money", start + m.start(), start + m.end(), m.group())
            for m in TO_ME.finditer(text)
            if not negated(body, start + m.start())
        )
    return found


def _sentences(body: str) -> list[tuple[int, str]]:
    """(offset, text) of each sentence; the mark that ends one belongs to it."""
    found: list[tuple[int, str]] = []
    start = 0
    for mark in SENTENCE_END.finditer(body):
        found.append((start, body[start : mark.end()]))
        start = mark.end()
    if start < len(body):
        found.append((start, body[start:]))
    return found


def _data_requests(body: str) -> list[Solicitation]:
    verbs = [m for m in REQUEST_VERB.finditer(body) if not negated(body, m.start())]
    found: list[Solicitation] = []
    for noun in DATA_NOUN.finditer(body):
        if negated(body, noun.start()):
            continue
        for verb in verbs:
            if abs(verb.start() - noun.start()) <= REQUEST_REACH and not SENTENCE_END.search(
                body, min(verb.end(), noun.end()), max(verb.start(), noun.start())
            ):
                start, end = min(verb.start(), noun.start()), max(verb.end(), noun.end())
                found.append(Solicitation("data", start, end, body[start:end]))
                break
    return found


def negated(body: str, at: int) -> bool:
    """Whether a negator stands shortly before position `at` in the same clause."""
    window_start = max(0, at - NEGATION_REACH)
    boundary = max((m.end() for m in CLAUSE_MARK.finditer(body, window_start, at)), default=0)
    window = body[max(window_start, boundary) : at]
    for word in NOT_NEGATING:
        window = window.replace(word, " ")
    return any(negator in window for negator in NEGATORS)
