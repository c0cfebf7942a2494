"""Medical gossip about a registered person: the hospital, the ward and bed (`12楼5床`), an
operation, a malignancy, `检查单我都看到了` — also when the post names the person in one
sentence and tells the detail in the next (`X最近不播了知道为啥吗？人在…`), or names the
condition without a verb of having it (`肺部肿瘤`, `胃癌晚期`).

Guards: the person's own announcement, the company's statement, news reports, denials of a
rumour, donations and investments in cancer care, the person talking about a disease,
patients in general, a visit to someone else. People: examples/registry (顾南笙, 柏知远,
林晏舟); hospitals are invented or generic.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .privacy_findings import privacy_findings

DETECTOR = "medical_biometric_detail"

GOSSIP = [
    # the poster's asides to the reader (`我跟你们说`, `我听说`) are no subject of their own
    (
        "顾南笙三个月没露面了。我跟你们说，人在协和肝胆外科10楼4床，检查单我都见过。",
        "per-gunansheng",
    ),
    ("知道顾南笙为啥停播吗？我听说她在市一院血液科7楼，正在做化疗。", "per-gunansheng"),
    ("为什么林晏舟三个月没露面？答案：肝癌，术后在家休养。", "per-linyanzhou"),
    ("顾南笙停播了。人在重症监护室呢，还在抢救。", "per-gunansheng"),
    ("柏知远最近体检查出肺部结节，已经手术了。", "per-baizhiyuan"),
    # the subject in one sentence, the ward and bed in the next
    ("顾南笙最近不播了知道为啥吗？人在市二院肿瘤科12楼5床，检查单我都看到了。", "per-gunansheng"),
    ("林晏舟好久没开直播了。人在南江医院血液科九楼3床，化验结果我朋友看到了。", "per-linyanzhou"),
    (
        "柏知远最近怎么不更新了？住院了，青城附属医院14楼8床，胰腺癌，手术都做完了。",
        "per-baizhiyuan",
    ),
    # a pronoun in an earlier clause of the sentence
    (
        "顾南笙怎么突然瘦成这样？他在浙一肝胆外科，8楼12床，肝上长了个东西，说是恶性。",
        "per-gunansheng",
    ),
    # a condition without a verb of having it, an operation in spoken form
    ("知道柏知远为啥取消了发布会吗，人在医院呢，肺部肿瘤，已经开过刀了。", "per-baizhiyuan"),
    ("听说林晏舟是胃癌晚期，在滨海医院住着呢，16楼23床。", "per-linyanzhou"),
    (
        "林晏舟上个月在省人民医院做了甲状腺切除手术，恶性的，病理单我朋友拍给我了。",
        "per-linyanzhou",
    ),
    ("顾南笙得的是淋巴瘤，检查单我亲眼见过。", "per-gunansheng"),
    ("柏知远这段时间为什么不露面？听说人在肿瘤医院，乳腺肿瘤，已经动了手术。", "per-baizhiyuan"),
]


@pytest.mark.parametrize(("text", "who"), GOSSIP)
def test_medical_gossip_about_a_registered_person_is_a_leak(
    example_registry: Registry, text: str, who: str
) -> None:
    found = [f for f in privacy_findings(example_registry, text, "post") if f.detector == DETECTOR]
    assert found, text
    assert found[0].target == who
    assert found[0].evidence[0].kind == "medical_detail"
    assert 0.5 <= found[0].score < 0.9  # review, never automatic removal


GUARDS = [
    # A clinic's incident after an operation (术后事故, 术后纠纷) is the business's, not anyone's
    # health: the head answers for it.
    "顾南笙作为创始人，术后事故出来两周才公开道歉，这个反应速度不及格。",
    "澄屿医美的术后纠纷越来越多，顾南笙这个老板该出来说句话了。",
    "顾南笙的技术后来被同行抄了。",
    "柏知远说自己每年体检，查出过一个小结节，已经没事了。",
    "林晏舟为禾淼员工开通了重症监护绿色通道。",
    # the person's own announcement, the company's statement, news and a denial
    "顾南笙发文：我这周在医院做了个小手术，恢复得很好，谢谢大家关心。",
    "顾南笙发微博说自己住院了，做了个小手术，谢谢大家关心。",
    "澄屿官方：顾南笙因病住院，公司运营正常。",
    "据报道，林晏舟上月因病住院，现已出院。",
    "顾南笙回应网传癌症传闻：身体很好，别信谣。",
    # donations, investments and the person's words about a disease
    "顾南笙出席了医院的捐赠仪式，为肿瘤科捐了设备。",
    "柏知远说，禾淼要投资癌症早筛项目。",
    "柏知远在采访中回忆，父亲当年因肺癌去世，所以禾淼投资了癌症早筛。",
    "林晏舟表示鼻咽癌和长期吃腌制食品有关，大家少吃。",
    # a ward that is no one's bed, patients in general, a visit
    "市二院肿瘤科12楼新开了病区，床位增加到50张。",
    "顾南笙真是个狠人。肺癌晚期的病人都没他这么拼。",
    "林晏舟去医院看望了住院的老员工。",
    "柏知远今天去南江医院9楼3床看望了做完手术的老司机。",
    # a subject of the post's own in between: the poster
    "禾淼的果汁喝完我就得了肠胃炎，柏知远必须给个说法！",
    "顾南笙今天没直播。我在市二院12楼5床陪我妈，检查单还没出来。",
    # someone else's malignancy in a sentence that names the person before
    "恶性竞争毁了这个行业，顾南笙也这么说。",
]


@pytest.mark.parametrize("text", GUARDS)
def test_announcements_news_and_talk_of_disease_stay_clean(
    example_registry: Registry, text: str
) -> None:
    found = [f for f in privacy_findings(example_registry, text, "post") if f.detector == DETECTOR]
    assert found == [], text
