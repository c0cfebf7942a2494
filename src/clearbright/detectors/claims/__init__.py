"""Fabricated claims, distorted quotations and misread financials (categories 5, 6, 10)."""

from clearbright.detectors.base import CorpusDetector, Detector
from clearbright.detectors.claims.competitor_smear import CompetitorSmearDetector
from clearbright.detectors.claims.figure_distortion import FigureDistortionDetector
from clearbright.detectors.claims.headline import HeadlineContradictionDetector
from clearbright.detectors.claims.quote_distortion import QuoteDistortionDetector
from clearbright.detectors.claims.search_trending import FalseSearchTrendingDetector

DETECTORS: tuple[type[Detector] | type[CorpusDetector], ...] = (
    QuoteDistortionDetector,
    FigureDistortionDetector,
    HeadlineContradictionDetector,
    FalseSearchTrendingDetector,
    CompetitorSmearDetector,
)
