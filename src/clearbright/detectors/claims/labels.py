"""Evidence records and the context label a platform would show next to a finding.

Speech findings default to a Community-Notes-style label: the correction and its source,
taken from the registry. The label travels with the finding as an Evidence of kind
``context_label`` (its description is the label text).
"""

from __future__ import annotations

from clearbright.detectors.base import NormalizedItem
from clearbright.detectors.claims.claim_matcher import ClaimMatch
from clearbright.detectors.claims.figures import FigureConflict
from clearbright.detectors.claims.metrics import METRIC_NAMES, filed_metric
from clearbright.detectors.claims.quote_check import QuoteVerdict
from clearbright.model import Evidence, TextField
from clearbright.registry import Registry
from clearbright.registry.models import Claim

QUOTE_KINDS = {
    "truncated_negation": "截去了原话中的否定，意思被反转",
    "truncated_condition": "去掉了原话中的前提条件",
    "quoted_to_deny": "原话是在引述并否认一则传言",
    "negation_flipped": "与原话的肯定/否定相反",
    "reversed": "关键词被换成了反义词",
    "figure_changed": "数字与原话不同",
    "spliced": "由原话中相隔较远的片段拼接而成",
    "absent": "在该发言人的任何实录中都找不到",
}


def claim_evidence(item: NormalizedItem, field: TextField, match: ClaimMatch) -> Evidence:
    claim = match.entry.claim
    return Evidence(
        kind="claim_match",
        description=f"asserts the registered {claim.verdict} claim “{claim.text}”",
        span=item.span(field, match.start, match.end),
        registry_ref=claim.id,
        matched=claim.text,
        similarity=match.score,
        details={
            "verdict": claim.verdict,
            "correction": claim.correction,
            "source": claim.source,
            "subject": claim.subject,
            "matched_by": match.how,
        },
    )


def claim_label(claim: Claim) -> Evidence:
    verdict = "不实" if claim.verdict == "false" else "具有误导性"
    text = f"【背景信息】经核实，“{claim.text}”的说法{verdict}。"
    if claim.correction:
        text += claim.correction
    if claim.source:
        text += f"（来源：{claim.source}）"
    return _label(text, claim.id, claim.correction, claim.source)


def quote_evidence(
    item: NormalizedItem,
    field: TextField,
    start: int,
    end: int,
    verdict: QuoteVerdict,
    speaker: str,
) -> Evidence:
    statement = verdict.statement
    return Evidence(
        kind="quote_mismatch",
        description=(
            f"quotation attributed to {speaker}: {QUOTE_KINDS.get(verdict.kind, verdict.kind)}"
        ),
        span=item.span(field, start, end),
        registry_ref=statement.id if statement else None,
        matched=verdict.passage or None,
        similarity=round(verdict.similarity / 100, 4),
        details={
            "classification": verdict.kind,
            "quote": item.fields[field].text[start:end],
            "transcript_passage": verdict.passage,
            "diff": verdict.diff,
            "speaker": speaker,
            "source": statement.source if statement else None,
            "date": statement.date if statement else None,
        },
    )


def quote_label(verdict: QuoteVerdict, speaker: str) -> Evidence:
    statement = verdict.statement
    if statement is None:
        return _label(f"【背景信息】这段引语与{speaker}的公开发言不符。", None, None, None)
    where = statement.source or "公开发言"
    when = f"（{statement.date}）" if statement.date else ""
    if verdict.kind == "absent":
        text = f"【背景信息】在{speaker}于{where}{when}等公开发言实录中找不到这段话。"
    else:
        text = f"【背景信息】{speaker}在{where}{when}的原话是：“{verdict.passage}”"
    return _label(text, statement.id, verdict.passage, statement.source)


def figure_evidence(
    item: NormalizedItem, field: TextField, conflict: FigureConflict, registry: Registry
) -> Evidence:
    claim, filed = conflict.claim, conflict.filed
    return Evidence(
        kind="figure_mismatch",
        description=(
            f"stated {METRIC_NAMES.get(claim.metric, claim.metric)} {claim.kind} of "
            f"{registry.entity_name(claim.enterprise)} contradicts the filed report"
        ),
        span=item.span(field, claim.start, claim.end),
        registry_ref=f"{filed.enterprise}:{filed.period}:{filed.metric}",
        matched=_filed_text(conflict, registry),
        details={
            "stated_kind": claim.kind,
            "stated_value": claim.value,
            "stated_period": claim.period,
            "filed_value": filed.value,
            "filed_unit": filed.unit,
            "filed_yoy": filed.yoy,
            "period": filed.period,
            "source": filed.source,
        },
    )


def figure_label(conflict: FigureConflict, registry: Registry) -> Evidence:
    text = (
        f"【背景信息】据{conflict.filed.source or '已披露的财务报告'}，"
        f"{_filed_text(conflict, registry)}。"
    )
    return _label(
        text,
        f"{conflict.filed.enterprise}:{conflict.filed.period}",
        _filed_text(conflict, registry),
        conflict.filed.source,
    )


def _filed_text(conflict: FigureConflict, registry: Registry) -> str:
    filed = conflict.filed
    name = registry.entity_name(filed.enterprise)
    # the filed metric's own name: a composite claim ("业绩") is set against revenue or profit
    concept = filed_metric(filed.metric) or conflict.claim.metric
    metric = METRIC_NAMES.get(concept, filed.metric)
    value = f"{filed.value:g}{filed.unit or ''}"
    if concept == "net_profit" and filed.value < 0:
        metric, value = "净亏损", f"{-filed.value:g}{filed.unit or ''}"
    text = f"{name}{filed.period}{metric}为{value}"
    if filed.yoy is not None:
        text += f"，同比{filed.yoy:+g}%"
    return text


def _label(text: str, ref: str | None, correction: str | None, source: str | None) -> Evidence:
    return Evidence(
        kind="context_label",
        description=text,
        registry_ref=ref,
        details={"label": text, "correction": correction, "source": source},
    )
