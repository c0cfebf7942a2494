"""Masking: `recognize`, `redact` and the `clearbright redact` command (least exposure)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clearbright.detectors.privacy import recognize
from clearbright.detectors.privacy.recognize import recognize as find


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("身份证 330108198506122312", "身份证 3301**********2312"),
        (
            "电话 139-0571-2468，卡号 6217 0088 9912 3456 718",
            "电话 139****2468，卡号 6217***********6718",
        ),
        ("邮箱 gns1985@example.com", "邮箱 g******@example.com"),
        ("订单号 330108198506122312", "订单号 330108198506122312"),  # not personal: left as is
        ("股票代码 600519，收盘 1688.00 元", "股票代码 600519，收盘 1688.00 元"),
    ],
)
def test_redact_masks_identifiers_only(text: str, masked: str) -> None:
    assert recognize.redact(text) == masked


def test_recognize_reports_original_offsets_across_obfuscation() -> None:
    text = "身份证：３３０１０８\n１９８５０６１２ ２３１２！"
    (entity,) = find(text)
    assert entity.entity == "CN_ID"
    assert text[entity.start : entity.end] == "３３０１０８\n１９８５０６１２ ２３１２"
    assert entity.masked == "3301**********2312"


def test_recognize_keeps_partial_numbers_apart() -> None:
    (entity,) = find("手机 139****2468")
    assert entity.partial
    assert find("手机 139****2468", partial=False) == []


def test_cli_writes_a_masked_copy(tmp_path: Path) -> None:
    source = tmp_path / "items.jsonl"
    source.write_text(
        json.dumps(
            {
                "id": "1",
                "platform": "weibo",
                "kind": "post",
                "title": "电话13905712468",
                "text": "顾南笙身份证 330108198506122312",
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "masked.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "clearbright", "redact", str(source), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["text"] == "顾南笙身份证 3301**********2312"
    assert written["title"] == "电话139****2468"
    assert written["id"] == "1"
