"""Dispatches of cases to platforms, with the platform's acknowledgement and answer.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dispatches",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("batch", sa.String(length=64), nullable=True),
        sa.Column("platform", sa.String(length=128), nullable=False),
        sa.Column("region", sa.String(length=32), nullable=True),
        sa.Column("queue", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("dispatched_by", sa.String(length=128), nullable=False),
        sa.Column("dispatched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deadline_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=128), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("responded_by", sa.String(length=128), nullable=True),
        sa.Column("responded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=True),
        sa.Column("ground", sa.Text(), nullable=True),
        sa.Column("facts", sa.Text(), nullable=True),
        sa.Column("contest_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_dispatches_case_id"), "dispatches", ["case_id"], unique=False)
    op.create_index(op.f("ix_dispatches_batch"), "dispatches", ["batch"], unique=False)
    op.create_index(op.f("ix_dispatches_platform"), "dispatches", ["platform"], unique=False)
    op.create_index(
        op.f("ix_dispatches_dispatched_at"), "dispatches", ["dispatched_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_dispatches_dispatched_at"), table_name="dispatches")
    op.drop_index(op.f("ix_dispatches_platform"), table_name="dispatches")
    op.drop_index(op.f("ix_dispatches_batch"), table_name="dispatches")
    op.drop_index(op.f("ix_dispatches_case_id"), table_name="dispatches")
    op.drop_table("dispatches")
