"""Detectors: one module per signal, behind the protocol of `base.py`, listed in `catalog.py`."""
