"""Leaks of personal data and trade secrets (category 3)."""

from clearbright.detectors.base import CorpusDetector, Detector

DETECTORS: tuple[type[Detector] | type[CorpusDetector], ...] = ()
