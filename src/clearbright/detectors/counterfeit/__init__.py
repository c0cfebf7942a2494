"""Counterfeit and impersonating accounts, apps, mini-apps and domains (categories 1 and 4)."""

from clearbright.detectors.base import CorpusDetector, Detector
from clearbright.detectors.counterfeit.impersonation import ImpersonationDetector
from clearbright.detectors.counterfeit.lookalike import CounterfeitDetector

DETECTORS: tuple[type[Detector] | type[CorpusDetector], ...] = (
    CounterfeitDetector,
    ImpersonationDetector,
)
