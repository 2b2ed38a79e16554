"""A Dask LocalCluster shared by the batch tests (knowledge bases on SQLite and PostgreSQL come
from the `kb_url` fixture of tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def dask_scheduler():
    """The address of a 2-worker LocalCluster (processes, one thread each)."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=40) as cluster:
        yield cluster.scheduler_address
