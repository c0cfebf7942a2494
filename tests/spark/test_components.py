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
