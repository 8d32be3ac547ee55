"""SQLAlchemy models, engine and repositories of the borne's journal."""
