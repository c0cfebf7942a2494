"""Medical and biometric details about a registered person (diagnosis, records, fingerprints).

The detail must be attributed to a registered person named just before it in the same sentence
(or to the post's one person through 他/她), with no generic subject (`许多员工`, `患者`) in
between; a company's announcement or the person's public statement is reporting, not a leak.
"""

from __future__ import annotations

import re

from clearbright.categories import Category
from clearbright.detectors.base import Example, NormalizedItem
from clearbright.detectors.privacy.context import attributed_subject
from clearbright.detectors.privacy.sentences import CLAUSE, SentenceDetector
from clearbright.model import Evidence, TextField

MEDICAL = re.compile(
    r"(?:确诊|诊断为|诊断出|患有|患上|得了|查出|罹患)[^,。!?;]{0,10}?"
    r"(?:癌|瘤|病|症|炎|艾滋|hiv|阳性|梅毒|抑郁|焦虑|双相|精神分裂|心衰|心梗|脑梗|中风|瘫痪"
    r"|肝硬化|痴呆|失智)"
    # Admission with the ward or the bed: where the person lies is itself the leak.
    r"|住进[^,。!?;]{0,12}?(?:医院|病房|icu|重症|精神科|戒毒所)(?!旁|附近|对面|隔壁|边|门口)"
    r"|(?:科|楼|病房|病区)[^,。!?;]{0,4}?(?:[0-9]+|[一二三四五六七八九十]+)号?床"
    r"|(?:做过|做了|接受了?|进行了?|在做)[^,。!?;]{0,6}?(?:手术|化疗|放疗|透析|整容|整形|流产|堕胎|人流)"
    r"|病历|诊断书|化验单|检查报告|体检报告|就诊记录|处方单|住院|化疗|放疗|病房|icu|精神科|戒毒所"
)
BIOMETRIC = re.compile(
    r"指纹|人脸数据|人脸信息|面部数据|面部信息|虹膜|声纹|掌纹|dna(?:样本|数据|报告)|基因检测(?:报告|结果)"
)
RECORD_CUES = re.compile(r"病历|诊断书|报告|照片|截图|床号|科|病房|医院|影像")
# The named person visits or accompanies the patient: the illness is someone else's.
VISITING = re.compile(r"看望|探望|慰问|陪护|陪同|照顾")
PUBLIC_SOURCE = re.compile(r"公告|通报|声明|本人在|自述|接受采访|公开表示|发文称|官方")
REACH = 25


class MedicalDetailDetector(SentenceDetector):
    """A diagnosis, medical record or biometric data of a registered person."""

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
    )

    def judge(
        self, item: NormalizedItem, field: TextField, offset: int, sentence: str
    ) -> tuple[float, Evidence] | None:
        if PUBLIC_SOURCE.search(sentence):
            return None
        for clause in CLAUSE.finditer(sentence):
            found = MEDICAL.search(clause.group()) or BIOMETRIC.search(clause.group())
            if found is None:
                continue
            if VISITING.search(clause.group(), 0, found.start()):
                continue
            start = offset + clause.start() + found.start()
            subject = attributed_subject(item, field, offset, offset + clause.start(), start, REACH)
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
