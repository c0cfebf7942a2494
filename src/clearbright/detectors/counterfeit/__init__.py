"""Counterfeit and impersonating accounts, apps, mini-apps and domains (categories 1 and 4)."""

from clearbright.detectors.base import CorpusDetector, Detector

DETECTORS: tuple[type[Detector] | type[CorpusDetector], ...] = ()
