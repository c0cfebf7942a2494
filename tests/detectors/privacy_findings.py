"""The privacy detectors' findings at the policy's threshold, for one comment or post."""

from __future__ import annotations

from clearbright.detectors.base import prepare
from clearbright.detectors.privacy import DETECTORS
from clearbright.model import Finding, Item
from clearbright.registry import Registry


def privacy_findings(registry: Registry, text: str, kind: str = "comment") -> list[Finding]:
    """What every privacy detector finds at a score of 0.5 or more in `text` by a passer-by."""
    item = prepare(
        Item(id="t", platform="weibo", kind=kind, text=text, author={"id": "u9", "name": "路人"}),
        registry,
    )
    return [
        finding
        for cls in DETECTORS
        for finding in cls(registry).detect(item)  # type: ignore[union-attr]
        if finding.score >= 0.5
    ]
