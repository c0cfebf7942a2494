"""Item text as the console shows it: evidence spans marked in place, personal data masked.

Every identifier the privacy recognizer finds is replaced by its masked form before anything
reaches a page (least exposure); an evidence span that covers part of a masked identifier marks
the whole masked value, so offsets into the original text never leak a digit.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from clearbright.detectors.privacy.recognize import recognize, redact


@dataclass(frozen=True)
class Mark:
    """An evidence span to mark: [start, end) of one field, with the evidence it belongs to."""

    start: int
    end: int
    ref: str  # the anchor of the evidence row, e.g. "ev-3-1"
    kind: str


@dataclass
class Segment:
    """A run of text to show, with the marks covering it (empty: plain text)."""

    text: str
    marks: list[Mark] = field(default_factory=list)
    masked: bool = False

    @property
    def refs(self) -> str:
        return " ".join(m.ref for m in self.marks)

    @property
    def kinds(self) -> str:
        return ", ".join(dict.fromkeys(m.kind for m in self.marks))


@dataclass
class _Atom:
    start: int
    end: int
    text: str
    masked: bool


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Split `text` into segments by the marks covering them, masking personal data."""
    wanted = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    out: list[Segment] = []
    for atom in _atoms(text, wanted):
        covering = [m for m in wanted if m.start < atom.end and atom.start < m.end]
        last = out[-1] if out else None
        if last is not None and last.marks == covering and not atom.masked and not last.masked:
            last.text += atom.text
        else:
            out.append(Segment(atom.text, covering, atom.masked))
    return out


def _atoms(text: str, marks: Sequence[Mark]) -> list[_Atom]:
    """Masked identifiers as single atoms; the rest cut at every mark boundary."""
    atoms: list[_Atom] = []
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    at = 0
    for entity in recognize(text):
        atoms += _plain(text, at, entity.start, cuts)
        atoms.append(_Atom(entity.start, entity.end, entity.masked, True))
        at = entity.end
    atoms += _plain(text, at, len(text), cuts)
    return atoms


def _plain(text: str, start: int, end: int, cuts: Sequence[int]) -> list[_Atom]:
    inner = [c for c in cuts if start < c < end]
    bounds = [start, *inner, end]
    return [_Atom(a, b, text[a:b], False) for a, b in itertools.pairwise(bounds) if b > a]


def masked(text: str | None) -> str:
    """Text with every recognized identifier masked (for span texts, details, descriptions)."""
    return redact(text) if text else ""


@dataclass(frozen=True)
class DiffPart:
    """One run of a two-sided difference: `op` is equal, delete (only left) or insert."""

    op: str
    text: str


def diff(left: str, right: str) -> tuple[list[DiffPart], list[DiffPart]]:
    """Character-level differences between two texts, as parts of each side."""
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    ours: list[DiffPart] = []
    theirs: list[DiffPart] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            ours.append(DiffPart("equal", left[a1:a2]))
            theirs.append(DiffPart("equal", right[b1:b2]))
            continue
        if a2 > a1:
            ours.append(DiffPart("delete", left[a1:a2]))
        if b2 > b1:
            theirs.append(DiffPart("insert", right[b1:b2]))
    return ours, theirs
