"""A throwaway PostgreSQL cluster for the server-store tests (skipped without the server
programs: apt-get install postgresql). One cluster per test session, one database per test."""

from __future__ import annotations

import itertools

import pytest

from tests import pgcluster

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    pytest.importorskip("psycopg", reason="the server extra is not installed (pip install "
                        "-e '.[server]')")
    reason = pgcluster.unavailable_reason()
    if reason:
        pytest.skip(reason)
    cluster = pgcluster.Cluster()
    yield cluster
    cluster.remove()


@pytest.fixture
def pg_url(pg_cluster) -> str:
    """postgresql:// address of a fresh, empty database (the cluster's superuser)."""
    return pg_cluster.create_database(f"t{next(_numbers)}")
