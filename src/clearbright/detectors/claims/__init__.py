"""Fabricated claims, distorted quotations and misread financials (categories 5, 6, 10)."""

from clearbright.detectors.base import CorpusDetector, Detector

DETECTORS: tuple[type[Detector] | type[CorpusDetector], ...] = ()
