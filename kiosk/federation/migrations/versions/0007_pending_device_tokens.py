"""Token rotation asked by the borne, in two steps: a pending token per borne.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add device.pending_token_hash, pending_since and token_since (filled from created_at)."""
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pending_token_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("pending_since", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("token_since", sa.DateTime(), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_device_pending_token_hash"), ["pending_token_hash"]
        )
    op.execute("UPDATE device SET token_since = created_at WHERE token_since IS NULL")


def downgrade() -> None:
    """Drop the pending token columns (a pending rotation is lost, the current token stays)."""
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_device_pending_token_hash"), type_="unique")
        batch_op.drop_column("token_since")
        batch_op.drop_column("pending_since")
        batch_op.drop_column("pending_token_hash")
