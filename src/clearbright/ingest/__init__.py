"""Ingest: reading and validating items."""

from clearbright.ingest.items import ItemReader

__all__ = ["ItemReader"]
