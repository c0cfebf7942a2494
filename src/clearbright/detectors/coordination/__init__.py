"""Coordinated cross-platform attack campaigns (category 9)."""

from clearbright.detectors.base import CorpusDetector, Detector
from clearbright.detectors.coordination.detector import CoordinatedAttackDetector

DETECTORS: tuple[type[Detector] | type[CorpusDetector], ...] = (CoordinatedAttackDetector,)
