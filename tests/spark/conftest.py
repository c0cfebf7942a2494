"""One local SparkSession for all Spark tests (starting the JVM takes seconds)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


@pytest.fixture(scope="session")
def spark() -> Iterator[SparkSession]:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("pyspark is not installed: the test command must install the spark extra")
        pytest.skip("pyspark is not installed (pip install -e '.[spark]')")
    from clearbright.spark.job import spark_session

    session = spark_session("local[2]", app="clearbright-tests")
    yield session
    session.stop()
