"""Targeted abuse, black-PR recruitment and pay-to-delete extortion (categories 2, 7, 8)."""

from clearbright.detectors.base import CorpusDetector, Detector

DETECTORS: tuple[type[Detector] | type[CorpusDetector], ...] = ()
