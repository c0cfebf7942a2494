"""Latin-script folding for names and domain labels: accents, confusables, skeleton.

Domain labels arrive as punycode (`xn--jchan-tech-otb88m`) whose Unicode form uses
lookalike letters from any script (`ı`, `ɡ`, `ԁ`, `ḿ`). They are folded to ASCII here so
that `jĭchưan-tech` and `jichuan-tech` meet; the ASCII skeleton then folds multi-letter
lookalikes (`rn`→`m`, `0`→`o`, `l`/`i`).

>>> fold_label("jĭchưan-tech")
'jichuan-tech'
>>> label_skeleton("lanrnu-dairy") == label_skeleton("lanmu-dairy")
True
"""

from __future__ import annotations

import contextlib
import json
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from clearbright.text.homoglyphs import fold_latin_char, skeleton


@cache
def _confusable_table() -> dict[str, str]:
    """Every single character the Unicode confusables list says looks like one ASCII letter/digit.

    Unlike the running-text fold of `text.homoglyphs`, this one includes Latin-script
    lookalikes (dotless ı, script ɡ), because in a domain label they are never meaningful.
    """
    raw = resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
    data: dict[str, list[dict[str, str]]] = json.loads(raw)
    table: dict[str, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1 or char.isascii():
            continue
        for glyph in glyphs:
            target = glyph["c"]
            if len(target) == 1 and target.isascii() and target.isalnum():
                table[char] = target.lower()
                break
    return table


@cache
def fold_char(char: str) -> str:
    """One character to its ASCII lookalike where one exists (accents dropped first)."""
    if char.isascii():
        return char.lower()
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if base and base.isascii():
        return base.lower()
    folded = fold_latin_char(char)
    if folded.isascii():
        return folded
    return _confusable_table().get(char) or _base_letter(char) or char.lower()


def _base_letter(char: str) -> str | None:
    """`ɍ` (LATIN SMALL LETTER R WITH STROKE) → `r`: Latin letters with hooks, strokes, tails."""
    words = unicodedata.name(char, "").split()
    if not words or words[0] != "LATIN" or "LETTER" not in words:
        return None
    rest = [w for w in words[words.index("LETTER") + 1 :] if w not in ("SMALL", "CAPITAL")]
    if rest and len(rest[0]) == 1 and rest[0].isalpha():
        return rest[0].lower()
    return None


def fold_label(text: str) -> str:
    """A domain label or Latin name with every character folded to its ASCII lookalike."""
    return "".join(fold_char(c) for c in text)


@lru_cache(maxsize=65536)
def label_skeleton(text: str) -> str:
    """Folded label with multi-character lookalikes merged (`rn`→`m`, `0`→`o`, `i`→`l`)."""
    return skeleton(fold_label(text))


def decode_host(host: str) -> str:
    """Lower-cased host with punycode labels decoded; undecodable labels are kept as they are."""
    labels: list[str] = []
    for label in host.strip().strip(".").lower().split("."):
        if label.startswith("xn--"):
            # The bare punycode codec: lookalike labels often fail IDNA's validation rules,
            # and a lookalike is exactly what must still be read.
            with contextlib.suppress(UnicodeError, ValueError):
                label = label[4:].encode("ascii").decode("punycode")
        labels.append(label)
    return ".".join(labels)
