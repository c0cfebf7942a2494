"""Two leaks the privacy detectors must see beyond a labelled number:

- a registered person's mobile written under their name (`X手机 1xx-xxxx-xxxx`, any spacing)
  with a call to ring them about a grievance (`有意见的直接找她本人`): the number is theirs
  and handed out against them, even though `本人` and `微信同号` are words of own contacts;
- a clinic record that names its patient, registered or not (`患者<name>，女，34岁，住…，
  诊断…HIV阳性`): a diagnosis tied to a named person, leaked from the record.

Guards: hotlines, shopkeepers' own numbers, a person's quoted words, public-health figures,
people telling of their own illness, anonymised case reports and news of a leak that names
nobody. People: examples/registry (顾南笙, 柏知远, 林晏舟); patients are invented.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .privacy_findings import privacy_findings

CALLOUTS = [
    "顾南笙手机 177-2149-6083，微信同号，有意见的直接找她本人",
    "柏知远私人手机：138-0571-2299，不服的直接打电话给他",
    "林晏舟的手机号 139 5718 2046，大家去问候他",
    "顾南笙电话 177 2149 6083 有意见的直接找她",
    "柏知远个人电话 13805712299 想讨说法的联系他本人",
    "顾南笙手机号：177-2149-6083，微信同号，大家去骂她",
]


@pytest.mark.parametrize("text", CALLOUTS)
def test_a_registered_persons_number_with_a_callout_is_a_leak(
    example_registry: Registry, text: str
) -> None:
    found = privacy_findings(example_registry, text)
    phones = [f for f in found if f.detector == "phone_number"]
    assert phones and phones[0].target is not None
    assert phones[0].score >= 0.8


PHONE_GUARDS = [
    # a hotline, with the same call to ring it
    "澄屿售后热线 400-820-1234，有意见的直接打过去，找她们主管",
    # the person's own words quoted, and the company's service number
    "顾南笙在发布会上说有意见的直接找她本人，澄屿客服电话 0571-86001234",
    # a business contact given by the person's office
    "顾南笙的助理说商务合作请联系 139-5718-2046",
    # a shopkeeper's own number
    "本店老板手机 139-5718-2046，有意见的直接找我",
]


@pytest.mark.parametrize("text", PHONE_GUARDS)
def test_hotlines_and_own_contacts_stay_clean(example_registry: Registry, text: str) -> None:
    assert privacy_findings(example_registry, text) == []


RECORDS = [
    "某口腔内部截图流出：患者宋雨桐，女，34岁，住杭州市西湖区文三路，诊断慢性牙周炎伴HIV阳性，"
    "种植失败两次，主治医生备注：情绪不稳定。",
    "医院系统截图：姓名：聂星禾（男，41岁），住宁波市鄞州区，确诊双相情感障碍，长期服药。",
    "病人邝一鸣，男，29岁，家住成都市武侯区，查出梅毒阳性，已转皮肤科。",
    "这是诊所后台流出的就诊记录——患者柯思远，既往史：乙肝大三阳，今日拔牙。",
    "患者 宋雨桐 女 34岁 确诊抑郁症，截图来自医院系统",
    "内部流出患者聂星禾的病历：诊断为精神分裂症",
]


@pytest.mark.parametrize("text", RECORDS)
def test_a_record_naming_its_patient_is_a_leak(example_registry: Registry, text: str) -> None:
    found = [f for f in privacy_findings(example_registry, text, kind="post")]
    medical = [f for f in found if f.detector == "medical_biometric_detail"]
    assert medical, text
    evidence = medical[0].evidence[0]
    assert evidence.kind == "medical_detail"
    # the patient's name is masked in the evidence description
    assert "*" in evidence.details["patient"]
    assert evidence.details["patient"][1:] not in evidence.description.replace("*", "")


def test_a_sensitive_diagnosis_scores_higher(example_registry: Registry) -> None:
    plain = privacy_findings(
        example_registry, "病人邝一鸣，男，29岁，诊断为慢性胃炎。", kind="post"
    )
    sensitive = privacy_findings(
        example_registry, "病人邝一鸣，男，29岁，诊断为HIV阳性。", kind="post"
    )
    assert plain and sensitive and sensitive[0].score > plain[0].score


RECORD_GUARDS = [
    # public-health figures
    "本市上月新增HIV阳性患者32例，患者年龄集中在20至40岁，疾控提醒做好防护。",
    # a person telling of their own illness
    "我叫宋雨桐，34岁，去年确诊HIV阳性，今天想说说我这一年的经历。",
    # anonymised case reports
    "病例分享：患者张某，女，34岁，诊断慢性牙周炎伴糖尿病，种植前需控制血糖。",
    "患者王女士，45岁，确诊乳腺癌后坚持复查，现已康复。",
    "今天门诊来了一位患者，女，34岁，诊断为抑郁症，家属很配合。",
    "科普：患者小林，28岁，诊断为焦虑症，经过三个月治疗明显好转。",
    # a named patient with no record, no description and no leak: a family's thanks
    "患者宋雨桐住院期间诊断为肺炎，医生护士都很负责，感谢。",
    # news of a leak that names nobody
    "患者家属称，医院泄露了病历，要求医院公开道歉。",
    # a registered company's office address
    "澄屿科技总部在浙江省杭州市滨江区澄江路77号澄屿大厦，员工体检在楼下诊所。",
]


@pytest.mark.parametrize("text", RECORD_GUARDS)
def test_figures_own_stories_and_case_reports_stay_clean(
    example_registry: Registry, text: str
) -> None:
    assert privacy_findings(example_registry, text, kind="post") == []
