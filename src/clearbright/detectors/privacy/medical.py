"""Medical and biometric details about a registered person (diagnosis, records, fingerprints).

The detail must be attributed to a registered person named just before it in the same sentence
(or to the post's one person through 他/她), with no generic subject (`许多员工`, `患者`) in
between; a company's announcement or the person's public statement is reporting, not a leak.

A clinic's record that names its patient is a leak whoever the patient is, registered or not
(`患者<name>,女,34岁,住…,诊断…hiv阳性`): a diagnosis after a patient word and a name, in a text
that shows a real record (leaked from a clinic, or with the patient's sex, age or home).
Pseudonyms of case reports (`患者张某`, `王女士`, `小林`) name nobody.

Gossip names the person once and drops the subject after (`X最近不播了知道为啥吗？人在…12楼5床`):
the strongest details (a bed, a diagnosis, an operation, a malignancy) take their subject from
the sentence before when their own has none. A condition named alone (`肺部肿瘤`, `胃癌晚期`)
counts too, but not as a topic of the person's words (`X说鼻咽癌…`), of people in general
(`肺癌晚期的病人`), or of a donation or an investment.
"""

from __future__ import annotations

import re

from clearbright.categories import Category
from clearbright.detectors.base import Example, NormalizedItem
from clearbright.detectors.privacy.context import (
    READER_ASIDES,
    Subject,
    attributed_subject,
    carried_subject,
)
from clearbright.detectors.privacy.sentences import CLAUSE, SentenceDetector
from clearbright.model import Evidence, TextField

