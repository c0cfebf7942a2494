"""A second fictional registry, so the abuse rules are checked on enterprises they never saw."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clearbright.detectors.abuse import DETECTORS
from clearbright.detectors.base import CorpusDetector, prepare
from clearbright.model import Finding, Item
from clearbright.registry import Registry

# Every enterprise and person here is FICTIONAL, invented for these tests.
ENTITIES = """
enterprises:
- id: ent-qixi
  name: 栖溪教育科技有限公司
  short_names: [栖溪, 栖溪教育]
  industry: 教育培训
  executives:
  - {name: 邵明岚, title: 创始人, person: per-shaominglan}
- id: ent-lanting
  name: 澜汀家居有限公司
  short_names: [澜汀, 澜汀家居]
  industry: 家居
  executives:
  - {name: 卞逸尘, title: 董事长, person: per-bianyichen}
- id: ent-junpu
  name: 筠浦生物科技有限公司
  short_names: [筠浦, 筠浦生物]
  industry: 生物科技
  executives:
  - {name: 骆青禾, title: 总经理}
- id: ent-rongqin
  name: 蓉沁餐饮管理有限公司
  short_names: [蓉沁, 蓉沁串串]
  industry: 餐饮
  executives:
  - {name: 钟以宁, title: 创始人, person: per-zhongyining}
- id: ent-muhe
  name: 沐禾宠物医疗有限公司
  short_names: [沐禾, 沐禾宠物]
  industry: 宠物医疗
  executives:
  - {name: 贺知远, title: 首席执行官}
people:
- id: per-zhongyining
  name: 钟以宁
  role: 创始人
  enterprise: ent-rongqin
- id: per-shaominglan
  name: 邵明岚
  role: 创始人
  enterprise: ent-qixi
- id: per-bianyichen
  name: 卞逸尘
  role: 董事长
  enterprise: ent-lanting
"""


@pytest.fixture(scope="session")
def new_registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    folder: Path = tmp_path_factory.mktemp("abuse_registry")
    (folder / "entities.yaml").write_text(ENTITIES, encoding="utf-8")
    return Registry.load(folder)


def make_item(n: int, text: str, author: str = "u1", when: str | None = None, **extra: Any) -> Item:
    """A Weibo post (or what `extra` says) by `author`."""
    data: dict[str, Any] = {
        "id": f"i-{n}",
        "platform": "weibo",
        "kind": "post",
        "text": text,
        "author": {"id": author},
        "created_at": when,
        **extra,
    }
    return Item.model_validate(data)


def scan_family(registry: Registry, items: list[Item]) -> dict[str, list[Finding]]:
    """Item id → findings of the whole abuse family (all three detectors) on these items."""
    prepared = [prepare(i, registry) for i in items]
    found: dict[str, list[Finding]] = {}
    for cls in DETECTORS:
        detector = cls(registry)
        if isinstance(detector, CorpusDetector):
            findings = list(detector.detect_corpus(prepared))
        else:
            findings = [f for p in prepared for f in detector.detect(p)]
        for finding in findings:
            found.setdefault(finding.item_id, []).append(finding)
    return found


def slugs_of(registry: Registry, text: str) -> list[str]:
    """Slugs the abuse family gives one post."""
    return sorted(f.slug for f in scan_family(registry, [make_item(1, text)]).get("i-1", []))
