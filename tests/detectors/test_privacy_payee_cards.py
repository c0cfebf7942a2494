"""A card number given to be paid into is a payee account, not a leak; but a registered person's
receiving card exposed by someone else, with words that hand it out, is still their card."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearbright.registry import Registry
from tests.detectors.privacy_findings import privacy_findings

REGISTRY = Registry.load(Path(__file__).resolve().parents[2] / "examples" / "registry")


def _card_findings(text: str) -> list[str]:
    return [
        f.detector
        for f in privacy_findings(REGISTRY, text, kind="post")
        if f.detector == "bank_card_number"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "内部人士爆：顾南笙私人收款卡 6217 0088 9912 3456 718（建行），户名顾南笙，懂的自取",
        "网传柏知远的收款账户 6217008899123456718，拿去不谢。",
        "林晏舟的私人收款卡流出了：6217-0088-9912-3456-718，大家自取。",
    ],
)
def test_a_registered_persons_receiving_card_handed_out_is_a_leak(text: str) -> None:
    assert _card_findings(text), text


@pytest.mark.parametrize(
    "text",
    [
        "小店收款卡 6217008899123456718，转账后请发截图，当天发货。",
        "顾南笙基金会的捐款请转账至 6217008899123456718，感谢支持。",
        "有骗子冒充顾南笙让大家转账到 6217008899123456718，别上当！",
        "付款账户 6217008899123456718（户名：某某商贸），拿货请提前打款。",
    ],
)
def test_payee_accounts_stay_clean(text: str) -> None:
    assert _card_findings(text) == [], text
