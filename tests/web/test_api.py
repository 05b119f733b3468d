"""The JSON API: filters, paging, validation and 404s, against the fixture store."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from storyline.store import connect
from storyline.store.queries import EventFilter, _plan
from web.sample_store import VISIT, Fixture


def ids(response_json: dict) -> list[str]:
    return [item["id"] for item in response_json["items"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["ev-deal", "ev-visit", "ev-undated"]),
        ("entity=ml-goita", ["ev-visit", "ev-undated"]),
        ("entity=goita", ["ev-visit", "ev-undated"]),  # a name, accents ignored
        ("entity=Poutine", ["ev-visit"]),  # an alias
        ("entity=ml-goita&entity=ru-putin", ["ev-visit"]),  # repeated: all of them
        ("type=consult", ["ev-visit"]),
        ("outlet=Daily Savanna", ["ev-visit"]),
        ("from=2024", ["ev-visit"]),
        ("to=2023-12", ["ev-deal"]),
        ("from=2024-03-01&to=2024-03-12", ["ev-visit"]),
        ("from=2024-03-13", []),
    ],
)
def test_events_filters_select_the_matching_events_in_date_order(
    client: TestClient, query: str, expected: list[str]
):
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 200
    assert ids(response.json()) == expected
    assert response.json()["total"] == len(expected)


def test_events_page_with_limit_and_offset(client: TestClient):
    first = client.get("/api/events?limit=2").json()
    rest = client.get("/api/events?limit=2&offset=2").json()
    assert first["total"] == rest["total"] == 3
    assert ids(first) + ids(rest) == ["ev-deal", "ev-visit", "ev-undated"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("limit=0", "limit"),
        ("limit=501", "limit"),
        ("offset=-1", "offset"),
        ("from=2024-3-1", "from"),
        ("from=yesterday", "from"),
        ("to=2024-02-30", "to"),  # right shape, not on the calendar
        ("to=2023-13", "to"),
        ("limit=abc", "limit"),
    ],
)
def test_bad_parameters_answer_422_naming_the_parameter(client: TestClient, query: str, field: str):
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 422
    assert field in response.json()["detail"]


@pytest.mark.parametrize(
    "path",
    ["/api/events/nope", "/api/entities/nope", "/api/articles/nope", "/api/events?entity=Nobody%20Known"],
)
def test_unknown_ids_answer_404_json(client: TestClient, path: str):
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
    assert "detail" in response.json()


def test_event_carries_sources_and_conflicts(client: TestClient):
    event = client.get("/api/events/ev-visit").json()
    assert [s["outlet"] for s in event["sources"]] == ["Le Courrier du Sahel", "Daily Savanna"]
    assert event["conflicts"] == {"date": ["2024-03-12", "2024-03-13"]}
    assert event["sources"][0]["evidence"] == VISIT


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=goi", ["ml-goita"]),
        ("q=GOITA", ["ml-goita"]),
        ("q=moscou", ["ru"]),
        ("kind=country", ["ru", "ml"]),
    ],
)
def test_entity_completion_matches_names_and_aliases(client: TestClient, query: str, expected: list[str]):
    assert ids(client.get(f"/api/entities?{query}").json()) == expected


def test_entity_lists_co_actors_with_counts_and_quotes(client: TestClient):
    entity = client.get("/api/entities/ml-goita").json()
    co = {c["entity"]["id"]: c["events"] for c in entity["co_actors"]}
    assert co == {"ru-putin": 1, "ru": 1}
    assert [q["text"] for q in entity["quotes"]] == ["Nous voulons bâtir un partenariat solide"]


def test_articles_list_newest_first_and_filter_by_outlet(client: TestClient, store_fixture: Fixture):
    listing = client.get("/api/articles").json()
    assert [a["doc_id"] for a in listing["items"]] == [store_fixture.doc_ids[k] for k in ("b", "a", "c")]
    only = client.get("/api/articles?outlet=Daily Savanna").json()
    assert only["total"] == 1


def test_article_carries_its_annotations(client: TestClient, store_fixture: Fixture):
    article = client.get(f"/api/articles/{store_fixture.doc_ids['a']}").json()
    assert {m["text"] for m in article["mentions"]} == {"Assimi Goïta", "Vladimir Poutine", "Moscou"}
    assert [t["value"] for t in article["times"]] == ["2024-03-12"]
    assert [e["event_id"] for e in article["events"]] == ["ev-visit"]


@pytest.mark.parametrize(
    ("q", "kinds"),
    [
        ("goita", {"article", "quote"}),  # "goita" finds "Goïta"
        ("PARTENARIAT", {"quote", "article"}),
        ("engrais", {"article"}),
        ('"unbalanced', set()),  # FTS5 syntax in user input is taken as words
        ("NEAR(a b) OR -x *", set()),
    ],
)
def test_search_is_accent_and_case_insensitive_and_never_fails(client: TestClient, q: str, kinds: set[str]):
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 200
    assert {h["kind"] for h in response.json()["hits"]} == kinds


def test_search_snippets_mark_the_matched_words(client: TestClient):
    hit = client.get("/api/search?q=engrais").json()["hits"][0]
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "engrais"


def test_search_facets_by_entity_outlet_and_year(client: TestClient):
    result = client.get("/api/search?q=moscou").json()
    assert {f["value"]: f["count"] for f in result["facets"]["outlet"]} == {
        "Le Courrier du Sahel": 1,
        "Daily Savanna": 1,
    }
    assert [f["value"] for f in result["facets"]["year"]] == ["2024"]
    assert {f["label"] for f in result["facets"]["entity"]} >= {"Assimi Goïta", "Vladimir Putin"}
    narrowed = client.get("/api/search?q=moscou&outlet=Daily Savanna").json()
    assert narrowed["total"] == 1


def test_timeline_zooms_from_years_to_days(client: TestClient):
    years = client.get("/api/timeline").json()
    assert (years["unit"], [b["key"] for b in years["bars"]], years["undated"]) == (
        "year",
        ["2023", "2024"],
        1,
    )
    months = client.get("/api/timeline?from=2024&to=2024").json()
    assert (months["unit"], months["zoom_out"]) == ("day", "")
    one_year = client.get("/api/timeline?entity=ml-goita").json()
    assert one_year["unit"] == "day"
    assert [b["key"] for b in one_year["bars"]] == ["2024-03-12"]


def test_openapi_docs_are_served(client: TestClient):
    assert client.get("/docs").status_code == 200
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize(
    ("flt", "index"),
    [
        (EventFilter(entities=["ml-goita"]), "event_actors_entity_date"),
        (EventFilter(outlets=["Daily Savanna"], types=["CONSULT"]), "event_sources_outlet_date"),
        (EventFilter(date_from="2024"), "events_date"),
    ],
)
def test_filtered_pages_walk_an_index_in_date_order(store_fixture: Fixture, flt: EventFilter, index: str):
    conn = connect(store_fixture.db, readonly=True)
    plan = _plan(flt)
    sql = f"SELECT {plan.date}, {plan.key} FROM {plan.rows}{plan.where()} ORDER BY {plan.date}, {plan.key}"
    steps = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, plan.params))
    conn.close()
    assert index in steps and "TEMP B-TREE" not in steps


def test_pages_and_counts_agree_for_every_filter(client: TestClient):
    for query in ("", "entity=ml-goita", "outlet=Daily Savanna", "type=CONSULT", "from=2024-03&to=2024-03"):
        listed = client.get(f"/api/events?{query}&limit=500").json()
        chart = client.get(f"/api/timeline?{query}").json()
        dated = [e for e in listed["items"] if e["date"]]
        assert listed["total"] == len(listed["items"])
        assert sum(b["count"] for b in chart["bars"]) == len(dated)
