"""The append-only, hash-chained audit log of every write."""

from clearbright.audit.chain import VerifyReport, lock_head, record, verify

__all__ = ["VerifyReport", "lock_head", "record", "verify"]
