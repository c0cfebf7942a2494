"""Coordinated campaigns persisted as objects (one row per campaign id).

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.String(length=64), primary_key=True),
        sa.Column("target", sa.String(length=128), nullable=True),
        sa.Column("target_name", sa.Text(), nullable=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.Column("account_count", sa.Integer(), nullable=False),
        sa.Column("platforms", sa.JSON(), nullable=False),
        sa.Column("start", sa.DateTime(timezone=True), nullable=True),
        sa.Column("end", sa.DateTime(timezone=True), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column(
            "first_run_id", sa.String(length=36), sa.ForeignKey("scan_runs.id"), nullable=False
        ),
        sa.Column(
            "last_run_id", sa.String(length=36), sa.ForeignKey("scan_runs.id"), nullable=False
        ),
    )
    op.create_index("ix_campaigns_target", "campaigns", ["target"])


def downgrade() -> None:
    op.drop_index("ix_campaigns_target", table_name="campaigns")
    op.drop_table("campaigns")
