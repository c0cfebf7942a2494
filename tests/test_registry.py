"""Registry loading, validation errors that name file/line/field, and the derived indexes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clearbright.errors import RegistryError
from clearbright.registry import Registry
from clearbright.text.normalize import normalize
from tests.conftest import EXAMPLES


@pytest.fixture
def registry_copy(tmp_path: Path) -> Path:
    target = tmp_path / "registry"
    shutil.copytree(EXAMPLES / "registry", target)
    return target


def test_loads_every_file(example_registry: Registry) -> None:
    assert set(example_registry.enterprises) == {"ent-chengyu", "ent-xiuping", "ent-hemiao"}
    assert len(example_registry.people) == 3
    assert len(example_registry.claims) == 5
    assert example_registry.statements[0].speaker == "per-gunansheng"
    assert example_registry.financials[1].yoy == -5.0
    assert example_registry.platforms["weibo"].deadlines_hours["critical"] == 2


def test_name_index_covers_every_kind_of_name(example_registry: Registry) -> None:
    kinds = {(e.entity_id, e.kind) for e in example_registry.names}
    assert ("ent-chengyu", "short_name") in kinds
    assert ("ent-chengyu", "english_name") in kinds
    assert ("ent-chengyu", "trademark") in kinds
    assert ("ent-chengyu", "executive") in kinds  # 温若琳 has no people record
    assert ("per-gunansheng", "person") in kinds
    entry = next(e for e in example_registry.names if e.text == "CHENGYU")
    assert entry.folded == "chengyu" and entry.pinyin == "chengyu"


def test_official_lists(example_registry: Registry) -> None:
    assert "chengyu-tech.com" in example_registry.official_domains
    assert example_registry.is_official_account("weibo", "@Chengyu_Official")
    assert not example_registry.is_official_account("douyin", "chengyu_official")
    assert "com.chengyu.health" in example_registry.official_app_packages
    assert example_registry.rivals_of("ent-xiuping") == {"ent-chengyu"}
    assert example_registry.enterprise_of("per-baizhiyuan") == "ent-hemiao"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("澄 屿 的手表", ["澄屿"]),
        ("澄嶼科技發佈會", ["澄屿科技"]),  # traditional; the longest name wins
        ("顾南笙和柏知远", ["顾南笙", "柏知远"]),
        ("chengyu nova", ["chengyu"]),
        ("xchengyux", []),  # Latin names must stand alone
        ("今天天气不错", []),
    ],
)
def test_find_mentions(example_registry: Registry, text: str, found: list[str]) -> None:
    folded = normalize(text)
    mentions = example_registry.find_mentions(folded)
    assert [folded.text[m.start : m.end] for m in mentions] == found


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "entities.yaml",
            "  name: 岫屏智能有限公司\n",
            "",
            r"entities.yaml:\d+: field 'enterprises.1.name': Field required",
        ),
        (
            "entities.yaml",
            "uscc: 91440300MA5GQ2L67F",
            "uscc: 91440300MA5GQ2L67W",
            r"entities.yaml:32: field 'enterprises.1.uscc': .*unified social credit code",
        ),
        (
            "entities.yaml",
            "rivals: [ent-xiuping]",
            "rivals: [ent-nowhere]",
            r"unknown enterprise id 'ent-nowhere'",
        ),
        ("entities.yaml", "enterprises:", "enterprises: [", r"entities.yaml:\d+: not valid YAML"),
        (
            "claims.jsonl",
            '"verdict": "false"',
            '"verdict": "maybe"',
            r"claims.jsonl:1: field 'verdict'",
        ),
        (
            "claims.jsonl",
            '"subject": "ent-hemiao"}',
            '"subject": "ent-ghost"}',
            r"claims.jsonl:2: field 'subject': unknown registry id",
        ),
        (
            "financials.jsonl",
            '"value": 86.4',
            '"value": "lots"',
            r"financials.jsonl:1: field 'value'",
        ),
        ("statements.jsonl", "{", "{{", r"statements.jsonl:1: not valid JSON"),
        (
            "platforms.yaml",
            "critical: 2,",
            "urgent: 2,",
            r"platforms.yaml:7: field 'platforms.0.deadlines_hours.urgent'",
        ),
    ],
)
def test_errors_name_file_line_and_field(
    registry_copy: Path, file: str, old: str, new: str, message: str
) -> None:
    _replace(registry_copy / file, old, new)
    with pytest.raises(RegistryError, match=message):
        Registry.load(registry_copy)


def test_duplicate_ids_are_rejected(registry_copy: Path) -> None:
    _replace(registry_copy / "entities.yaml", "id: ent-xiuping", "id: ent-chengyu")
    with pytest.raises(RegistryError, match="duplicate id 'ent-chengyu'"):
        Registry.load(registry_copy)


def test_missing_and_non_folder(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="does not exist"):
        Registry.load(tmp_path / "nope")
    (tmp_path / "file.yaml").write_text("x: 1")
    with pytest.raises(RegistryError, match="must be a folder"):
        Registry.load(tmp_path / "file.yaml")


def test_every_file_is_optional(tmp_path: Path) -> None:
    registry = Registry.load(tmp_path)
    assert registry.names == () and registry.find_mentions(normalize("澄屿")) == []


def test_non_utf8_registry(registry_copy: Path) -> None:
    (registry_copy / "claims.jsonl").write_bytes("禾淼".encode("gb18030"))
    with pytest.raises(RegistryError, match="not UTF-8"):
        Registry.load(registry_copy)
