"""The scan pipeline shared by every interface."""

from clearbright.scan.scanner import Scanner, ScanReport

__all__ = ["ScanReport", "Scanner"]
