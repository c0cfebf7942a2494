"""Counterfeit and impersonating accounts, apps, mini-apps and domains (categories 1 and 4).

One module per signal: `names` (registered names and their lookalikes: exact after folding,
homophones, near homophones, similar shapes, pinyin spellings, Latin homoglyphs and typos),
`domains` and `latin` (domain lookalikes), `packages` (app packages), `avatar` (logo and
portrait hashes), `solicitation` (asking for money, investment or data), `identity` (display
names, official status, claims) and `lexicon` (the words of the harm). The detectors are
`lookalike.CounterfeitDetector` and `impersonation.ImpersonationDetector`; the benchmark is
`bench/lookalike_vs_dnstwist.py`.
"""

from clearbright.detectors.base import CorpusDetector, Detector
from clearbright.detectors.counterfeit.impersonation import ImpersonationDetector
from clearbright.detectors.counterfeit.lookalike import CounterfeitDetector

__all__ = ["DETECTORS", "CounterfeitDetector", "ImpersonationDetector"]

DETECTORS: tuple[type[Detector] | type[CorpusDetector], ...] = (
    CounterfeitDetector,
    ImpersonationDetector,
)
