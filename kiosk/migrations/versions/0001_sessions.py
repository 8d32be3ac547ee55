"""Layer 1: one anonymised row per session, with its organismes and thématiques.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

CODE = 64


def upgrade() -> None:
    """Create the session tables."""
    op.create_table(
        "journal_session",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(CODE), nullable=False),
        sa.Column("duree_tranche", sa.String(CODE), nullable=False),
        sa.Column("duree_detail", sa.String(CODE), nullable=False),
        sa.Column("pages_printed", sa.Integer(), nullable=False),
        sa.Column("documents_scanned", sa.Integer(), nullable=False),
        sa.Column("documents_uploaded", sa.Integer(), nullable=False),
        sa.Column("help_requested", sa.Boolean(), nullable=False),
        sa.Column("feedback", sa.String(CODE), nullable=True),
        sa.Column("end_reason", sa.String(CODE), nullable=False),
        sa.Column("role", sa.String(CODE), nullable=True),
        sa.Column("parcours", sa.String(CODE), nullable=True),
        sa.Column("demarche_aboutie", sa.String(CODE), nullable=True),
        sa.Column("autonomie", sa.String(CODE), nullable=True),
        sa.Column("redirection", sa.String(CODE), nullable=True),
        sa.Column("tranche_age", sa.String(CODE), nullable=True),
        sa.Column("statut", sa.String(CODE), nullable=True),
        sa.Column("aidants_connect", sa.Boolean(), nullable=True),
        sa.Column("vocabulary_version", sa.String(CODE), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_journal_session"),
    )
    op.create_index("ix_journal_session_day", "journal_session", ["day"])
    for table, column, extra in (
        ("journal_session_organisme", "organisme", ()),
        ("journal_session_thematique", "thematique", ("mode",)),
    ):
        op.create_table(
            table,
            sa.Column("session_id", sa.Integer(), nullable=False),
            sa.Column(column, sa.String(CODE), nullable=False),
            sa.Column("day", sa.Date(), nullable=False),
            *(sa.Column(name, sa.String(CODE), nullable=False) for name in extra),
            sa.ForeignKeyConstraint(
                ["session_id"],
                ["journal_session.id"],
                name=f"fk_{table}_session_id_journal_session",
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint("session_id", column, name=f"pk_{table}"),
        )
        op.create_index(f"ix_{table}_day", table, ["day", column])


def downgrade() -> None:
    """Drop the session tables."""
    for table in ("journal_session_thematique", "journal_session_organisme"):
        op.drop_index(f"ix_{table}_day", table_name=table)
        op.drop_table(table)
    op.drop_index("ix_journal_session_day", table_name="journal_session")
    op.drop_table("journal_session")
