"""A supervisor's quality review of a platform's answer to a dispatch.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
COLUMNS = (
    ("review_expected", sa.String(length=16)),
    ("review_verdict", sa.String(length=24)),
    ("review_note", sa.Text()),
    ("reviewed_by", sa.String(length=128)),
    ("reviewed_at", sa.DateTime(timezone=True)),
)


def upgrade() -> None:
    with op.batch_alter_table("dispatches") as batch:
        for name, kind in COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dispatches") as batch:
        for name, _ in reversed(COLUMNS):
            batch.drop_column(name)
