"""Connected components and the walk from seeds, on a graph small enough to check by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

# a-b share k1, b-c share k2 (a chain: a and c only meet through b); d-e share k3; f is alone.
EDGES = [
    ("a", "k1"),
    ("b", "k1"),
    ("b", "k2"),
    ("c", "k2"),
    ("d", "k3"),
    ("e", "k3"),
    ("f", "k4"),
]


def test_components_label_each_node_with_the_smallest_of_its_component(
    spark: SparkSession,
) -> None:
    from clearbright.spark.components import connected_components

    edges = spark.createDataFrame(EDGES, "node string, key string")
    labels = {r["node"]: r["label"] for r in connected_components(edges).collect()}
    assert labels == {"a": "a", "b": "a", "c": "a", "d": "d", "e": "d", "f": "f"}


def test_walk_reaches_the_whole_components_of_the_seeds_only(spark: SparkSession) -> None:
    from clearbright.spark.components import reachable

    edges = spark.createDataFrame(EDGES, "node string, key string")

    def walk(*seeds: str) -> set[str]:
        frame = spark.createDataFrame([(s,) for s in seeds], "node string")
        return {r["node"] for r in reachable(edges, frame).collect()}

    assert walk("c") == {"a", "b", "c"}
    assert walk("e", "f") == {"d", "e", "f"}
    assert walk("x") == set()  # a seed without keys reaches nothing
    assert walk() == set()


def test_extortion_groups_are_the_components_holding_an_offer(spark: SparkSession) -> None:
    from clearbright.spark.job import extortion_groups

    schema = "seq long, item string, actor_keys array<string>, has_offer boolean"
    rows = [
        (1, "i1", ["author:a", "wechat:x"], False),
        (2, "i2", ["author:b", "wechat:x"], True),  # meets 1 through the shared contact
        (3, "i3", ["author:b"], False),  # meets 2 through the author
        (4, "i4", ["author:c"], False),  # no offer in its component
        (5, "i5", [], True),  # an offer without keys: its own group
    ]
    valid = spark.createDataFrame(rows, schema)
    groups: dict[str, set[int]] = {}
    for row in extortion_groups(valid).collect():
        groups.setdefault(row["group"], set()).add(row["seq"])
    assert sorted(groups.values(), key=min) == [{1, 2, 3}, {5}]
    no_offers = spark.createDataFrame([(r[0], r[1], r[2], False) for r in rows], schema)
    assert extortion_groups(no_offers).count() == 0