ORGANS = r"(?:肺|肝|胃|肠|胰腺?|乳腺|脑|骨|鼻咽|宫颈|卵巢|甲状腺|肾|膀胱|前列腺|食道|食管)"
# A tumour, but not a hospital department, a research field or a screening product.
TUMOUR = r"肿瘤(?!科|医院|中心|研究|药|早筛|防治|筛查|标志物|领域|赛道|患者|病人)"
# A condition named by itself, without a verb of having it: only with a link to the person
# (no speech verb between them, nothing generic after it).
CONDITION = rf"{ORGANS}部?(?:癌|{TUMOUR})(?:晚期)?|{TUMOUR}|淋巴瘤|白血病|尿毒症|渐冻症"
MEDICAL = re.compile(
    r"(?:确诊|诊断为|诊断出|患有|患上|得了|查出|罹患)[^,。!?;]{0,10}?"
    r"(?:癌|瘤|病|症|炎|艾滋|hiv|阳性|梅毒|抑郁|焦虑|双相|精神分裂|心衰|心梗|脑梗|中风|瘫痪"
    r"|肝硬化|痴呆|失智|结节|囊肿|息肉|肿块|肿物)"
    # Admission with the ward or the bed: where the person lies is itself the leak.
    r"|住进[^,。!?;]{0,12}?(?:医院|病房|icu|重症|精神科|戒毒所)(?!旁|附近|对面|隔壁|边|门口)"
    r"|(?:科|楼|病房|病区)[^,。!?;]{0,4}?(?:[0-9]+|[一二三四五六七八九十]+)号?床"
    r"|(?:做过|做了|接受了?|进行了?|在做)[^,。!?;]{0,6}?(?:手术|化疗|放疗|透析|整容|整形|流产|堕胎|人流)"
    r"|(?:开过|开了|动过|动了)(?:刀|[^,。!?;]{0,4}?手术)|[^,。!?;]{1,4}?切除(?:了|手术)"
    # A condition named by the organ, or by its stage (`肺部肿瘤`, `胃癌晚期`, `恶性的`).
    rf"|{CONDITION}|恶性(?=的|了|,|$)"
    r"|病历|诊断书|化验单|检查单|病理(?:单|报告|结果)|ct片|核磁共振?报告|检查报告|体检报告|就诊记录"
    # (`术后事故`, `术后纠纷`: an incident a clinic answers for, not anyone's health.)
    r"|处方单|住院|化疗|放疗|病房|icu|重症监护室?|抢救室|(?<![技艺战学算魔美武话骗权])术后(?!事故|纠纷|投诉|维权|赔偿|索赔|死亡事件)|精神科|戒毒所"
)
BIOMETRIC = re.compile(
    r"指纹|人脸数据|人脸信息|面部数据|面部信息|虹膜|声纹|掌纹|dna(?:样本|数据|报告)|基因检测(?:报告|结果)"
)
RECORD_CUES = re.compile(r"病历|诊断书|报告|照片|截图|床号|科|病房|医院|影像")
# The named person visits or accompanies the patient: the illness is someone else's.
VISITING = re.compile(r"看望|探望|慰问|陪护|陪同|照顾")
PUBLIC_SOURCE = re.compile(
    r"公告|通报|声明|本人在|自述|接受采访|公开表示|发文称|官方"
    # the person's own words, a news report or a denial of a rumour
    r"|发文|发微博|发帖|说自己|称自己|亲口|自曝|采访中|回忆|报道|辟谣|本人回应|回应称"
)
REACH = 25
# Terms that need no subject of their own sentence: whose bed, diagnosis, operation or
# malignancy it is carries over from the sentence before (within `CARRY_REACH` characters).
STRONG = re.compile(
    r".*(?:床|癌|瘤|肿瘤|恶性|晚期|刀|手术|切除(?:了|手术)|病|症|炎|艾滋|hiv|阳性|梅毒|抑郁|焦虑"
    r"|双相|精神分裂|心衰|心梗|脑梗|中风|瘫痪|肝硬化|痴呆|失智|化疗|放疗|透析|检查单|病理.*"
    r"|结节|囊肿|息肉|肿块|肿物|重症监护.*|抢救.*|术后)"
)
CARRY_REACH = 60
# A condition that qualifies people in general (`肺癌晚期的病人`), not the named person.
GENERIC_AFTER = re.compile(
    r"(?:早期|中期|晚期)?的?(?:病人|患者|病友|人群|家庭|家属|群体|的人|高发|发病|患病|风险|几率|概率"
    r"|病例|死亡率|治疗|药|疫苗|研究|筛查|早筛)"
)
# Words that make what follows a topic the person talks or thinks about.
# (`听说`, `据说`, `据称` pass hearsay on: the gossip itself, not a topic of the person's.)
SPEECH = re.compile(
    r"(?<![听据传])说(?!是)|表示|认为|提到|指出|介绍|呼吁|讲|科普|联想|觉得|谈|(?<![据号])称"
)
# A clause about a donation, an investment, a product or research: a medical word there is
# about no one's health.
NOT_HEALTH = re.compile(r"捐|投资|项目|研发|基金|公益|赞助|产品|新药|疫苗|早筛|科普|合作|收购|上市")

