"""Targeted abuse, black-PR recruitment and pay-to-delete extortion (categories 2, 7, 8)."""

from clearbright.detectors.abuse.black_pr import BlackPrDetector
from clearbright.detectors.abuse.extortion import ExtortionDetector
from clearbright.detectors.abuse.targeted_abuse import TargetedAbuseDetector
from clearbright.detectors.base import CorpusDetector, Detector

DETECTORS: tuple[type[Detector] | type[CorpusDetector], ...] = (
    TargetedAbuseDetector,
    BlackPrDetector,
    ExtortionDetector,
)
