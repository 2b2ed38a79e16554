"""Storage tests run twice, on a SQLite file and on a real PostgreSQL server: the `kb_url`
fixture of tests/conftest.py (see tests/pg_server.py)."""
