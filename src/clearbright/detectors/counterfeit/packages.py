"""App packages that imitate an official one (`com.chengyu.health` → `com.chengyu.healthpro`).

>>> PackageIndex.explain("com.chengyu.healthpro.free", "com.chengyu.health")
'extends the official com.chengyu.health'
>>> PackageIndex.explain("com.chengyu.heatlh", "com.chengyu.health")
'typo of the official com.chengyu.health'
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import OSA

from clearbright.registry import Registry

# Packages shorter than this get no typo matching.
MIN_TYPO_PACKAGE = 10
MAX_PACKAGE = 256


@dataclass(frozen=True)
class PackageMatch:
    entity_id: str
    official: str
    package: str
    transformation: str


class PackageIndex:
    """Official app packages by their first two segments (`com.chengyu`), for lookalike search."""

    def __init__(self, registry: Registry) -> None:
        self._by_prefix: dict[str, list[tuple[str, str]]] = {}
        for ent in registry.enterprises.values():
            for app in ent.official_apps:
                package = app.package.lower()
                self._by_prefix.setdefault(_prefix(package), []).append((ent.id, package))
        self.official = registry.official_app_packages

    def match(self, raw: str) -> PackageMatch | None:
        """The official package this one imitates, or None (official packages never match)."""
        package = raw.strip().lower()[:MAX_PACKAGE]
        if not package or package in self.official:
            return None
        for entity_id, official in self._by_prefix.get(_prefix(package), ()):
            how = self.explain(package, official)
            if how:
                return PackageMatch(entity_id, official, package, how)
        return None

    @staticmethod
    def explain(package: str, official: str) -> str | None:
        if package.startswith(official):
            return f"extends the official {official}"
        if (
            len(official) >= MIN_TYPO_PACKAGE
            and OSA.distance(package, official, score_cutoff=2) <= 2
        ):
            return f"typo of the official {official}"
        return None


def _prefix(package: str) -> str:
    return ".".join(package.split(".")[:2])
