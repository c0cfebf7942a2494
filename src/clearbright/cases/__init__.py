"""Notices, cases, triage, routing, decisions and appeals: the due-process core.

Every function here takes an open SQLAlchemy session and the acting `Actor`; it writes the
change and its audit entry in that session, and the caller commits (the API commits before it
answers).
"""
