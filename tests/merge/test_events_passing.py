"""Events named in passing, end to end: a page that only names an attack while telling a
recall of ambassadors is a source of the attack another page dates, whatever order the
pages come in, and makes no event of its own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from storyline.cli import app

ATTACK_PAGE = """Le Courrier du Fjord
Kvitfjell : un poste de garde attaqué, deux soldats tués

Dimanche 8 mars 2026 - 18:10 | Ingrid Aas

Deux soldats norvégiens ont été tués samedi lors d'une attaque contre le poste de garde de Kvitfjell, près de la frontière.

Les assaillants, arrivés à bord de motos, se sont repliés avant l'aube, selon l'état-major.
"""

RECALL_PAGE = """La Gazette d'Oslo
La Norvège rappelle son ambassadeur en Suède

Mercredi 11 mars 2026 - 09:30 | Per Lunde

La Norvège a rappelé mardi son ambassadeur en Suède, qu'elle accuse d'avoir laissé agir sur son sol les auteurs de l'attaque de Kvitfjell.

Le ministère des Affaires étrangères n'a pas précisé la durée de ce rappel.
"""


def events_of_type(tmp_path: Path, pages: dict[str, str], etype: str) -> list[dict[str, Any]]:
    """Ingest ``pages`` (file name -> text; read in name order) and export the events of ``etype``."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert CliRunner().invoke(app, ["ingest", str(folder), "--db", db]).exit_code == 0
    out = CliRunner().invoke(app, ["export", "events", "--format", "jsonl", "--db", db]).output
    return [e for e in map(json.loads, out.splitlines()) if e["type"] == etype]


