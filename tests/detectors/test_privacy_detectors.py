"""Privacy-leak detectors on (text, detector, expected evidence kind or None) tables.

Every hard-negative family of issue 4 has a row here: order, tracking and invoice numbers,
timestamps, prices, stock codes, 18-digit numbers whose checksum fails, a company's public
hotline and its registered office address. Names and numbers are fictional.
"""

from __future__ import annotations

import pytest

from clearbright.detectors.base import prepare
from clearbright.detectors.catalog import DetectorClass
from clearbright.detectors.privacy import DETECTORS
from clearbright.detectors.privacy.address import HomeAddressDetector
from clearbright.detectors.privacy.bank_card import BankCardDetector
from clearbright.detectors.privacy.credentials import CredentialDetector
from clearbright.detectors.privacy.identifiers import PersonalIdentifierDetector
from clearbright.detectors.privacy.medical import MedicalDetailDetector
from clearbright.detectors.privacy.phone import PhoneNumberDetector
from clearbright.detectors.privacy.resident_id import ResidentIdDetector
from clearbright.detectors.privacy.trade_secret import TradeSecretDetector
from clearbright.detectors.privacy.whereabouts import WhereaboutsDetector
from clearbright.model import Finding, Item
from clearbright.registry import Registry

ID = "330108198506122312"  # valid check digit; county code newer than the birth year
ID_2 = "110108199202290038"  # valid check digit, county known
CARD = "6217008899123456718"  # Luhn-valid UnionPay number
PHONE = "13905712468"


def run(cls: DetectorClass, registry: Registry, text: str, kind: str = "post") -> list[Finding]:
    item = Item.model_validate({"id": "t", "platform": "weibo", "kind": kind, "text": text})
    detector = cls(registry)
    return list(detector.detect(prepare(item, registry)))  # type: ignore[union-attr]


