"""Leaks of personal data and trade secrets (category 3)."""

from clearbright.detectors.base import CorpusDetector, Detector
from clearbright.detectors.privacy.address import HomeAddressDetector
from clearbright.detectors.privacy.bank_card import BankCardDetector
from clearbright.detectors.privacy.credentials import CredentialDetector
from clearbright.detectors.privacy.identifiers import PersonalIdentifierDetector
from clearbright.detectors.privacy.medical import MedicalDetailDetector
from clearbright.detectors.privacy.phone import PhoneNumberDetector
from clearbright.detectors.privacy.resident_id import ResidentIdDetector
from clearbright.detectors.privacy.trade_secret import TradeSecretDetector
from clearbright.detectors.privacy.whereabouts import WhereaboutsDetector

DETECTORS: tuple[type[Detector] | type[CorpusDetector], ...] = (
    ResidentIdDetector,
    PhoneNumberDetector,
    BankCardDetector,
    HomeAddressDetector,
    PersonalIdentifierDetector,
    CredentialDetector,
    WhereaboutsDetector,
    MedicalDetailDetector,
    TradeSecretDetector,
)
