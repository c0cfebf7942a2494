"""Medical and biometric details about a registered person (diagnosis, records, fingerprints).

Only details tied to a named registered person within the same sentence count; a company's own
announcement or the person's public statement about their health is reporting, not a leak.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clearbright.categories import Category
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.detectors.privacy.context import subject_of
from clearbright.model import Evidence, Finding, TextField

_SENTENCE = re.compile(r"[^。!?\n]+")
PRONOUN = re.compile(r"他|她")
MEDICAL = re.compile(
    r"(?:确诊|诊断为|诊断出|患有|患上|得了|查出)[^,。!?;]{0,10}?(?:癌|瘤|病|症|炎|艾滋|hiv|阳性)"
    r"|病历|诊断书|化验单|检查报告|体检报告|住院|化疗|放疗|病房|icu|透析|就诊记录|处方单")
BIOMETRIC = re.compile(r"指纹|人脸数据|人脸信息|面部数据|虹膜|声纹|dna|基因检测|掌纹")
RECORD_CUES = re.compile(r"病历|诊断书|报告|照片|截图|床号|科|病房|医院|影像")
PUBLIC_SOURCE = re.compile(r"公告|通报|声明|本人在|自述|接受采访|公开表示|发文称|官方")


class MedicalDetailDetector(Detector):
    """A diagnosis, medical record or biometric data of a registered person."""

    name = "medical_biometric_detail"
    categories = (Category.PRIVACY_LEAK,)
    kinds = frozenset({"post", "comment"})
    EXAMPLES = (
        Example({"text": "听说顾南笙上个月确诊肝癌，在市一院住院，病历照片在评论区。"},
                "privacy_leak"),
        Example({"text": "内部流出：柏知远的指纹和人脸数据都在这个压缩包里。"}, "privacy_leak"),
        Example({"text": "澄屿公告：顾南笙因病住院治疗，公司经营一切正常。"}, None),
        Example({"text": "顾南笙说手机辐射致癌是谣言。"}, None),
    )

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        evidence: list[Evidence] = []
        best = 0.0
        target: str | None = None
        for name in ("text", "title"):
            folded = item.get(name)
            if folded is None:
                continue
            for sentence in _SENTENCE.finditer(folded.text):
                judged = self._judge(item, name, sentence.start(), sentence.group())
                if judged:
                    evidence.append(judged[1])
                    if judged[0] > best:
                        best, target = judged[0], judged[1].registry_ref
        if evidence:
            yield self.finding(item.item, best, evidence, target=target)

    def _judge(self, item: NormalizedItem, field: TextField, offset: int, sentence: str
               ) -> tuple[float, Evidence] | None:
        if PUBLIC_SOURCE.search(sentence):
            return None
        found = MEDICAL.search(sentence) or BIOMETRIC.search(sentence)
        if found is None:
            return None
        start, end = offset + found.start(), offset + found.end()
        subject = subject_of(item, field, start, end, window=30)
        if subject is None or (subject.how != "nearby" and not PRONOUN.search(sentence)):
            return None  # about no one registered (a pronoun may point to the post's one person)
        biometric = BIOMETRIC.search(sentence) is not None
        records = sorted({m.group() for m in RECORD_CUES.finditer(sentence)})
        score = 0.6 + 0.1 * bool(records) + 0.1 * biometric
        kind = "biometric_detail" if biometric else "medical_detail"
        what = "生物识别信息" if biometric else "医疗信息"
        evidence = Evidence(kind=kind, description=f"关于{subject.name}的{what}（{found.group()}）",
                            span=item.span(field, start, end), registry_ref=subject.entity_id,
                            details={"term": found.group(), "record_cues": records})
        return min(score, 0.85), evidence
