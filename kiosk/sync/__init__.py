"""Sync between the borne and the federation server."""
