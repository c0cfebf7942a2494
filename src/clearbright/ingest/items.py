"""Read items (DESIGN.md Item, one JSON object per line) with errors naming file, line and field."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from pydantic import ValidationError

from clearbright.errors import InputError
from clearbright.files import dotted, error_message
from clearbright.model import Item

# A post is a few KB; anything near this size is a broken export, not content.
DEFAULT_MAX_LINE_BYTES = 1 << 20
_CHUNK = 1 << 16


@dataclass
class ItemReader:
    """Iterates over the valid items of a JSON Lines file (or `-` for standard input).

    With `skip_invalid`, bad lines are collected in `skipped` and reading goes on;
    otherwise the first bad line raises `InputError`. Repeated (platform, id) pairs are
    counted in `duplicates` and not yielded twice.
    """

    path: str
    skip_invalid: bool = False
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
    skipped: list[InputError] = field(default_factory=list)
    duplicates: int = 0
    lines_read: int = 0

    def __iter__(self) -> Iterator[Item]:
        seen: set[tuple[str, str]] = set()
        yielded_any = False
        with _open(self.path) as stream:
            for number, raw in _lines(stream, self.max_line_bytes):
                self.lines_read = number
                try:
                    item = self._parse(number, raw)
                except InputError as error:
                    if not self.skip_invalid:
                        raise
                    self.skipped.append(error)
                    continue
                if item is None:
                    continue
                key = (item.platform, item.id)
                if key in seen:
                    self.duplicates += 1
                    continue
                seen.add(key)
                yielded_any = True
                yield item
        if not yielded_any and not self.skipped:
            raise InputError("the file holds no items (it is empty or blank)", path=self.path)

    def _parse(self, number: int, raw: bytes | None) -> Item | None:
        if raw is None:
            raise InputError(
                f"line is longer than {self.max_line_bytes} bytes "
                "(raise --max-line-bytes if this is real content)",
                path=self.path,
                line=number,
            )
        text = _decode(raw, self.path, number)
        if not text.strip():
            return None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"not valid JSON: {exc.msg} (column {exc.colno})", path=self.path, line=number
            ) from None
        except RecursionError:
            raise InputError("JSON nested too deeply", path=self.path, line=number) from None
        except ValueError as exc:  # e.g. an integer of more than 4300 digits
            raise InputError(f"not valid JSON: {exc}", path=self.path, line=number) from None
        if not isinstance(data, dict):
            raise InputError(
                f"expected a JSON object, got {type(data).__name__}", path=self.path, line=number
            )
        try:
            return Item.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
            raise InputError(
                error_message(first) + more, path=self.path, line=number, field=dotted(first["loc"])
            ) from None


@contextmanager
def _open(path: str) -> Iterator[BinaryIO]:
    if path == "-":
        yield sys.stdin.buffer
        return
    target = Path(path)
    if target.is_dir():
        raise InputError("is a folder; give a .jsonl file of items", path=path)
    try:
        stream = target.open("rb")
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror}", path=path) from None
    with stream:
        yield stream


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) pairs; `None` stands for a line over the limit, which is skipped."""
    number = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield number, None
            continue
        yield number, raw


def _decode(raw: bytes, path: str, number: int) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        hint = ""
        try:
            raw.decode("gb18030")
            hint = "; it looks like GBK/GB18030: convert with `iconv -f GB18030 -t UTF-8`"
        except UnicodeDecodeError:
            pass
        raise InputError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})" + hint,
            path=path,
            line=number,
        ) from None
    return text.removeprefix("\ufeff") if number == 1 else text
