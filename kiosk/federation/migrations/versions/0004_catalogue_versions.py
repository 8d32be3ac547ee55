"""Tile catalogue versions published by the federation to its bornes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the catalogue_version table."""
    op.create_table(
        "catalogue_version",
        sa.Column("version", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("federation_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["federation_id"],
            ["federation.id"],
            name="fk_catalogue_version_federation_id_federation",
        ),
        sa.PrimaryKeyConstraint("version", name="pk_catalogue_version"),
    )
    op.create_index("ix_catalogue_version_federation_id", "catalogue_version", ["federation_id"])


def downgrade() -> None:
    """Drop the catalogue_version table."""
    op.drop_index("ix_catalogue_version_federation_id", table_name="catalogue_version")
    op.drop_table("catalogue_version")
