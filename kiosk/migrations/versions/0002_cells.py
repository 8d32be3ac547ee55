"""Layer 2: daily absolute count cells, and the journal's counters.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

CODE = 64


def upgrade() -> None:
    """Create the cell and counter tables."""
    op.create_table(
        "stat_cell",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("metric", sa.String(CODE), nullable=False),
        sa.Column("dimension", sa.String(CODE), nullable=False),
        sa.Column("code", sa.String(CODE), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("vocabulary_version", sa.String(CODE), nullable=False),
        sa.PrimaryKeyConstraint("day", "metric", "dimension", "code", name="pk_stat_cell"),
    )
    op.create_index("ix_stat_cell_revision", "stat_cell", ["revision"])
    op.create_table(
        "journal_meta",
        sa.Column("key", sa.String(CODE), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_journal_meta"),
    )


def downgrade() -> None:
    """Drop the cell and counter tables."""
    op.drop_table("journal_meta")
    op.drop_index("ix_stat_cell_revision", table_name="stat_cell")
    op.drop_table("stat_cell")