def sources_by_date(events: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    return [(e["date"], sorted(s["doc"] for s in e["sources"])) for e in events]


def test_a_page_naming_an_attack_in_passing_is_one_of_its_sources(tmp_path: Path) -> None:
    attacks = events_of_type(
        tmp_path, {"a_gazette_rappel.txt": RECALL_PAGE, "b_courrier_attaque.txt": ATTACK_PAGE}, "ASSAULT"
    )
    assert sources_by_date(attacks) == [("2026-03-07", ["a_gazette_rappel.txt", "b_courrier_attaque.txt"])]


CONDEMNATION_PAGE = """L'Écho du Nord
Oslo et Stockholm condamnent l'attaque de Kvitfjell

Vendredi 20 mars 2026 - 11:05 | Lars Holm

Les présidents norvégien et suédois ont « fermement condamné » l'attaque terroriste de Kvitfjell, selon un communiqué commun publié dans la nuit.

Le texte ne mentionne aucune mesure nouvelle à la frontière.
"""

SECOND_ATTACK_PAGE = """La Gazette d'Oslo
Deux soldats tués à Kvitfjell

Lundi 9 mars 2026 - 08:40 | Per Lunde

Des hommes armés ont attaqué samedi le poste de garde de Kvitfjell, tuant deux soldats norvégiens, a annoncé l'armée.

L'enquête a été confiée à la gendarmerie.
"""


def test_a_report_dated_by_its_page_joins_the_event_others_date_whatever_order_pages_come_in(
    tmp_path: Path,
) -> None:
    """A page condemning "l'attaque de Kvitfjell" twelve days on dates it by its own day; read
    first, it must still join the attack two other pages date, not make a second one."""
    attacks = events_of_type(
        tmp_path,
        {
            "a_echo_condamnation.txt": CONDEMNATION_PAGE,
            "b_courrier_attaque.txt": ATTACK_PAGE,
            "c_gazette_attaque.txt": SECOND_ATTACK_PAGE,
        },
        "ASSAULT",
    )
    assert [(e["date"], len(e["sources"])) for e in attacks] == [("2026-03-07", 3)]


TREATY_PAGE = """Le Journal des Fjords
Oslo et Stockholm signent un accord sur leur frontière

Mercredi 11 mars 2026 - 17:40 | Kari Dahl

La Norvège et la Suède ont signé mardi à Oslo un accord sur la surveillance de leur frontière commune.

Les deux capitales en discutaient depuis l'accrochage du 7 mars, qui avait coûté la vie à deux soldats.
"""

BORDER_ATTACK_PAGE = """Le Courrier du Fjord
Kvitfjell : deux soldats tués dans l'attaque d'un poste de garde

Dimanche 8 mars 2026 - 18:10 | Ingrid Aas

Des hommes armés ont attaqué samedi le poste de garde de Kvitfjell, en Norvège, tuant deux soldats.

Les assaillants, arrivés à bord de motos, se sont repliés avant l'aube, selon l'état-major.
"""

OTHER_TREATY_PAGE = """Le Messager de la Baltique
Helsinki et Tallinn signent un accord sur leurs côtes

Mercredi 11 mars 2026 - 18:15 | Aino Virtanen

La Finlande et l'Estonie ont signé mardi à Helsinki un accord sur la surveillance de leurs côtes.

Les deux capitales en discutaient depuis l'accrochage du 7 mars, qui avait coûté la vie à deux marins.
"""


def test_a_dated_event_named_without_its_parties_joins_the_one_its_page_is_about(tmp_path: Path) -> None:
    """ "depuis l'accrochage du 7 mars" names no party: it is a source of the attack of that day
    in which one of the countries its page names most takes part; on a page about two other
    countries it joins none and makes none."""
    attacks = events_of_type(
        tmp_path,
        {
            "a_journal_accord.txt": TREATY_PAGE,
            "b_courrier_attaque.txt": BORDER_ATTACK_PAGE,
            "c_messager_accord.txt": OTHER_TREATY_PAGE,
        },
        "ASSAULT",
    )
    assert sources_by_date(attacks) == [("2026-03-07", ["a_journal_accord.txt", "b_courrier_attaque.txt"])]


MARCH_PAGE = """Le Courrier du Fjord
Bergen : des milliers de manifestants contre Stockholm

Samedi 7 mars 2026 - 20:05 | Ingrid Aas

Des milliers de personnes ont manifesté samedi dans les rues de Bergen, en Norvège, contre la Suède.

Les organisateurs promettent de nouveaux rassemblements.
"""

MARCH_AFTERMATH_PAGE = """Le Journal des Fjords
La Norvège rappelle son ambassadeur en Suède

Dimanche 8 mars 2026 - 19:30 | Kari Dahl

La Norvège a rappelé dimanche son ambassadeur en Suède.

Si la marche s'est déroulée dans le calme pendant l'essentiel de la journée, des échauffourées ont éclaté le soir.
"""


def test_an_event_named_with_no_party_nor_date_of_its_own_joins_the_one_of_its_pages_day(
    tmp_path: Path,
) -> None:
    """ "la marche" with no party and no day of its own takes its page's: it joins the march
    told the day before, which a country of the page takes part in."""
    marches = events_of_type(
        tmp_path,
        {"a_journal_rappel.txt": MARCH_AFTERMATH_PAGE, "b_courrier_marche.txt": MARCH_PAGE},
        "PROTEST",
    )
    assert sources_by_date(marches) == [("2026-03-07", ["a_journal_rappel.txt", "b_courrier_marche.txt"])]


APRIL_TREATY_PAGE = TREATY_PAGE.replace("Mercredi 11 mars 2026", "Mercredi 15 avril 2026").replace(
    "Les deux capitales en discutaient depuis l'accrochage du 7 mars, qui avait coûté la vie à deux soldats.",
    "En mars, un accrochage avait coûté la vie à deux soldats.",
)


def test_an_event_named_with_no_party_and_only_its_month_joins_the_one_of_that_month(tmp_path: Path) -> None:
    attacks = events_of_type(
        tmp_path,
        {"a_journal_accord.txt": APRIL_TREATY_PAGE, "b_courrier_attaque.txt": BORDER_ATTACK_PAGE},
        "ASSAULT",
    )
    assert sources_by_date(attacks) == [("2026-03-07", ["a_journal_accord.txt", "b_courrier_attaque.txt"])]


KILLING_PAGE = """The Baltic Ledger
Norway and Sweden agree to a joint inquiry

Thursday, March 12, 2026 | By Lars Holm

OSLO, March 12 - Norway and Sweden agreed on Wednesday to a joint inquiry into the border violence.

Gunmen killed two Norwegian soldiers near the Kvitfjell guard post in Norway on March 7, the army said.
"""


def test_a_page_telling_only_the_toll_of_an_attack_is_one_of_its_sources(tmp_path: Path) -> None:
    """ "Gunmen killed two soldiers on March 7" tells the toll of the attack another page
    reports: the page is one more source of it, not an attack of its own."""
    attacks = events_of_type(
        tmp_path,
        {"a_ledger_inquiry.txt": KILLING_PAGE, "b_courrier_attaque.txt": BORDER_ATTACK_PAGE},
        "ASSAULT",
    )
    assert sources_by_date(attacks) == [("2026-03-07", ["a_ledger_inquiry.txt", "b_courrier_attaque.txt"])]


def test_a_toll_no_other_page_reports_makes_no_attack(tmp_path: Path) -> None:
    assert events_of_type(tmp_path, {"a_ledger_inquiry.txt": KILLING_PAGE}, "ASSAULT") == []


GENDARMERIE_PAGE = """The Nordic Ledger
Rebels kill two Norwegian gendarmes near the Swedish border

Monday 9 March 2026 - 08:15 | Lars Moe

OSLO, March 9 - Fighters of the Northern Liberation Front attacked a Norwegian gendarmerie post near the Swedish border on Friday, killing two gendarmes, Norway's interior ministry said.

Norway has asked Sweden for help in finding the attackers.
"""

SITE_PAGE = """Le Courrier du Fjord
Deux gendarmes tués à Kvitfjell

Lundi 9 mars 2026 - 10:40 | Ingrid Aas

Deux gendarmes ont été tués et un troisième blessé vendredi soir lors de l'attaque du poste de Kvitfjell par des hommes armés.

Le gouvernement norvégien a décrété trois jours de deuil. Oslo a promis une riposte et la Norvège a renforcé sa frontière avec la Suède.
"""


def test_an_attack_by_unnamed_men_on_an_unplaced_site_joins_its_pages_country_attack(tmp_path: Path) -> None:
    """Gunmen and a village of no known country name no party: the report looks for the
    attack of that day under its page's countries, and finds the one other pages tell
    with Norway and the rebels who struck."""
    attacks = events_of_type(
        tmp_path,
        {"a_ledger_gendarmes.txt": GENDARMERIE_PAGE, "b_courrier_kvitfjell.txt": SITE_PAGE},
        "ASSAULT",
    )
    assert sources_by_date(attacks) == [
        ("2026-03-06", ["a_ledger_gendarmes.txt", "b_courrier_kvitfjell.txt"])
    ]


CALL_PAGE = """La Gazette d'Oslo
Appel entre Oslo et Stockholm

Mardi 10 mars 2026 - 09:30 | Per Lunde

Le Premier ministre norvégien Olaf Berg s'est entretenu lundi au téléphone avec son homologue suédois Magnus Lind.

Les deux dirigeants ont évoqué la sécurité de la frontière commune.
"""

NO_DATE_PAGE = """Le Courrier du Fjord
Les pêcheurs de Kvitfjell reprennent la mer

Les bateaux sont sortis du port au lever du jour, mardi, pour la première fois depuis des semaines.

Ce retour au calme intervient après l'entretien téléphonique entre Olaf Berg et Magnus Lind.
"""


def test_a_page_that_gives_no_date_joins_the_dated_event_its_parties_fit(tmp_path: Path) -> None:
    """The page names no day and states no date: only the parties say which call it tells,
    and it is a source of that call rather than an undated call of its own."""
    calls = events_of_type(
        tmp_path, {"a_courrier_peche.txt": NO_DATE_PAGE, "b_gazette_appel.txt": CALL_PAGE}, "CONSULT"
    )
    assert sources_by_date(calls) == [("2026-03-09", ["a_courrier_peche.txt", "b_gazette_appel.txt"])]


FIRST_CALL_PAGE = """Le Courrier du Fjord
Oslo et Stockholm renouent le dialogue

Mardi 3 mars 2026 - 19:20 | Ingrid Aas

Le Premier ministre norvégien Jonas Berg et son homologue suédois Ulf Lindqvist se sont entretenus mardi au téléphone, pour la première fois depuis l'accrochage.

Aucun communiqué commun n'a été publié.
"""

SECOND_CALL_PAGE = """La Gazette d'Oslo
Nouvel entretien entre Jonas Berg et Ulf Lindqvist

Mardi 10 mars 2026 - 20:05 | Per Lunde

Jonas Berg et Ulf Lindqvist se sont de nouveau entretenus mardi au téléphone.

Les deux chefs de gouvernement doivent se rencontrer avant la fin du mois.
"""

TWO_CALLS_PAGE = """L'Écho du Nord
La frontière rouvre entre la Norvège et la Suède

Vendredi 13 mars 2026 - 09:10 | Lars Holm

Le poste de Kvitfjell a rouvert vendredi matin. Jonas Berg et Ulf Lindqvist se sont parlé à deux reprises au téléphone, à une semaine d'intervalle.

Les camionneurs attendaient depuis dix jours.
"""


def test_a_page_counting_two_calls_without_their_days_is_a_source_of_each(tmp_path: Path) -> None:
    """ "à deux reprises", read first or last, joins each of the two calls two other pages date,
    one report each, and makes no call of its own."""
    for order in (("a", "b", "c"), ("c", "b", "a")):
        folder = tmp_path / "".join(order)
        folder.mkdir()
        pages = {
            f"{order[0]}_echo.txt": TWO_CALLS_PAGE,
            f"{order[1]}_courrier.txt": FIRST_CALL_PAGE,
            f"{order[2]}_gazette.txt": SECOND_CALL_PAGE,
        }
        calls = events_of_type(folder, pages, "CONSULT")
        assert [(date, len(docs)) for date, docs in sources_by_date(calls)] == [
            ("2026-03-03", 2),
            ("2026-03-10", 2),
        ]
