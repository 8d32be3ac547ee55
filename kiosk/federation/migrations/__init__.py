"""Alembic migrations of the federation server (separate from the borne's)."""
