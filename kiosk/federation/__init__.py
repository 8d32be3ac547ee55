"""The federation server (FastAPI) collecting the bornes' anonymous figures."""