CASES: list[tuple[str, DetectorClass, str | None]] = [
    # resident ID numbers
    (f"扒一扒顾南笙：身份证号 {ID}，杭州人。", ResidentIdDetector, "validated_id_number"),
    (f"身份证{ID_2}", ResidentIdDetector, "validated_id_number"),
    (
        "柏知远身份证：３３０１０８ １９８５０６１２ ２３１２",
        ResidentIdDetector,
        "validated_id_number",
    ),
    ("顾南笙的身份证 33O1O8 198506l2 2312 拿去不谢", ResidentIdDetector, "validated_id_number"),
    (
        "林晏舟身份证号：三三〇一〇八一九八五〇六一二二三一二",
        ResidentIdDetector,
        "validated_id_number",
    ),
    ("顾南笙身份证 330108-19850612-2312", ResidentIdDetector, "validated_id_number"),
    ("顾南笙身份证 3301零8一九85〇6122312", ResidentIdDetector, "validated_id_number"),
    ("顾南笙的身份证号是3301**********2312，有人要吗", ResidentIdDetector, "partial_id_number"),
    ("顾南笙的旧身份证号 330108850612231", ResidentIdDetector, "id_number"),
    ("330108850612231", ResidentIdDetector, None),  # 15 digits with no ID label: IMEI-like
    ("身份证号 330108198506122313", ResidentIdDetector, None),  # check digit fails
    (f"订单号 {ID}，三周没发货", ResidentIdDetector, None),
    (f"物流单号{ID}已签收", ResidentIdDetector, None),
    (f"快递运单 {ID}", ResidentIdDetector, None),
    (f"发票号码：{ID}", ResidentIdDetector, None),
    (f"顾南笙 https://example.com/detail/{ID}", ResidentIdDetector, None),  # a link
    ("交易时间 20240315130522 金额 1399.00 元", ResidentIdDetector, None),
    ("下单时间 2024-03-15 13:05:22，订单已关闭", ResidentIdDetector, None),  # timestamp
    ("下单时间 2024-03-15 13:05:22，订单已关闭", PhoneNumberDetector, None),
    ("到手价 ¥3,301,081.98，原价 5,062,123.12 元", ResidentIdDetector, None),  # prices
    ("到手价 ¥13,905,712.46，顾南笙亲自带货", PhoneNumberDetector, None),
    ("股票代码 600519，收盘价 1688.00 元", BankCardDetector, None),  # stock code
    (f"发票号码：{CARD}", BankCardDetector, None),  # invoice number that passes Luhn
    ("股票代码 600519，收盘价 1688.00 元", ResidentIdDetector, None),
    ("990108198506122312", ResidentIdDetector, None),  # no such province
    ("330108198513322317", ResidentIdDetector, None),  # month 13
    ("我的身份证后四位 3301**********2312 也核对了", ResidentIdDetector, None),
    # phone numbers
    (
        f"柏知远的手机 {PHONE[:3]} {PHONE[3:7]} {PHONE[7:]}，打爆他电话。",
        PhoneNumberDetector,
        "phone_number",
    ),
    ("顾南笙住在滨江，电话一三九零五七一二四六八。", PhoneNumberDetector, "phone_number"),
    ("顾南笙的手机号139****2468", PhoneNumberDetector, "partial_phone_number"),
    (f"澄屿售后客服电话 {PHONE}，工作日九点到六点。", PhoneNumberDetector, None),
    ("全国服务热线 400-820-8820", PhoneNumberDetector, None),
    (f"有需要的联系我 {PHONE}", PhoneNumberDetector, None),
    (f"快递单号 {PHONE} 查不到", PhoneNumberDetector, None),
    ("13900000000 是空号吗", PhoneNumberDetector, None),  # too weak alone: no person, no dox
    ("那个中介的手机号13905712468，", PhoneNumberDetector, "phone_number"),  # someone else's
    ("详情见 https://example.com/u?tel=13905712468", PhoneNumberDetector, None),  # in a link
    ("我的手机号139****2468都核对过了", PhoneNumberDetector, None),
    # A staff member's own number handed out against them is no hotline, whatever the job.
    (
        "客服经理林小雨的手机：一三九 〇五七一 二四六八，大家有事直接打给她本人。",
        PhoneNumberDetector,
        "phone_number",
    ),
    (f"澄屿客服的电话 {PHONE} 没人接，大家直接打12315投诉吧。", PhoneNumberDetector, None),
    ("那个柜姐的私人手机１５８－２２０６－７７３１", PhoneNumberDetector, "phone_number"),
    (f"我的私人手机 {PHONE}，有事联系。", PhoneNumberDetector, None),
    # bank cards
    ("顾南笙工资卡：6217 0088 9912 3456 718，每月10号到账。", BankCardDetector, "bank_card_number"),
    ("流出的表格：张某 卡号622202334455667782 余额", BankCardDetector, "bank_card_number"),
    (f"交易流水号 {CARD}", BankCardDetector, None),
    (f"顾南笙 https://example.com/item/{CARD}", BankCardDetector, None),  # a link
    ("卡号 6217008899123456719", BankCardDetector, None),  # Luhn fails
    (f"请将认购款转至账户 {CARD}", BankCardDetector, None),  # a payee account, not a leak
    # home addresses
    (
        "顾南笙家住杭州市滨江区云栖雅苑5幢1单元1202，明早大家去讨说法。",
        HomeAddressDetector,
        "home_address",
    ),
    ("质检主管住在杭州市拱墅区桂湾小区12号楼3单元501。", HomeAddressDetector, "home_address"),
    ("我家住滨江区云栖雅苑5幢1单元1202，物业三天没修电梯了。", HomeAddressDetector, None),
    ("澄屿总部在浙江省杭州市滨江区澄江路77号澄屿大厦，欢迎参观。", HomeAddressDetector, None),
    ("门店地址：滨江区星光大道2幢1单元101，营业到晚上十点。", HomeAddressDetector, None),
    ("云栖雅苑5幢1单元1202昨晚电梯故障，物业已修复。", HomeAddressDetector, None),
    ("顾南笙家住云栖雅苑，大家去讨说法。", HomeAddressDetector, "home_address"),  # compound
    ("柏知远住在锦城花园3-2-1201，明天去堵他。", HomeAddressDetector, "home_address"),
    ("柏知远家住成都市武侯区锦里路18号，想讨说法的自己去找。", HomeAddressDetector, "home_address"),
    ("听说有个网红家住云栖雅苑。", HomeAddressDetector, None),  # compound, tied to no one
    # other identifiers
    ("顾南笙的车牌浙A·5D7K2，大家去堵他。", PersonalIdentifierDetector, "license_plate"),
    ("顾南笙私人邮箱 gunansheng1985@example.com 拿去", PersonalIdentifierDetector, "email"),
    ("顾南笙护照号 E12345678 扒出来了", PersonalIdentifierDetector, "passport"),
    ("浙A·5D7K2这种靓号真难摇。", PersonalIdentifierDetector, None),
    ("顾南笙说合作请发邮件至 service@chengyu-tech.com", PersonalIdentifierDetector, None),
    # credentials
    (
        "顾南笙邮箱账号 gns_work@example.com 密码：Cy2024!abc",
        CredentialDetector,
        "account_credentials",
    ),
    ("客服不会向您索要密码或验证码。", CredentialDetector, None),
    # whereabouts
    (
        "实时：顾南笙现在就在萧山机场T3出发层，航班十点起飞。",
        WhereaboutsDetector,
        "live_whereabouts",
    ),
    ("顾南笙明天下午三点在博览中心出席发布会。", WhereaboutsDetector, None),
    ("顾南笙的女儿每天下午四点从滨江实验小学东门放学。", WhereaboutsDetector, "live_whereabouts"),
    ("现在就在机场，航班延误三小时了。", WhereaboutsDetector, None),  # nobody named
    (
        "扒一扒顾南笙的行程。据说他今晚住在西湖边的酒店，房号1208，大家懂的。",
        WhereaboutsDetector,
        "live_whereabouts",
    ),  # a pronoun points to the one person the post names
    # medical and biometric
    (
        "听说顾南笙上个月确诊肝癌，在市一院住院，病历照片在评论区。",
        MedicalDetailDetector,
        "medical_detail",
    ),
    ("柏知远的指纹和人脸数据都在这个压缩包里。", MedicalDetailDetector, "biometric_detail"),
    # Conditions named without a 病/症 suffix, and the ward and bed someone lies in.
    ("听说柏知远确诊双相，一直在吃药。", MedicalDetailDetector, "medical_detail"),
    (
        "爆料：顾南笙上周住进市一院神经内科五楼12床，别去打扰。",
        MedicalDetailDetector,
        "medical_detail",
    ),
    ("顾南笙今天去医院看望了住院的老员工。", MedicalDetailDetector, None),  # the visitor
    # "Right now" in spoken forms, a station exit, clothes and where the car is parked.
    (
        "顾南笙这会儿就在杭州东站B1出口那家咖啡店，灰色卫衣，车停在P2，在附近的可以去看看",
        WhereaboutsDetector,
        "live_whereabouts",
    ),
    ("顾南笙这会儿应该在开会吧，新品什么时候出。", WhereaboutsDetector, None),
    # A dealer rebate policy marked internal is a trade secret; the published one is not.
    (
        "【内部资料】澄屿2026年经销商返利政策：一级返点6.5%，二级4%，完整PDF见网盘",
        TradeSecretDetector,
        "confidential_marker",
    ),
    ("澄屿公布了2026年经销商返利政策，一级返点6.5%。", TradeSecretDetector, None),
    ("柏知远住进了医院旁边的酒店。", MedicalDetailDetector, None),
    ("顾南笙买了两张1米8的床，3床被子。", MedicalDetailDetector, None),
    ("柏知远说自己焦虑得睡不着，这款床垫真不错。", MedicalDetailDetector, None),
    ("澄屿公告：顾南笙因病住院治疗，公司经营正常。", MedicalDetailDetector, None),
    ("宝宝喝了奶全身起红疹，去医院查说是过敏。", MedicalDetailDetector, None),
    ("听说顾南笙的太太去年在上海做过整容，还去过精神科。", MedicalDetailDetector, "medical_detail"),
    # trade secrets
    (
        "文件抬头：澄屿科技股份有限公司 绝密 严禁外传。Nova 3 整机BOM成本1520元，屏幕供应商报价"
        "310元、电池65元；附件共12页。",
        TradeSecretDetector,
        "confidential_marker",
    ),
    (
        "发件人：采购部 收件人：供应商 主题：未发布机型报价 单价310元 数量20万台 成本下降4%",
        TradeSecretDetector,
        "internal_email",
    ),
    ("我们全程签保密协议，客户信息绝不外泄。", TradeSecretDetector, None),
    (
        "澄屿2023年年报显示营收52亿元，毛利率31%，研发投入8亿元，供应商集中度下降。",
        TradeSecretDetector,
        None,
    ),  # published annual-report data
    (
        "这也不是什么机密，发布会上都讲了，续航提升20%、价格1999元、重量30克。",
        TradeSecretDetector,
        None,
    ),
    ("我手里的材料够写三篇，聊天记录、内部邮件都有。", TradeSecretDetector, None),
    (
        "澄屿内部邮件曝光：Nova 4 采购成本上涨12%，供应商报价每片310元，下季度排产减少20万台。",
        TradeSecretDetector,
        "confidential_marker",
    ),
    (
        "澄屿尚未披露的季报：营收18.2亿元，净利润1.3亿元，毛利率27%。",
        TradeSecretDetector,
        "confidential_marker",
    ),
    (
        "【商业机密】2025年未发布机型排产计划：一季度80万台，二季度120万台，良率目标95%。",
        TradeSecretDetector,
        "confidential_marker",
    ),
    (
        "澄屿起诉前员工侵犯商业秘密，法院一审判决赔偿500万元，涉案图纸12份、报价单30页。",
        TradeSecretDetector,
        None,
    ),  # reporting on a case is not posting the secret
]


