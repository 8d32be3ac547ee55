"""Local fictitious public services for ``--demo`` and the tests."""
