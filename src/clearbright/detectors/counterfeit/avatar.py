"""Logo and portrait lookalikes: perceptual hashes of item images against registered ones.

Items carry `image_hashes` and the registry `logo_hashes` (enterprises) and
`portrait_hashes` (people), each written `<algorithm>:<hex>` (`pdq:…` 256 bits, `phash:…`
64 bits). Two hashes of the same algorithm match when their Hamming distance is at most
the threshold: PDQ's published starting point is 31 of 256 bits; other algorithms get the
same share of their length (8 of 64 bits). Hashes are computed upstream (e.g. with the
pdqhash or imagehash packages); nothing here reads images.

>>> parse_hash("phash:00ff")
('phash', 255, 16)
"""

from __future__ import annotations

from dataclasses import dataclass

from clearbright.registry import Registry

PDQ_THRESHOLD = 31
PDQ_BITS = 256


@dataclass(frozen=True)
class RegisteredHash:
    entity_id: str
    kind: str  # "logo" | "portrait"
    text: str
    algorithm: str
    value: int
    bits: int


@dataclass(frozen=True)
class ImageMatch:
    """An item image whose hash is within the threshold of a registered logo or portrait."""

    registered: RegisteredHash
    item_hash: str
    distance: int
    threshold: int

    @property
    def similarity(self) -> float:
        return round(1.0 - self.distance / self.registered.bits, 3)


def parse_hash(text: str) -> tuple[str, int, int] | None:
    """(algorithm, value, bits) of `algo:hex`, or None when it is not one."""
    algorithm, _, digits = text.strip().lower().partition(":")
    if not algorithm or not digits or len(digits) > 128:
        return None
    try:
        return algorithm, int(digits, 16), len(digits) * 4
    except ValueError:
        return None


def threshold(algorithm: str, bits: int) -> int:
    """The largest Hamming distance that still counts as the same image."""
    if algorithm == "pdq":
        return PDQ_THRESHOLD
    return round(bits * PDQ_THRESHOLD / PDQ_BITS)


class ImageIndex:
    """Registered logo and portrait hashes, grouped by algorithm and length."""

    def __init__(self, registry: Registry) -> None:
        self.hashes: dict[tuple[str, int], list[RegisteredHash]] = {}
        sources = [(e.id, "logo", e.logo_hashes) for e in registry.enterprises.values()]
        sources += [(p.id, "portrait", p.portrait_hashes) for p in registry.people.values()]
        for entity_id, kind, texts in sources:
            for text in texts:
                parsed = parse_hash(text)
                if parsed:
                    algorithm, value, bits = parsed
                    registered = RegisteredHash(entity_id, kind, text, algorithm, value, bits)
                    self.hashes.setdefault((algorithm, bits), []).append(registered)

    def match(self, image_hashes: tuple[str, ...]) -> list[ImageMatch]:
        """The closest registered hash for each entity an item image matches."""
        best: dict[str, ImageMatch] = {}
        for text in image_hashes[:20]:
            parsed = parse_hash(text)
            if parsed is None:
                continue
            algorithm, value, bits = parsed
            limit = threshold(algorithm, bits)
            # A linear scan over integers of one algorithm: microseconds for thousands of logos.
            for registered in self.hashes.get((algorithm, bits), ()):
                distance = (value ^ registered.value).bit_count()
                if distance <= limit:
                    found = ImageMatch(registered, text, distance, limit)
                    known = best.get(registered.entity_id)
                    if known is None or distance < known.distance:
                        best[registered.entity_id] = found
        return list(best.values())
