"""The registry: enterprises, people, verified claims, statements, financials and platforms."""

from clearbright.registry.registry import Mention, NameEntry, Registry

__all__ = ["Mention", "NameEntry", "Registry"]