@pytest.mark.parametrize(
    ("text", "cls", "kind"), CASES, ids=[f"{c[1].name}-{n}" for n, c in enumerate(CASES)]
)
def test_detector_table(
    text: str, cls: DetectorClass, kind: str | None, example_registry: Registry
) -> None:
    findings = run(cls, example_registry, text)
    if kind is None:
        assert findings == []
        return
    assert len(findings) == 1
    assert findings[0].slug == "privacy_leak"
    assert kind in {e.kind for e in findings[0].evidence}


def test_validated_id_enables_automatic_removal_only_when_complete(
    example_registry: Registry,
) -> None:
    full = run(ResidentIdDetector, example_registry, f"顾南笙身份证号 {ID}")[0]
    partial = run(ResidentIdDetector, example_registry, "顾南笙身份证号 3301**********2312")[0]
    assert full.score >= 0.9 and full.evidence[0].kind == "validated_id_number"
    assert partial.score < 0.9 and partial.evidence[0].kind != "validated_id_number"
    assert full.target == "per-gunansheng"


@pytest.mark.parametrize(
    ("text", "automatic"),
    [
        (f"身份证号 {ID_2}", True),
        (f"顾南笙 {ID_2}", True),
        (f"{ID_2}，已经三周了", False),  # unlabelled: may be an order number that passed by chance
        (f"身份证号格式示例：{ID_2}", False),
    ],
)
def test_automatic_removal_needs_a_presented_id(
    text: str, automatic: bool, example_registry: Registry
) -> None:
    (finding,) = run(ResidentIdDetector, example_registry, text)
    assert finding.evidence[0].kind == "validated_id_number"
    assert (finding.score >= 0.9) is automatic


