"""Masked copies of items: every recognized personal identifier replaced by its masked form.

Backs `clearbright redact` (least exposure: a copy of the input that can be shared with people
who need the content but not the personal data).

>>> from clearbright.model import Item
>>> item = Item(id="1", platform="weibo", kind="post", text="身份证 330108198506122312")
>>> redact_item(item).text
'身份证 3301**********2312'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from clearbright.detectors.privacy.recognize import redact
from clearbright.model import Item


def redact_item(item: Item) -> Item:
    """The item with its text and title masked; every other field unchanged."""
    update: dict[str, str] = {"text": redact(item.text)}
    if item.title is not None:
        update["title"] = redact(item.title)
    return item.model_copy(update=update)


def redact_items(items: Iterable[Item]) -> Iterator[Item]:
    for item in items:
        yield redact_item(item)
