"""Scan runs, items and findings.

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "scan_runs",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("registry", sa.Text(), nullable=True),
        sa.Column("items_read", sa.Integer(), nullable=False),
        sa.Column("items_new", sa.Integer(), nullable=False),
        sa.Column("findings_new", sa.Integer(), nullable=False),
        sa.Column("lines_skipped", sa.Integer(), nullable=False),
        sa.Column("detectors", sa.JSON(), nullable=False),
    )
    op.create_table(
        "items",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("platform", sa.String(128), nullable=False),
        sa.Column("item_id", sa.String(512), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("region", sa.String(32), nullable=True),
        sa.Column("author_id", sa.String(512), nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("first_run", sa.String(36), sa.ForeignKey("scan_runs.id"), nullable=False),
        sa.UniqueConstraint("platform", "item_id", name="uq_items_platform_item"),
    )
    op.create_index("ix_items_author_id", "items", ["author_id"])
    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("item_pk", sa.Integer(), sa.ForeignKey("items.id"), nullable=False),
        sa.Column("run_id", sa.String(36), sa.ForeignKey("scan_runs.id"), nullable=False),
        sa.Column("category", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(32), nullable=False),
        sa.Column("detector", sa.String(128), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("automated", sa.Boolean(), nullable=False),
        sa.Column("target", sa.String(128), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.UniqueConstraint("item_pk", "detector", "slug", name="uq_findings_item"),
    )
    op.create_index("ix_findings_item_pk", "findings", ["item_pk"])
    op.create_index("ix_findings_slug", "findings", ["slug"])


def downgrade() -> None:
    op.drop_table("findings")
    op.drop_table("items")
    op.drop_table("scan_runs")
