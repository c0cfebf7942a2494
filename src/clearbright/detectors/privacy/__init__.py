"""Leaks of personal data and trade secrets (category 3)."""

from clearbright.detectors.base import CorpusDetector, Detector
from clearbright.detectors.privacy.bank_card import BankCardDetector
from clearbright.detectors.privacy.phone import PhoneNumberDetector
from clearbright.detectors.privacy.resident_id import ResidentIdDetector

DETECTORS: tuple[type[Detector] | type[CorpusDetector], ...] = (
    ResidentIdDetector,
    PhoneNumberDetector,
    BankCardDetector,
)
