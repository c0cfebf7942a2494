"""Data retention: drop stored content after a configurable time, keep hashes and the audit chain.

See `policy.py` for the retention file and `purge.py` for what a purge drops and keeps.
"""

from clearbright.retention.policy import RetentionPolicy
from clearbright.retention.purge import PurgeReport, purge

__all__ = ["PurgeReport", "RetentionPolicy", "purge"]
