"""The dashboard: server-rendered pages for people (login, figures, exports)."""
