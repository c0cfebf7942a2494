"""Coordinated cross-platform attack campaigns (category 9)."""

from clearbright.detectors.base import CorpusDetector, Detector

DETECTORS: tuple[type[Detector] | type[CorpusDetector], ...] = ()
