"""Streaming mode: items arrive one by one; campaigns appear once enough copies have arrived."""

from __future__ import annotations

from datetime import timedelta

from clearbright.detectors.base import prepare
from clearbright.detectors.coordination.stream import CampaignWindow
from clearbright.model import Item
from clearbright.registry import Registry
from tests.detectors.test_coordination import ORGANIC, copies, post


def _feed(
    window: CampaignWindow, registry: Registry, rows: list[dict[str, object]]
) -> list[set[str]]:
    return [
        {f.item_id for f in window.add(prepare(Item.model_validate(row), registry))} for row in rows
    ]


def test_campaign_appears_with_the_third_account(example_registry: Registry) -> None:
    window = CampaignWindow(example_registry)
    flagged = _feed(window, example_registry, copies(5))
    assert flagged[:2] == [set(), set()]
    assert flagged[2] == {"c-0", "c-1", "c-2"}
    assert flagged[4] == {"c-0", "c-1", "c-2", "c-3", "c-4"}


def test_campaign_keeps_its_id_as_copies_join(example_registry: Registry) -> None:
    window = CampaignWindow(example_registry)
    ids = []
    for row in copies(5):
        findings = window.add(prepare(Item.model_validate(row), example_registry))
        ids.extend(f.evidence[0].details["campaign"]["campaign_id"] for f in findings)
    assert len(ids) == 3 + 4 + 5 and len(set(ids)) == 1


def test_stream_agrees_with_batch_on_the_organic_wave(example_registry: Registry) -> None:
    window = CampaignWindow(example_registry)
    rows = [post(n, text, minutes=n * 4) for n, text in enumerate(ORGANIC)]
    assert all(found == set() for found in _feed(window, example_registry, rows))


def test_window_is_bounded(example_registry: Registry) -> None:
    window = CampaignWindow(example_registry, horizon=timedelta(hours=1), max_items=4)
    rows = [
        post(n, f"第{n}条：禾淼的果汁我觉得一般，编号{n * 7919}，不推荐也不反对。", minutes=n * 20)
        for n in range(12)
    ]
    _feed(window, example_registry, rows)
    assert len(window) <= 4
    late = CampaignWindow(example_registry, horizon=timedelta(hours=1))
    _feed(late, example_registry, rows)
    assert len(late) == 4  # items older than the horizon are gone (one per 20 minutes)


def test_profiles_seen_earlier_give_the_stream_its_creation_burst(
    example_registry: Registry,
) -> None:
    from tests.detectors.test_coordination import START, profile

    window = CampaignWindow(example_registry, max_items=50)
    profiles = [profile(n, f"acct_{n}", START - timedelta(hours=2)) for n in range(4)]
    assert _feed(window, example_registry, profiles) == [set()] * 4
    findings = []
    for row in copies(4):
        findings = window.add(prepare(Item.model_validate(row), example_registry))
    signals = findings[0].evidence[0].details["campaign"]["signals"]
    assert signals["creation_burst"] == 6
    assert len(window) == 4  # profiles are not window items


def test_profiles_are_bounded(example_registry: Registry) -> None:
    from tests.detectors.test_coordination import START, profile

    window = CampaignWindow(example_registry, max_items=3)
    _feed(window, example_registry, [profile(n, f"acct_{n}", START) for n in range(10)])
    assert len(window._profiles) == 3
