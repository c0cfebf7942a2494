"""Latin lookalikes: letters of other scripts folded to ASCII, and the ASCII skeleton of names.

The Unicode confusables data comes from the confusable-homoglyphs package; only
single letters of non-Latin, non-CJK scripts that look like one ASCII letter or digit
are folded, so Chinese text is never touched.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from importlib import resources

# Scripts whose letters are used to fake Latin brand names (Cyrillic а, Greek ο ...).
_FOLDED_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC", "LISU", "MATHEMATICAL")

# Multi-character and digit lookalikes, applied only when comparing names (`skeleton`),
# never to running text, because "0" and "1" in a post are usually just numbers.
SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("rn", "m"),
    ("vv", "w"),
    ("cl", "d"),
    ("0", "o"),
    ("1", "l"),
    ("|", "l"),
    ("i", "l"),
    ("5", "s"),
    ("3", "e"),
    ("8", "b"),
    ("$", "s"),
    ("@", "a"),
)


@cache
def latin_fold_table() -> dict[str, str]:
    """Map of non-Latin letters to the ASCII character they imitate."""
    raw = resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
    data: dict[str, list[dict[str, str]]] = json.loads(raw)
    table: dict[str, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1 or char.isascii():
            continue
        name = unicodedata.name(char, "")
        if not name.startswith(_FOLDED_SCRIPTS):
            continue
        targets = [
            g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalnum()
        ]
        # Prefer a target of the same case: Greek capital Ι is an I, not an l.
        same_case = [t for t in targets if t.isupper() == char.isupper()]
        if targets:
            table[char] = (same_case or targets)[0]
    return table


def fold_latin_char(char: str) -> str:
    """`а` (Cyrillic) → `a`; any other character is returned unchanged."""
    return latin_fold_table().get(char, char)


def skeleton(text: str) -> str:
    """The ASCII skeleton used to compare Latin names: `rnicrosoft` and `micr0soft` meet here.

    >>> skeleton("Jlchuan") == skeleton("jichuan")
    True
    """
    out = "".join(fold_latin_char(c) for c in text.lower())
    for source, target in SKELETON_RULES:
        out = out.replace(source, target)
    return out