# A patient named in a clinic's record, registered or not: a patient word, then a name of two
# to four Han characters closed by a mark, the sex or the age (`患者宋雨桐,女,34岁`,
# `姓名:宋雨桐(女)`, `病人宋雨桐34岁`).
PATIENT_WORD = re.compile(r"患者|病人|病患|就诊人|就诊者|姓名")
PATIENT_NAME = re.compile(
    r"(?:患者|病人|病患|就诊人|就诊者|姓名)[:]?(?P<name>[\u4e00-\u9fff]{2,4}?)"
    r"(?=\s?(?:[,;:(]|[男女]\s?(?:[,;(]|性|[0-9]{1,3}岁)|[0-9]{1,3}岁|的(?:病历|诊断|检查|化验|就诊)))"
)
# What stands after a patient word but names nobody: people in general, a pseudonym of a
# case report (`患者张某`, `患者王女士`, `患者小林`), or words of the record itself.
NOT_A_NAME = re.compile(
    r"某|氏|[男女]士|先生|小姐|阿姨|大爷|大妈|家属|本人|朋友|自己|女性|男性|"
    r"[们都均的了是在被将把从向对和与及或也又还就说称需要有无不没这那其该此各每]|"
    r"^[小老阿][\u4e00-\u9fff]$"
)
# A diagnosis in a record: the medical terms above, `诊断` with a condition, or a condition
# that is sensitive by itself (infections, mental illness).
PATIENT_DIAGNOSIS = re.compile(
    MEDICAL.pattern + r"|诊断[:为是]?[^,。!?;]{1,16}?(?:病|症|炎|癌|瘤|阳性|感染|障碍|综合征)"
    r"|hiv|艾滋|梅毒|乙肝|丙肝|淋病|尖锐湿疣|性病|精神分裂|抑郁症|双相|躁郁|精神病"
)
SENSITIVE = re.compile(r"hiv|艾滋|梅毒|乙肝|丙肝|淋病|尖锐湿疣|性病|精神|抑郁|双相|躁郁")
# What shows the record is a real person's, leaked: the record itself and where it came from,
# or the patient's sex, age or home next to the name.
LEAKED_RECORD = re.compile(
    r"内部|截图|流出|泄露|外泄|曝光|病历|就诊记录|诊疗记录|主治|医生备注|医嘱|住院号|门诊号|床号|"
    r"系统记录|后台"
)
SEX_AGE = re.compile(r"\s?[,;:(]?(?:[男女]\s?(?:[,;)]|性|[0-9]{1,3}岁)|[0-9]{1,3}岁)")
HOME = re.compile(r"住(?!院)|家在")
# How far before the diagnosis the patient's name may stand (a record's header).
PATIENT_REACH = 120


class MedicalDetailDetector(SentenceDetector):
    """A diagnosis, medical record or biometric data of a registered person, or a diagnosis
    in a leaked record that names its patient."""

    name = "medical_biometric_detail"
    categories = (Category.PRIVACY_LEAK,)
    kinds = frozenset({"post", "comment"})
    EXAMPLES = (
        Example(
            {"text": "听说顾南笙上个月确诊肝癌，在市一院住院，病历照片在评论区。"}, "privacy_leak"
        ),
        Example({"text": "内部流出：柏知远的指纹和人脸数据都在这个压缩包里。"}, "privacy_leak"),
        Example({"text": "澄屿公告：顾南笙因病住院治疗，公司经营一切正常。"}, None),
        Example({"text": "顾南笙说手机辐射致癌是谣言。"}, None),
        Example(
            {"text": "诊所内部截图：患者邝一鸣，男，29岁，住成都市武侯区，诊断为梅毒阳性。"},
            "privacy_leak",
        ),
        Example({"text": "病例分享：患者张某，女，34岁，诊断为慢性牙周炎，已好转。"}, None),
        Example(
            {"text": "顾南笙最近不播了知道为啥吗？人在市二院肿瘤科12楼5床，检查单我都看到了。"},
            "privacy_leak",
        ),
        Example({"text": "柏知远说，禾淼要投资癌症早筛项目。"}, None),
    )

    def judge(
        self, item: NormalizedItem, field: TextField, offset: int, sentence: str
    ) -> tuple[float, Evidence] | None:
        if PUBLIC_SOURCE.search(sentence):
            return None
        return self._registered(item, field, offset, sentence) or _named_patient(
            item, field, offset, sentence
        )

    def _registered(
        self, item: NormalizedItem, field: TextField, offset: int, sentence: str
    ) -> tuple[float, Evidence] | None:
        """A medical or biometric detail attributed to a registered person."""
        for clause in CLAUSE.finditer(sentence):
            found = MEDICAL.search(clause.group()) or BIOMETRIC.search(clause.group())
            if found is None:
                continue
            if VISITING.search(clause.group()):  # the bed or illness of whom they visit
                continue
            if NOT_HEALTH.search(clause.group()) or GENERIC_AFTER.match(
                clause.group(), found.end()
            ):
                continue  # a donation, a product, patients in general: not this person's health
            start = offset + clause.start() + found.start()
            said = item.fields[field].text[max(offset, start - REACH) : start]
            if SPEECH.search(READER_ASIDES.sub(" ", said)):
                continue  # `X说鼻咽癌和腊肉有关`: a topic of their words, not their health
            subject = _subject(item, field, offset, offset + clause.start(), start, found.group())
            if subject is None:
                continue
            biometric = BIOMETRIC.search(found.group()) is not None
            records = sorted({m.group() for m in RECORD_CUES.finditer(sentence)})
            score = min(0.6 + 0.1 * bool(records) + 0.1 * biometric, 0.85)
            what = "生物识别信息" if biometric else "医疗信息"
            return score, Evidence(
                kind="biometric_detail" if biometric else "medical_detail",
                description=f"关于{subject.name}的{what}（{found.group()}）",
                span=item.span(field, start, start + len(found.group())),
                registry_ref=subject.entity_id,
                details={"term": found.group(), "record_cues": records},
            )
        return None


