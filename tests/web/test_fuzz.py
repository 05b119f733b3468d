"""Whatever a user puts in the query string, no request answers 500."""

from __future__ import annotations

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PATHS = [
    "/api/events",
    "/api/entities",
    "/api/articles",
    "/api/search",
    "/api/timeline",
    "/",
    "/search",
    "/api/events/x",
    "/entities/x",
]
NAMES = ["entity", "type", "outlet", "from", "to", "limit", "offset", "q", "kind", "year"]
VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            '"',
            "*",
            "NEAR(",
            "a OR",
            "-1",
            "0",
            "501",
            "2024-02-30",
            "2024-13",
            "9999-12-31",
            "Goïta",
            "%",
            "'; DROP TABLE events; --",
            "\x00",
            "ml-goita",
            "AND NOT",
        ]
    ),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
)
PARAMS = st.lists(st.tuples(st.sampled_from(NAMES), VALUES), max_size=6)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(PATHS), params=PARAMS)
def test_no_query_string_causes_a_server_error(client: TestClient, path: str, params: list[tuple[str, str]]):
    response = client.get(path, params=params)
    assert response.status_code < 500, (path, params, response.text[:300])
