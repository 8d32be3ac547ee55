"""Who published each catalogue version (the dashboard account's login).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add catalogue_version.published_by (empty for the command line)."""
    with op.batch_alter_table("catalogue_version", schema=None) as batch_op:
        batch_op.add_column(sa.Column("published_by", sa.String(length=150), nullable=True))


def downgrade() -> None:
    """Drop catalogue_version.published_by."""
    with op.batch_alter_table("catalogue_version", schema=None) as batch_op:
        batch_op.drop_column("published_by")
