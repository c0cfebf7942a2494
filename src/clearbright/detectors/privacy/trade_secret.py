"""Trade secrets: content marked confidential (商业秘密, 绝密, 内部资料, 严禁外传…) that carries
the substance of a secret (costs, supplier quotes, unreleased figures) or is a leaked internal
email, driven by markers and structure rather than topic.

Talking *about* confidentiality (`签保密协议`, `不是什么机密`) is not a leak.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clearbright.categories import Category
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.model import Evidence, Finding, TextField

# Markers that are only ever written *on* a document.
STRONG_MARKERS = re.compile(
    r"绝密|秘密级|机密级|内部资料|内部文件|仅限内部|内部使用|严禁外传|禁止外传|不得外传|请勿外传|"
    r"严禁转发|严禁复制|confidential|internal only|strictly private"
    # a posted internal document, introduced with a colon: `内部邮件曝光：…`
    r"|(?:内部邮件|内部会议纪要|会议纪要|内部通知|内部讲话|内部信)(?:曝光|流出|截图|全文|原文)?\s*[:：]"
    # unreleased results
    r"|(?:未公布|未披露|尚未发布|尚未披露|提前曝光)的?(?:财报|业绩|财务数据|季报|年报)"
)
# Markers that are also words in running text (`泄露商业秘密`): count only in a label position.
WEAK_MARKERS = re.compile(r"商业秘密|商业机密|机密")
_LABEL_BEFORE = re.compile(r"(?:^|[【\[(「『<]|抬头|标注|密级|标有|印有|写着|盖着)[\s:：]*$")
_LABEL_AFTER = re.compile(r"^[\s]*(?:[】\])」』>]|$|[\s]{1,3}\S)")
# Reporting on a trade-secret case, not posting the secret.
CASE_REPORTING = re.compile(r"起诉|判决|法院|涉嫌|侵犯|窃取|立案|警方|通报|报道|诉讼|一审|二审")
NEGATED = re.compile(r"(?:不是|并非|没有|算不上|谈不上|不涉及|无)[^,。!?]{0,4}$")
EMAIL_HEADERS = re.compile(r"发件人|收件人|抄送|主题\s*[:：]|from\s*:|to\s*:|subject\s*:")
SUBSTANCE = re.compile(
    r"成本|报价|供应商|采购|底价|毛利|利润率|bom|路线图|内部代号|代号|源代码|源码|客户名单|"
    r"薪酬|工资表|未发布|未公开|尚未公布|未披露|框架协议|价格表|配方|配比|图纸|设计稿|预算|排产|良率|"
    r"返利政策|返点|渠道政策|定价策略|提成方案"
)
FIGURES = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:元|万|亿|%|美元|块|片|台|页)")
LEAK_CUES = re.compile(
    r"附件|截图|全文|流出|泄露|曝光|爆料|扫描件|原件|留言|私信|网盘|下载|文件抬头"
)


class TradeSecretDetector(Detector):
    """A document marked confidential whose secret content (figures, quotes, emails) is posted."""

    name = "trade_secret"
    categories = (Category.PRIVACY_LEAK,)
    kinds = frozenset({"post", "comment"})
    EXAMPLES = (
        Example(
            {
                "text": "文件抬头：澄屿科技股份有限公司 绝密 严禁外传。Nova 3 整机BOM成本1520元，"
                "其中屏幕供应商报价310元、电池65元；附件共12页。"
            },
            "privacy_leak",
        ),
        Example({"text": "我们全程签保密协议，客户信息绝不外泄，欢迎咨询。"}, None),
        Example({"text": "澄屿的新表续航提升了，这也不是什么机密，发布会上都讲了。"}, None),
    )

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        evidence: list[Evidence] = []
        for name in ("text", "title"):
            folded = item.get(name)
            if folded is not None:
                evidence.extend(self._markers(item, name, folded.text))
        if not evidence:
            return
        body = " ".join(f.text for f in item.fields.values())
        substance = sorted({m.group() for m in SUBSTANCE.finditer(body)})
        figures = len(FIGURES.findall(body))
        if len(substance) + min(figures, 3) < 3:
            return  # a marker with nothing secret behind it
        leak = sorted({m.group() for m in LEAK_CUES.finditer(body)})
        mentioned = sorted(e for e in item.mentioned_entities() if e in self.registry.enterprises)
        score = 0.6 + 0.1 * bool(leak) + 0.1 * bool(mentioned) + 0.05 * (figures >= 3)
        first = evidence[0]
        evidence[0] = first.model_copy(
            update={
                "details": {
                    **first.details,
                    "substance": substance,
                    "figures": figures,
                    "leak_cues": leak,
                }
            }
        )
        yield self.finding(
            item.item, min(score, 0.9), evidence, target=mentioned[0] if mentioned else None
        )

    @staticmethod
    def _markers(item: NormalizedItem, field: TextField, text: str) -> list[Evidence]:
        found: list[Evidence] = []
        weak = [m for m in WEAK_MARKERS.finditer(text) if _in_label_position(text, m)]
        if weak and CASE_REPORTING.search(text):
            weak = []
        for marker in sorted([*STRONG_MARKERS.finditer(text), *weak], key=lambda m: m.start()):
            if NEGATED.search(text[max(0, marker.start() - 8) : marker.start()]):
                continue
            found.append(
                Evidence(
                    kind="confidential_marker",
                    description=f"标注为保密的内部材料（{marker.group()}）",
                    span=item.span(field, marker.start(), marker.end()),
                    details={"marker": marker.group()},
                )
            )
        headers = list(EMAIL_HEADERS.finditer(text))
        if len({h.group()[:2] for h in headers}) >= 2:
            first = headers[0]
            found.append(
                Evidence(
                    kind="internal_email",
                    description="带发件人/收件人抬头的内部邮件",
                    span=item.span(field, first.start(), headers[-1].end()),
                    details={"headers": [h.group() for h in headers]},
                )
            )
        return found


def _in_label_position(text: str, marker: re.Match[str]) -> bool:
    """A weak marker labels a document when it stands alone: bracketed, after `抬头`/`密级`, or
    at the start of the text."""
    before = text[max(0, marker.start() - 6) : marker.start()]
    after = text[marker.end() : marker.end() + 4]
    return bool(_LABEL_BEFORE.search(before)) or (
        bool(_LABEL_AFTER.match(after))
        and not before.strip(" ").endswith(("泄露", "窃取", "侵犯", "涉及", "属于", "是"))
    )
