"""Site templates and site names learned across pages."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from storyline.extract import templates
from storyline.extract.features import page_lines
from storyline.extract.templates import SiteIndex, host_of, is_template

MENU = "Accueil   Politique   Économie   Culture   Sport   Santé   Contact"
FOOTER = "© Le Relais du Sahel - Tous droits réservés"


def site_page(title: str, body: str, menu: str = MENU, footer: str = FOOTER) -> str:
    return f"{menu}\nPartenaires et annonces du réseau\n{title}\nPublié le 3 mai 2024\n{body}\n{footer}\n"


PAGE_A = site_page("Bamako accueille une délégation", "Une délégation est arrivée hier dans la capitale.")
PAGE_B = site_page("Accord signé sur l'énergie", "Les deux pays ont signé un accord sur l'énergie solaire.")
OTHER_SITE = (
    "Home   World   Business   Sport   Opinion   Video\nA headline about something\n"
    "The story of the day told in a few words here.\n© Another Paper 2024 - All rights reserved\n"
)


def index_of(*pages: tuple[str, str, str | None]) -> SiteIndex:
    index = SiteIndex()
    for doc_id, text, url in pages:
        index.add(doc_id, text, url)
    return index


def test_pages_sharing_a_template_form_one_site_with_its_name() -> None:
    index = index_of(("a", PAGE_A, None), ("b", PAGE_B, None), ("c", OTHER_SITE, None))
    profile = index.profile("a")
    assert profile == index.profile("b")
    assert profile.pages == 2
    assert profile.name == "Le Relais du Sahel"
    assert index.profile("c").pages == 1
    assert index.profile("c").name == "Another Paper"


def test_shared_menu_and_footer_are_template_but_titles_are_not() -> None:
    profile = index_of(("a", PAGE_A, None), ("b", PAGE_B, None)).profile("a")
    kinds = {line.text: is_template(line, profile.template_lines) for line in page_lines(PAGE_A)}
    assert kinds[" ".join(MENU.split())] is True
    assert kinds[FOOTER] is True
    assert kinds["Bamako accueille une délégation"] is False


def test_menu_scraped_with_one_more_item_is_still_template() -> None:
    longer_menu = MENU + "   Vidéos"
    profile = index_of(
        ("a", PAGE_A, None), ("b", site_page("Titre", "Texte.", menu=longer_menu), None)
    ).profile("a")
    assert profile.pages == 2
    line = page_lines(MENU)[0]
    assert is_template(line, profile.template_lines)


@pytest.mark.parametrize(
    ("url_a", "url_b", "same_site"),
    [
        ("https://www.relais.example/a", "https://relais.example/b", True),
        ("https://relais.example/a", "https://copie.example/b", False),
    ],
)
def test_url_hosts_group_and_separate_pages(url_a: str, url_b: str, same_site: bool) -> None:
    unrelated = "Titre seul\nUn texte sans gabarit commun avec l'autre page du tout.\n"
    text_b = PAGE_B if not same_site else unrelated
    index = index_of(("a", PAGE_A, url_a), ("b", text_b, url_b))
    assert (index.profile("a").pages == 2) is same_site


def test_rows_rebuild_an_equal_index() -> None:
    index = index_of(("a", PAGE_A, "https://relais.example/a"), ("b", PAGE_B, None), ("c", OTHER_SITE, None))
    rebuilt = SiteIndex.from_rows(list(index.rows()))
    for doc_id in "abc":
        assert rebuilt.profile(doc_id) == index.profile(doc_id)


def test_rows_hold_hashed_keys_not_page_text() -> None:
    rows = list(index_of(("a", PAGE_A, None)).rows())
    assert all("délégation" not in key for _, key in rows)


def test_adding_a_page_twice_changes_nothing() -> None:
    index = index_of(("a", PAGE_A, None), ("b", PAGE_B, None))
    before = list(index.rows())
    index.add("a", PAGE_A)
    assert list(index.rows()) == before


def test_unknown_page_has_an_empty_profile() -> None:
    assert SiteIndex().profile("nope").template_lines == frozenset()


@pytest.mark.parametrize(
    ("url", "host"),
    [("https://www.Example.com/x", "example.com"), ("example.org/a", "example.org"), (None, None)],
)
def test_host_of(url: str | None, host: str | None) -> None:
    assert host_of(url) == host


def test_keys_stored_page_by_page_rebuild_the_same_sites() -> None:
    pages = [("a", PAGE_A, "https://relais.example/a"), ("b", PAGE_B, None), ("c", OTHER_SITE, None)]
    stored = {(doc_id, key) for doc_id, text, url in pages for key in SiteIndex.line_keys(text, url)}
    rebuilt = SiteIndex.from_rows(sorted(stored, key=lambda row: row[1]))  # as a store returns them
    index = index_of(*pages)
    for doc_id, _, _ in pages:
        assert rebuilt.profile(doc_id) == index.profile(doc_id)


def test_the_crawlers_month_stamp_ties_no_pages_into_a_site() -> None:
    """Every page crawled in March 2026 starts with " date 2026-03", whatever its site: with a
    share bar and a "most read" heading as common as that, two sites stay two."""
    share = "Partager : Facebook | WhatsApp | Telegram | Imprimer\nLES PLUS LUS\n"
    a, c = " date 2026-03\n" + PAGE_A + share, " date 2026-03\n" + OTHER_SITE + share
    index = index_of(("a", a, None), ("c", c, None))
    assert index.profile("a").pages == index.profile("c").pages == 1
    assert index.profile("c").name == "Another Paper"


def test_copies_of_one_article_on_two_sites_are_not_one_site() -> None:
    story = (
        "Bamako et Moscou signent un accord sur l'énergie\nLes ministres lors de la signature\n"
        "Les deux pays ont signé mardi un accord portant sur la construction de deux centrales solaires.\n"
        "Le texte prévoit aussi la formation de techniciens maliens dans des instituts russes.\n"
    )
    paper = f"LE QUOTIDIEN\nPolitique   Société   Sport   Culture\n{story}© Le Quotidien - Droits réservés"
    kiosk = f"KIOSQUE\nAccueil   Revue de presse   Annonces\n{story}Commentaires"
    index = index_of(("paper", paper, None), ("kiosk", kiosk, None))
    assert index.profile("paper").pages == 1
    assert index.profile("kiosk").pages == 1


STORY = (
    "Bamako et Moscou signent un accord sur l'énergie\nLes ministres lors de la signature\n"
    "Les deux pays ont signé mardi un accord portant sur la construction de deux centrales solaires.\n"
    "Le texte prévoit aussi la formation de techniciens maliens dans des instituts russes.\n"
)


def test_a_copy_joins_the_site_of_its_layout_not_the_copies_elsewhere() -> None:
    kiosk = f"KIOSQUE\nAccueil   Revue de presse   Annonces\n{STORY}Commentaires"
    pages = [("a", PAGE_A), ("b", PAGE_B), ("kiosk", kiosk), ("copy", site_page("", STORY))]
    index = index_of(*((doc_id, text, None) for doc_id, text in pages))
    assert index.profile("copy").pages == 3
    assert index.profile("copy") == index.profile("a")
    assert index.profile("kiosk").pages == 1


def pairwise_sites(pages: list[tuple[str, list[str]]], max_fanout: int) -> set[frozenset[str]]:
    """Sites by the rule as stated, each page tested against every page before it (the slow way)."""
    fanout: Counter[str] = Counter()
    parent: dict[str, str] = {}
    hosts: dict[str, str] = {}
    first_of_host: dict[str, str] = {}

    def root(doc: str) -> str:
        return doc if parent[doc] == doc else root(parent[doc])

    def join(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    for n, (doc, keys) in enumerate(pages):
        parent[doc] = doc
        fanout.update(key for key in set(keys) if key[:2] in ("g:", "m:", "p:"))
        host = next((key[5:] for key in keys if key.startswith("host:")), None)
        if host:
            hosts[doc] = host
            join(first_of_host.setdefault(host, doc), doc)
        paragraphs = {key for key in keys if key.startswith("p:")}
        for other, other_keys in pages[:n]:
            shared = Counter(key[:2] for key in set(keys) & set(other_keys) if fanout[key] <= max_fanout)
            fewest = min(len(paragraphs), sum(key.startswith("p:") for key in set(other_keys)))
            copies = shared["p:"] >= 2 and shared["p:"] >= 0.5 * fewest
            other_host = doc in hosts and other in hosts and hosts[doc] != hosts[other]
            if shared["g:"] + (shared["m:"] >= 3) >= 2 and not copies and not other_host:
                join(other, doc)
    sites: dict[str, set[str]] = {}
    for doc, _ in pages:
        sites.setdefault(root(doc), set()).add(doc)
    return {frozenset(site) for site in sites.values()}


def random_pages(seed: int) -> list[tuple[str, list[str]]]:
    """Pages of a few layouts (lines, menu shingles), carrying articles that come back as copies."""
    rng = random.Random(seed)
    pages = []
    for n in range(120):
        layout, article = rng.randrange(8), rng.randrange(25)
        keys = {f"g:{layout}-{i}" for i in range(3) if rng.random() < 0.5}
        keys |= {f"m:{layout}-{i}" for i in range(5) if rng.random() < 0.6}
        keys |= {f"p:{article}-{i}" for i in range(rng.randrange(6)) if rng.random() < 0.8}
        keys |= {f"g:{article}"} if rng.random() < 0.7 else set()
        keys |= {f"g:x{rng.randrange(60)}", f"m:x{rng.randrange(15)}", f"p:x{rng.randrange(20)}", "t:x"}
        host = [f"host:h{rng.randrange(12)}.example"] if rng.random() < 0.4 else []
        pages.append((f"doc{n:03d}", sorted(keys) + host))
    return pages


@pytest.mark.parametrize("max_fanout", [1000, 6, 2])
@pytest.mark.parametrize("seed", range(5))
def test_sites_are_those_of_the_rule_page_by_page(
    seed: int, max_fanout: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(templates, "MAX_KEY_FANOUT", max_fanout)
    pages = random_pages(seed)
    index = SiteIndex.from_rows((doc, key) for doc, keys in pages for key in keys)
    sites: dict[str | None, set[str]] = {}
    for doc, _ in pages:
        sites.setdefault(index.profile(doc).site_id, set()).add(doc)
    assert {frozenset(site) for site in sites.values()} == pairwise_sites(pages, max_fanout)
