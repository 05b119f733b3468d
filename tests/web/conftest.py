"""Fixtures of the web tests: one sample store per session and a client over it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from storyline.web.app import create_app
from web.sample_store import Fixture, build_store

with warnings.catch_warnings():  # starlette 1.x asks for httpx2; the httpx client it wraps works the same
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient


@pytest.fixture(scope="session")
def store_fixture(tmp_path_factory: pytest.TempPathFactory) -> Fixture:
    return build_store(tmp_path_factory.mktemp("web") / "store.db")


@pytest.fixture(scope="session")
def client(store_fixture: Fixture) -> Iterator[TestClient]:
    with TestClient(create_app(str(store_fixture.db))) as test_client:
        yield test_client
