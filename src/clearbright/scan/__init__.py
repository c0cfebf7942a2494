"""The scan pipeline shared by every interface."""

from clearbright.scan.scanner import ScanReport, Scanner

__all__ = ["ScanReport", "Scanner"]
