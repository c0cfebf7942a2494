"""Logo and portrait hashes: Hamming thresholds, and their use by both detectors."""

from __future__ import annotations

import dataclasses

import pytest

from clearbright.detectors.base import prepare
from clearbright.detectors.counterfeit import CounterfeitDetector, ImpersonationDetector
from clearbright.detectors.counterfeit.avatar import ImageIndex, parse_hash, threshold
from clearbright.model import Item
from clearbright.registry import Registry

LOGO = "pdq:" + "f0" * 32  # 256 bits
PORTRAIT = "phash:c3a1f09e5b7d2e48"  # 64 bits


def _flip(hash_text: str, bits: int) -> str:
    """The hash with its lowest `bits` bits inverted."""
    algorithm, value, length = parse_hash(hash_text) or ("", 0, 0)
    return f"{algorithm}:{value ^ ((1 << bits) - 1):0{length // 4}x}"


@pytest.fixture(scope="module")
def registry(example_registry: Registry) -> Registry:
    enterprises = dict(example_registry.enterprises)
    enterprises["ent-chengyu"] = enterprises["ent-chengyu"].model_copy(
        update={"logo_hashes": (LOGO,)}
    )
    people = dict(example_registry.people)
    people["per-gunansheng"] = people["per-gunansheng"].model_copy(
        update={"portrait_hashes": (PORTRAIT,)}
    )
    return dataclasses.replace(example_registry, enterprises=enterprises, people=people)


def test_thresholds_follow_pdq() -> None:
    assert threshold("pdq", 256) == 31
    assert threshold("phash", 64) == 8
    assert parse_hash("pdq:zz") is None
    assert parse_hash("nocolon") is None


@pytest.mark.parametrize(
    ("image", "entity"),
    [
        (LOGO, "ent-chengyu"),
        (_flip(LOGO, 31), "ent-chengyu"),  # at the threshold
        (_flip(PORTRAIT, 8), "per-gunansheng"),
        (_flip(LOGO, 32), None),  # one bit too far
        (_flip(PORTRAIT, 9), None),
        ("phash:" + "f0" * 32, None),  # a 256-bit pHash is not comparable with a 64-bit one
        ("not-a-hash", None),
    ],
)
def test_image_index(registry: Registry, image: str, entity: str | None) -> None:
    matches = ImageIndex(registry).match((image,))
    assert [m.registered.entity_id for m in matches] == ([entity] if entity else [])


def _run(registry: Registry, **data: object) -> set[str]:
    item = Item.model_validate({"id": "i", "platform": "weibo", **data})
    prepared = prepare(item, registry)
    slugs: set[str] = set()
    for cls in (CounterfeitDetector, ImpersonationDetector):
        detector = cls(registry)
        if item.kind in detector.kinds:
            slugs.update(f.slug for f in detector.detect(prepared))
    return slugs


def test_registered_logo_on_another_account_is_counterfeit(registry: Registry) -> None:
    flagged = _run(registry, kind="account", text="手表好物分享", image_hashes=[_flip(LOGO, 5)])
    assert flagged == {"counterfeit"}
    official = _run(
        registry,
        kind="account",
        text="澄屿科技",
        author={"id": "chengyu_official", "name": "澄屿科技"},
        image_hashes=[LOGO],
    )
    assert official == set()


def test_portrait_with_a_solicitation_is_impersonation(registry: Registry) -> None:
    post = "内部认购名额有限，保本年化20%，扫码进群。"
    assert _run(registry, kind="post", text=post, image_hashes=[PORTRAIT]) == {"impersonation"}
    assert _run(registry, kind="post", text="今天的发布会很精彩", image_hashes=[PORTRAIT]) == set()