def test_county_lookup_is_only_a_score_signal(example_registry: Registry) -> None:
    # ID names a county created after the birth year (stdnum rejects it); ID_2 does not.
    newer = run(ResidentIdDetector, example_registry, f"身份证号 {ID}")[0]
    known = run(ResidentIdDetector, example_registry, f"身份证号 {ID_2}")[0]
    assert newer.evidence[0].details["validated"] is True
    assert known.score > newer.score
    assert known.evidence[0].details["county_known"] is True
    assert newer.evidence[0].details["county_known"] is False


def test_official_accounts_publish_their_own_contacts(example_registry: Registry) -> None:
    item = Item.model_validate(
        {
            "id": "t",
            "platform": "weibo",
            "kind": "post",
            "author": {"id": "chengyu_official", "name": "澄屿科技"},
            "text": f"顾南笙今天在直播间答疑，合作电话{PHONE}，"
            "地址澄江路77号澄屿大厦5幢1单元1201。",
        }
    )
    for cls in (PhoneNumberDetector, HomeAddressDetector):
        assert list(cls(example_registry).detect(prepare(item, example_registry))) == []


def test_registered_office_address_is_public(example_registry: Registry) -> None:
    office = "杭州市滨江区澄江路77号澄屿中心2幢1单元1601"
    chengyu = example_registry.enterprises["ent-chengyu"].model_copy(
        update={"office_address": office}
    )
    registry = Registry(
        enterprises={**example_registry.enterprises, "ent-chengyu": chengyu},
        people=example_registry.people,
    )
    text = f"顾南笙住在{office}，大家去讨说法。"
    assert run(HomeAddressDetector, example_registry, text)  # not an office in this registry
    assert run(HomeAddressDetector, registry, text) == []


def test_tied_to_registered_person_raises_severity(example_registry: Registry) -> None:
    tied = run(PhoneNumberDetector, example_registry, f"顾南笙的电话{PHONE}")[0]
    dossier = run(PhoneNumberDetector, example_registry, f"有人住在滨江，电话{PHONE}")[0]
    assert tied.score > dossier.score
    assert tied.target == "per-gunansheng" and dossier.target is None


@pytest.mark.parametrize("cls", DETECTORS, ids=lambda c: c.name)
def test_evidence_points_into_original_and_never_shows_full_numbers(
    cls: DetectorClass, example_registry: Registry
) -> None:
    text = (
        f"扒一扒顾南笙：身份证号 ３３０１０８ {ID[6:]}，工资卡 {CARD}，电话 {PHONE}，"
        "家住杭州市滨江区云栖雅苑5幢1单元1202，邮箱账号 gns@example.com 密码：Cy2024!abc。"
    )
    for finding in run(cls, example_registry, text):
        for evidence in finding.evidence:
            assert evidence.span is not None
            assert text[evidence.span.start : evidence.span.end] == evidence.span.text
            shown = evidence.description + repr(evidence.details)
            for secret in (ID, CARD, PHONE, "1单元1202", "Cy2024!abc"):
                assert secret not in shown, f"{cls.name} shows {secret!r}"
