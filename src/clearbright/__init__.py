"""clearbright: find, triage and resolve online harms aimed at businesses on Chinese platforms.

Data flows one way: ingest → text (normalize) → detectors → policy → store/cases → reports.
"""

__version__ = "0.1.0"
