"""Policy: maps findings to actions (DESIGN.md principle 3) and writes the statement of reasons."""

from clearbright.policy.policy import Policy

__all__ = ["Policy"]
