"""Text normalization done once per item and shared by all detectors."""

from clearbright.text.normalize import NormalizedText, normalize, pinyin_key

__all__ = ["NormalizedText", "normalize", "pinyin_key"]