def _subject(
    item: NormalizedItem, field: TextField, offset: int, clause_start: int, at: int, term: str
) -> Subject | None:
    """Whom the medical term at `at` is about: a person named before it in the sentence, or
    through 他/她 anywhere before it in the sentence; for the strongest terms (a bed, a
    diagnosis, surgery, a malignancy) also the person the previous sentence was about, whom a
    gossiping sentence often leaves unsaid (`…知道为啥吗？人在…12楼5床`)."""
    return (
        attributed_subject(item, field, offset, clause_start, at, REACH)
        or attributed_subject(item, field, offset, offset, at, REACH)
        or (
            carried_subject(item, field, offset, at, CARRY_REACH)
            if STRONG.fullmatch(term)
            else None
        )
    )


def _named_patient(
    item: NormalizedItem, field: TextField, offset: int, sentence: str
) -> tuple[float, Evidence] | None:
    """A diagnosis in a record that names its patient (`患者宋雨桐,女,34岁,住…,诊断…hiv阳性`):
    a leak whoever the patient is, when the text shows a real record (leaked from a clinic,
    or with the patient's sex, age or home). Public-health figures, people telling of their own
    illness and anonymised case reports name no patient."""
    text = item.fields[field].text
    start = max(0, offset - PATIENT_REACH)
    if PATIENT_WORD.search(text, start, offset + len(sentence)) is None:
        return None  # most sentences name no patient: skip the diagnosis scan
    for found in PATIENT_DIAGNOSIS.finditer(sentence):
        at = offset + found.start()
        patient = _patient_before(text, at)
        if patient is not None:
            break
    else:
        return None
    leaked = LEAKED_RECORD.search(text) is not None
    described = SEX_AGE.match(text, patient.end()) or HOME.search(text, patient.end(), at)
    if not (leaked or described):
        return None
    # the diagnosis runs to the end of its clause (`诊断慢性牙周炎伴hiv阳性`)
    clause = CLAUSE.match(sentence, found.start())
    sensitive = SENSITIVE.search(clause.group() if clause else found.group()) is not None
    score = min(0.7 + 0.1 * sensitive + 0.05 * leaked, 0.85)
    name = patient.group("name")
    masked = name[0] + "*" * (len(name) - 1)
    return score, Evidence(
        kind="medical_detail",
        description=f"病历中具名患者{masked}的医疗信息（{found.group()}）",
        span=item.span(field, at, at + len(found.group())),
        details={
            "term": found.group(),
            "patient": masked,
            "sensitive": sensitive,
            "leaked_record": leaked,
        },
    )


def _patient_before(text: str, at: int) -> re.Match[str] | None:
    """The last named patient of a record ending before `at`, within `PATIENT_REACH`."""
    best: re.Match[str] | None = None
    for match in PATIENT_NAME.finditer(text, max(0, at - PATIENT_REACH), at):
        if not NOT_A_NAME.search(match.group("name")):
            best = match
    return best
