"""Alembic migrations of the journal, applied by kiosk.models.engine.migrate."""
