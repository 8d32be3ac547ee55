"""Sync outbox: batches kept until the federation acknowledges them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

CODE = 64


def upgrade() -> None:
    """Create the outbox and the sync's own small state table."""
    op.create_table(
        "sync_outbox",
        sa.Column("batch_id", sa.String(36), nullable=False),
        sa.Column("device_sequence", sa.Integer(), nullable=False),
        sa.Column("vocabulary_version", sa.String(CODE), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("cells", sa.Integer(), nullable=False),
        sa.Column("covers_from", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("error_code", sa.String(CODE), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("batch_id", name="pk_sync_outbox"),
        sa.UniqueConstraint("device_sequence", name="uq_sync_outbox_device_sequence"),
    )
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(CODE), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_sync_meta"),
    )


def downgrade() -> None:
    """Drop the sync tables."""
    op.drop_table("sync_meta")
    op.drop_table("sync_outbox")
