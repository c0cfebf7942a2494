"""Leaks of personal data and trade secrets (category 3).

Two layers, as in Presidio: recognizers (`find_*` in each module, gathered by `recognize`)
find identifiers with validation — check digits, dates, numbering plans — in text where digits
may be spaced, dashed, full-width, Chinese numerals or look-alike letters; the detectors then
judge each match in context: what it is labelled as (`订单号` is never an ID), whom it is about
(a registered person nearby raises the score), and whose it is (a hotline, an official
account's contact or the poster's own number is not a leak).

Scores: >= 0.9 with `validated_id_number` evidence is an ID presented as an ID (automatic removal
under the default policy); 0.5-0.9 goes to review; below 0.5 (masked numbers tied to no one)
is a lower-severity partial leak the default policy drops. Evidence spans point into the
original text; descriptions and details carry masked values only.
"""

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
