"""Connected components of a bipartite node–key graph, in Spark (label propagation).

Nodes sharing a key are connected; each node ends with the smallest node name of its
component as its label. Each round takes every key to the smallest label among its nodes and
every node to the smallest label among its keys; rounds stop when no label changes (as many
rounds as the component's diameter, a handful for the groups clearbright forms).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

MAX_ROUNDS = 100


def connected_components(edges: DataFrame) -> DataFrame:
    """(node, key) rows → (node, label) rows, one per node."""
    from pyspark.sql import functions as F

    edges = edges.dropDuplicates(["node", "key"]).localCheckpoint()
    labels = edges.select("node").distinct().withColumn("label", F.col("node")).localCheckpoint()
    for _ in range(MAX_ROUNDS):
        by_key = edges.join(labels, "node").groupBy("key").agg(F.min("label").alias("k"))
        proposed = edges.join(by_key, "key").groupBy("node").agg(F.min("k").alias("k"))
        updated = (
            labels.join(proposed, "node")
            .select(
                "node",
                F.least("label", "k").alias("label"),
                (F.col("k") < F.col("label")).alias("changed"),
            )
            .localCheckpoint()
        )
        labels = updated.select("node", "label")
        if updated.where("changed").limit(1).count() == 0:
            break
    result: DataFrame = labels
    return result


def reachable(edges: DataFrame, seeds: DataFrame) -> DataFrame:
    """(node, key) rows and (node) seeds → (node) rows: every node connected to a seed.

    A breadth-first walk (one round per step of the components' diameter, as label
    propagation takes), over the seeds' components only: when they are a small part of the
    graph, labelling just the nodes found here costs a fraction of labelling all of them.
    """
    reached = edges.join(seeds, "node", "left_semi").select("node").distinct().localCheckpoint()
    size = reached.count()
    if size == 0:
        return reached
    edges = edges.dropDuplicates(["node", "key"]).localCheckpoint()
    for _ in range(MAX_ROUNDS):
        keys = edges.join(reached, "node", "left_semi").select("key").distinct()
        grown = edges.join(keys, "key", "left_semi").select("node").distinct().localCheckpoint()
        # Every reached node has a key, so the walk only grows; the same size means done.
        grown_size = grown.count()
        reached = grown
        if grown_size == size:
            break
        size = grown_size
    return reached
