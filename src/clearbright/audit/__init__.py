"""The append-only, hash-chained audit log of every write."""

from clearbright.audit.chain import VerifyReport, record, verify

__all__ = ["VerifyReport", "record", "verify"]
