"""A Dask LocalCluster shared by the batch tests, and knowledge bases on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

import pg_server


@pytest.fixture(scope="session")
def pg_server_url():
    return pg_server.shared_server()


@pytest.fixture(params=["sqlite", "postgresql"])
def kb_url(request, tmp_path, pg_server_url):
    yield from pg_server.kb_target(request, tmp_path, pg_server_url)


@pytest.fixture(scope="session")
def dask_scheduler():
    """The address of a 2-worker LocalCluster (processes, one thread each)."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=40) as cluster:
        yield cluster.scheduler_address
