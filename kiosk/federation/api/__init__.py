"""HTTP API of the federation server, under /api/v1."""
