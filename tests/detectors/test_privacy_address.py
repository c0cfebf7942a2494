"""Home addresses: our structure rules for the dwelling part, jionlp's location parser for the
administrative divisions before it. Places and people are fictional (the divisions are real
province/city/district names, as any address has)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from clearbright.detectors.base import prepare
from clearbright.detectors.privacy.address import (
    HomeAddressDetector,
    admin_divisions,
    find_addresses,
)
from clearbright.model import Finding, Item
from clearbright.registry import Registry


def run(registry: Registry, text: str) -> list[Finding]:
    item = Item.model_validate({"id": "t", "platform": "weibo", "kind": "post", "text": text})
    return list(HomeAddressDetector(registry).detect(prepare(item, registry)))


@pytest.mark.parametrize(
    ("place", "resolved"),
    [
        ("杭州市滨江区云栖雅苑", "浙江省杭州市滨江区"),
        ("滨江区云栖雅苑", "浙江省杭州市滨江区"),  # the district names its city and province
        ("成都市武侯区锦里路", "四川省成都市武侯区"),
        ("北京市海淀区翠湖南路", "北京市海淀区"),  # a municipality is named once
    ],
)
def test_divisions_are_resolved(place: str, resolved: str) -> None:
    divisions = admin_divisions(place)
    assert divisions is not None
    assert divisions.resolved == resolved
    assert divisions.unknown is None


@pytest.mark.parametrize(
    ("place", "unknown"),
    [
        ("火星市月亮区云栖雅苑", "火星市"),  # no such city
        ("杭州市朝阳区云栖雅苑", "朝阳区"),  # a real district name, but not in Hangzhou
    ],
)
def test_divisions_that_do_not_exist_are_named(place: str, unknown: str) -> None:
    divisions = admin_divisions(place)
    assert divisions is not None and divisions.unknown == unknown


@pytest.mark.parametrize("place", ["云栖雅苑", "桂湾小区", "华联超市", "锦城花园"])
def test_places_without_divisions(place: str) -> None:
    """A compound, a shop: no division named, none unknown (小区 and 超市 are not divisions)."""
    assert admin_divisions(place) is None


def test_dwellings_carry_the_division_signal() -> None:
    (known,) = find_addresses("家住杭州市滨江区云栖雅苑5幢1单元1202")
    (made_up,) = find_addresses("家住火星市月亮区云栖雅苑5幢1单元1202")
    (bare,) = find_addresses("住在锦城花园3-2-1201")
    assert known.value == "杭州市滨江区云栖雅苑5幢1单元1202"
    assert "admin_division" in known.signals
    assert "unknown_division" in made_up.signals
    assert not {"admin_division", "unknown_division"} & set(bare.signals)


def test_division_moves_the_score_and_is_shown_coarse(example_registry: Registry) -> None:
    (known,) = run(example_registry, "顾南笙家住杭州市滨江区云栖雅苑5幢1单元1202。")
    (bare,) = run(example_registry, "顾南笙家住云栖雅苑5幢1单元1202。")
    (made_up,) = run(example_registry, "顾南笙家住火星市月亮区云栖雅苑5幢1单元1202。")
    assert known.score > bare.score > made_up.score
    assert known.evidence[0].details["division"] == "浙江省杭州市滨江区"
    assert made_up.evidence[0].details["unknown_division"] == "火星市"
    assert made_up.score < 0.9


def test_library_prints_nothing_and_loads_only_for_candidates() -> None:
    """jionlp prints banners on import: the scan's stdout stays clean; a text without an
    address candidate never imports it."""
    code = (
        "import sys\n"
        "from clearbright.detectors.privacy.address import find_addresses\n"
        "find_addresses('今天天气不错，物业修好了电梯。')\n"
        "assert 'jionlp' not in sys.modules\n"
        "find_addresses('家住杭州市滨江区云栖雅苑5幢1单元1202')\n"
        "assert 'jionlp' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
