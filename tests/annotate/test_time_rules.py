"""Sentence-level checks of every calendar rule of resolve_times, French then English.

Each case names the expression as written, the anchor it hangs on, and what the
calendar must give: "value precision value_end rule" ("-" for no end).
Sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.annotate.time import resolve_times
from storyline.models import TimeRef

FRI_29_MARCH_2024 = dt.date(2024, 3, 29)


def only(refs: list[TimeRef], words: str) -> TimeRef:
    """The one reference whose text is ``words``."""
    found = [ref for ref in refs if ref.text == words]
    assert len(found) == 1, f"{words!r} not found once in {[r.text for r in refs]}"
    return found[0]


FRENCH = [
    # absolute dates
    (
        "Publié le jeudi 12 octobre 2023 - 16:51 par la rédaction.",
        None,
        "jeudi 12 octobre 2023 - 16:51",
        "2023-10-12T16:51 time - datetime",
    ),
    ("Le traité a été signé le 12 octobre 2023 à Paris.", None, "12 octobre 2023", "2023-10-12 day - date"),
    ("La loi entre en vigueur le 1er mars 2024.", None, "1er mars 2024", "2024-03-01 day - date"),
    ("La réunion est fixée au 12/10/2023.", None, "12/10/2023", "2023-10-12 day - numeric-date"),
    ("Mis à jour : 2024-03-29 à midi.", None, "2024-03-29", "2024-03-29 day - iso-date"),
    ("La mission a débuté en octobre 2023 dans le nord.", None, "octobre 2023", "2023-10 month - month-year"),
    ("Le coup de force d'août 2020 a tout changé.", None, "août 2020", "2020-08 month - month-year"),
    ("Les élections ont eu lieu en 2012 sans incident.", None, "2012", "2012 year - year"),
    ("Le pays traverse une crise depuis 2012.", None, "depuis 2012", "2012 year - year;since"),
    (
        "L'affaire rappelle celle de 2022, quand 49 soldats avaient été arrêtés.",
        None,
        "2022",
        "2022 year - year",
    ),
    # month without a year
    (
        "En juin dernier, le contrat a été signé.",
        FRI_29_MARCH_2024,
        "En juin dernier",
        "2023-06 month - month;last",
    ),
    ("En mars, les pluies ont cessé.", FRI_29_MARCH_2024, "En mars", "2024-03 month - month"),
    # the part of a month a prefix names: "fin" its last third, up to its last day
    (
        "Fin février, les pluies ont cessé.",
        FRI_29_MARCH_2024,
        "Fin février",
        "2024-02-21 range 2024-02-29 month;part",
    ),
    (
        "Le camp a été levé à la mi-janvier.",
        FRI_29_MARCH_2024,
        "mi-janvier",
        "2024-01-11 range 2024-01-20 month;part",
    ),
    (
        "Les travaux avaient commencé début mars 2023.",
        None,
        "début mars 2023",
        "2023-03-01 range 2023-03-10 month-year;part",
    ),
    ("Les travaux reprendront en juillet.", FRI_29_MARCH_2024, "en juillet", "2024-07 month - month;future"),
    # day + month without a year
    (
        "Mercredi 14 juin, le ministre a parlé au téléphone.",
        dt.date(2023, 6, 20),
        "Mercredi 14 juin",
        "2023-06-14 day - day-month;weekday",
    ),
    (
        "Mercredi 14 juin, le ministre a parlé au téléphone.",
        dt.date(2025, 6, 30),
        "Mercredi 14 juin",
        "2023-06-14 day - day-month;weekday",
    ),
    (
        "Le sommet aura lieu le 26 juin à Niamey.",
        dt.date(2025, 6, 23),
        "26 juin",
        "2025-06-26 day - day-month",
    ),
    (
        "La commission mixte doit se réunir le 15 avril à Niamey.",
        dt.date(2026, 3, 20),
        "15 avril",
        "2026-04-15 day - day-month",
    ),
    (
        "Le 28 décembre, un accord a été trouvé.",
        dt.date(2024, 1, 3),
        "28 décembre",
        "2023-12-28 day - day-month",
    ),
    ("Le 14 juin, la délégation est rentrée.", FRI_29_MARCH_2024, "14 juin", "2023-06-14 day - day-month"),
    (
        "Il a été reçu ce lundi 23 juin au palais.",
        dt.date(2025, 6, 22),
        "lundi 23 juin",
        "2025-06-23 day - day-month;weekday",
    ),
    # weekday alone
    (
        "Le président a appelé mercredi son homologue.",
        FRI_29_MARCH_2024,
        "mercredi",
        "2024-03-27 day - weekday",
    ),
    (  # the publication's own weekday is that day: dispatches report "a appelé vendredi" on the Friday
        "Le président a appelé vendredi son homologue.",
        FRI_29_MARCH_2024,
        "vendredi",
        "2024-03-29 day - weekday",
    ),
    (  # a future weekday never means the publication day itself
        "Le président recevra vendredi son homologue.",
        FRI_29_MARCH_2024,
        "vendredi",
        "2024-04-05 day - weekday;future",
    ),
    (
        "L'attaque de vendredi dernier a choqué le pays.",
        FRI_29_MARCH_2024,
        "vendredi dernier",
        "2024-03-22 day - weekday-last",
    ),
    (  # the Monday after the day last written, not the last one before publication
        "L'attaque a eu lieu le 12 mars. Le lundi suivant, Bamako a convoqué l'ambassadeur.",
        FRI_29_MARCH_2024,
        "Le lundi suivant",
        "2024-03-18 day - weekday-following;from-told",
    ),
    (  # with no day written before it, the last one before publication
        "Le lundi suivant, Bamako a convoqué l'ambassadeur.",
        FRI_29_MARCH_2024,
        "Le lundi suivant",
        "2024-03-25 day - weekday-following",
    ),
    (
        "Les deux chefs se verront lundi prochain.",
        FRI_29_MARCH_2024,
        "lundi prochain",
        "2024-04-01 day - weekday-next",
    ),
    (
        "Le ministre se rendra à Dakar dimanche.",
        FRI_29_MARCH_2024,
        "dimanche",
        "2024-03-31 day - weekday;future",
    ),
    (
        "Il a été reçu le 16 à Lyon, puis le lendemain à Oslo.",
        FRI_29_MARCH_2024,
        "le 16",
        "2024-03-16 day - day",
    ),
    (
        "Le texte reprend les termes de l'entretien téléphonique du 14 entre les deux chefs.",
        FRI_29_MARCH_2024,
        "du 14",
        "2024-03-14 day - day",
    ),
    (
        "Les deux ministres ont convenu de se retrouver mercredi à Doha.",
        FRI_29_MARCH_2024,
        "mercredi",
        "2024-04-03 day - weekday;future",
    ),
    (
        "Le ministre partira ce dimanche pour Dakar.",
        FRI_29_MARCH_2024,
        "ce dimanche",
        "2024-03-31 day - weekday-this;future",
    ),
    (
        "Le ministre est arrivé ce mercredi à Dakar.",
        FRI_29_MARCH_2024,
        "ce mercredi",
        "2024-03-27 day - weekday-this",
    ),
    # relative words
    ("Hier, la délégation est arrivée.", FRI_29_MARCH_2024, "Hier", "2024-03-28 day - relative-day"),
    ("Ils sont partis avant-hier.", FRI_29_MARCH_2024, "avant-hier", "2024-03-27 day - relative-day"),
    ("Le texte est voté aujourd’hui.", FRI_29_MARCH_2024, "aujourd’hui", "2024-03-29 day - relative-day"),
    ("Le vote aura lieu demain.", FRI_29_MARCH_2024, "demain", "2024-03-30 day - relative-day"),
    (
        "Ils se sont vus la semaine dernière.",
        FRI_29_MARCH_2024,
        "la semaine dernière",
        "2024-03-18 range 2024-03-24 relative-week",
    ),
    (
        "Le prix a baissé le mois dernier.",
        FRI_29_MARCH_2024,
        "le mois dernier",
        "2024-02 month - relative-month",
    ),
    (
        "Le chantier reprendra le mois prochain.",
        FRI_29_MARCH_2024,
        "le mois prochain",
        "2024-04 month - relative-month",
    ),
    (
        "La récolte de l'année dernière fut bonne.",
        FRI_29_MARCH_2024,
        "l'année dernière",
        "2023 year - relative-year",
    ),
    ("Il a quitté le pays il y a un an.", FRI_29_MARCH_2024, "il y a un an", "2023 year - ago"),
    (
        "Le navire a accosté il y a trois jours.",
        FRI_29_MARCH_2024,
        "il y a trois jours",
        "2024-03-26 day - ago",
    ),
    (
        "En début de semaine, le ministre s'est rendu à Lomé.",
        FRI_29_MARCH_2024,
        "En début de semaine",
        "2024-03-25 range 2024-03-31 relative-week",
    ),
    (
        "Les marins, arrêtés il y a un peu plus de deux semaines, sont rentrés.",
        FRI_29_MARCH_2024,
        "il y a un peu plus de deux semaines",
        "2024-03-15 day - ago",
    ),
    (
        "Il y a tout juste une semaine, le poste frontalier rouvrait.",
        FRI_29_MARCH_2024,
        "Il y a tout juste une semaine",
        "2024-03-22 day - ago",
    ),
    (
        "Les travaux commencent dans deux semaines.",
        FRI_29_MARCH_2024,
        "dans deux semaines",
        "2024-04-12 day - later",
    ),
    # ranges
    (
        "Le forum se tient du 22 au 26 juin à Lomé.",
        dt.date(2025, 6, 28),
        "du 22 au 26 juin",
        "2025-06-22 range 2025-06-26 range;year-inferred",
    ),
    (
        "Le forum se tient du 22 au 26 juin 2025 à Lomé.",
        None,
        "du 22 au 26 juin 2025",
        "2025-06-22 range 2025-06-26 range",
    ),
    (
        "Les votes ont lieu entre le 3 et le 5 mai.",
        dt.date(2024, 5, 10),
        "entre le 3 et le 5 mai",
        "2024-05-03 range 2024-05-05 range;year-inferred",
    ),
    (
        "La trêve court du 28 décembre au 3 janvier 2024.",
        None,
        "du 28 décembre au 3 janvier 2024",
        "2023-12-28 range 2024-01-03 range",
    ),
    ("Le festival a lieu 22-26 juin 2025.", None, "22-26 juin 2025", "2025-06-22 range 2025-06-26 range"),
    ("Il fut ministre de 2012 à 2015.", None, "de 2012 à 2015", "2012 range 2015 range"),
    (
        "Il est en visite depuis le dimanche 22 juin 2025.",
        None,
        "depuis le dimanche 22 juin 2025",
        "2025-06-22 range - since",
    ),
    # durations and recurrences: never dates
    (
        "Les pourparlers ont duré pendant trois jours.",
        FRI_29_MARCH_2024,
        "pendant trois jours",
        "P3D duration - duration",
    ),
    (
        "Le conflit dure depuis plus d'une dizaine d'années.",
        FRI_29_MARCH_2024,
        "depuis plus d'une dizaine d'années",
        "P10Y duration - duration;since",
    ),
    (
        "La commission se réunira tous les six mois.",
        FRI_29_MARCH_2024,
        "tous les six mois",
        "P6M recurring - recurring",
    ),
    ("Le rapport est publié chaque année.", FRI_29_MARCH_2024, "chaque année", "P1Y recurring - recurring"),
    # a weekday that contradicts its date: the date wins, the rule says so
    (
        "Le décret du lundi 14 juin 2023 est paru.",
        None,
        "lundi 14 juin 2023",
        "2023-06-14 day - date;weekday-mismatch",
    ),
    ("La séance a commencé à 16h30.", None, "16h30", "T16:30 time - time-of-day"),
    # a month with its year said after it
    (
        "L'embargo a été levé en juillet de l'année dernière.",
        FRI_29_MARCH_2024,
        "en juillet de l'année dernière",
        "2023-07 month - month;year-said",
    ),
]

ENGLISH = [
    (
        "The joint commission is due to meet for the first time on 15 April.",
        dt.date(2026, 3, 20),
        "15 April",
        "2026-04-15 day - day-month",
    ),
    (
        "NIAMEY, Sept 11 (Wire) - The talks resumed.",
        FRI_29_MARCH_2024,
        "Sept 11",
        "2023-09-11 day - day-month",
    ),
    ("It was signed on Jan 5 in Accra.", FRI_29_MARCH_2024, "Jan 5", "2024-01-05 day - day-month"),
    ("They met on the 16th in Doha.", FRI_29_MARCH_2024, "on the 16th", "2024-03-16 day - day"),
    ("Talks will resume on the 2nd.", FRI_29_MARCH_2024, "on the 2nd", "2024-04-02 day - day;future"),
    (
        "The ministers ended their talks but agreed to meet again on Wednesday.",
        FRI_29_MARCH_2024,
        "Wednesday",
        "2024-04-03 day - weekday;future",
    ),
    (
        "The two sides agreed to a truce on Wednesday.",
        FRI_29_MARCH_2024,
        "Wednesday",
        "2024-03-27 day - weekday",
    ),
    (
        "The council lifted its embargo in July last year.",
        FRI_29_MARCH_2024,
        "in July last year",
        "2023-07 month - month;year-said",
    ),
    ("In July, last year's harvest was sold.", FRI_29_MARCH_2024, "In July", "2023-07 month - month"),
    (
        "The call took place on March 27, 2024, officials said.",
        None,
        "March 27, 2024",
        "2024-03-27 day - date",
    ),
    (
        "On Wednesday, March 27, 2024, the two leaders spoke.",
        None,
        "Wednesday, March 27, 2024",
        "2024-03-27 day - date",
    ),
    ("The deal was signed on 27 March 2024 in the capital.", None, "27 March 2024", "2024-03-27 day - date"),
    ("Talks resumed in October 2023.", None, "October 2023", "2023-10 month - month-year"),
    ("The country has been in turmoil since 2012.", None, "since 2012", "2012 year - year;since"),
    ("The affair had echoes of 2022, when 49 soldiers were detained.", None, "2022", "2022 year - year"),
    ("The minister arrived yesterday.", FRI_29_MARCH_2024, "yesterday", "2024-03-28 day - relative-day"),
    (
        "The attack last Friday killed dozens.",
        FRI_29_MARCH_2024,
        "last Friday",
        "2024-03-22 day - weekday-last",
    ),
    ("They will meet again next Monday.", FRI_29_MARCH_2024, "next Monday", "2024-04-01 day - weekday-next"),
    (
        "The attack took place on March 12. The following Monday, Bamako summoned the ambassador.",
        FRI_29_MARCH_2024,
        "following Monday",
        "2024-03-18 day - weekday-following;from-told",
    ),
    (  # "following Monday's attack": after the attack, on the last Monday
        "On March 12 talks began. Following Monday's attack, Bamako summoned the ambassador.",
        FRI_29_MARCH_2024,
        "Following Monday",
        "2024-03-25 day - weekday",
    ),
    ("The leaders spoke on Wednesday.", FRI_29_MARCH_2024, "Wednesday", "2024-03-27 day - weekday"),
    (  # "the next day" counts from a day told: no future cue for the weekday
        "Jean Martin held talks with the presidents of France and Germany in Paris on Monday and in Oslo the next day.",
        FRI_29_MARCH_2024,
        "Monday",
        "2024-03-25 day - weekday",
    ),
    (  # a participle after "be" is no past tense
        "He is due to be received by the president on Tuesday.",
        FRI_29_MARCH_2024,
        "Tuesday",
        "2024-04-02 day - weekday;future",
    ),
    ("The convoy left two days ago.", FRI_29_MARCH_2024, "two days ago", "2024-03-27 day - ago"),
    (
        "The sailors, arrested a little over two weeks ago, are home.",
        FRI_29_MARCH_2024,
        "a little over two weeks ago",
        "2024-03-15 day - ago",
    ),
    ("The crossing reopened just a week ago.", FRI_29_MARCH_2024, "just a week ago", "2024-03-22 day - ago"),
    ("Elections are due next month.", FRI_29_MARCH_2024, "next month", "2024-04 month - relative-month"),
    ("Prices rose last week.", FRI_29_MARCH_2024, "last week", "2024-03-18 range 2024-03-24 relative-week"),
    (
        "The fair runs from 22 to 26 June.",
        dt.date(2025, 6, 28),
        "from 22 to 26 June",
        "2025-06-22 range 2025-06-26 range;year-inferred",
    ),
    (
        "Voting takes place between 3 and 5 May 2024.",
        None,
        "between 3 and 5 May 2024",
        "2024-05-03 range 2024-05-05 range",
    ),
    (
        "The fair runs June 22-26, 2025 downtown.",
        None,
        "June 22-26, 2025",
        "2025-06-22 range 2025-06-26 range",
    ),
    (
        "Talks last from June 3 to 5.",
        dt.date(2025, 6, 28),
        "from June 3 to 5",
        "2025-06-03 range 2025-06-05 range;year-inferred",
    ),
    ("Last June they met in the capital.", FRI_29_MARCH_2024, "Last June", "2023-06 month - month;last"),
    ("The commission will meet every six months.", None, "every six months", "P6M recurring - recurring"),
    ("The strike lasted for three days.", None, "for three days", "P3D duration - duration"),
    (
        "Troops have fought there for more than a decade.",
        None,
        "for more than a decade",
        "P10Y duration - duration",
    ),
    ("The session opened at 4:30 pm sharp.", None, "4:30 pm", "T16:30 time - time-of-day"),
    (  # the tense of the time's own phrase, not the nearest cue across a comma
        "The rebels, who seized the lakeside town and its small port in early March, are to withdraw soon.",
        FRI_29_MARCH_2024,
        "early March",
        "2024-03-01 range 2024-03-10 month;part",
    ),
    (  # the part of a month is its third: "mid-" the 11th to the 20th, "late" to its end
        "The talks resumed in mid-February after a pause.",
        FRI_29_MARCH_2024,
        "mid-February",
        "2024-02-11 range 2024-02-20 month;part",
    ),
    (
        "Fighting flared again in late October 2023.",
        None,
        "late October 2023",
        "2023-10-21 range 2023-10-31 month-year;part",
    ),
    (  # "later on" the publication's own weekday is that day
        "The council is due to meet later on Friday, two diplomats said.",
        FRI_29_MARCH_2024,
        "later on Friday",
        "2024-03-29 day - weekday-this;future",
    ),
]


def _check(text: str, anchor: dt.date | None, words: str, expected: str, lang: str) -> None:
    ref = only(resolve_times(text, anchor, lang, doc_id="d1"), words)
    value, precision, value_end, rule = expected.split(" ")
    assert (ref.value, ref.precision, ref.value_end or "-", ref.rule) == (value, precision, value_end, rule)
    assert text[ref.start : ref.end] == words
    assert ref.doc_id == "d1"
    assert ref.anchor == (anchor.isoformat() if anchor else None)


@pytest.mark.parametrize(("text", "anchor", "words", "expected"), FRENCH)
def test_french_expression_resolves_on_the_calendar(
    text: str, anchor: dt.date | None, words: str, expected: str
) -> None:
    _check(text, anchor, words, expected, "fr")


@pytest.mark.parametrize(("text", "anchor", "words", "expected"), ENGLISH)
def test_english_expression_resolves_on_the_calendar(
    text: str, anchor: dt.date | None, words: str, expected: str
) -> None:
    _check(text, anchor, words, expected, "en")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Deux entretiens, les 9 et 16 septembre 2025, ont suivi.", "fr", ["2025-09-09", "2025-09-16"]),
        ("Les 3, 4 et 5 mai 2024, la délégation a siégé.", "fr", ["2024-05-03", "2024-05-04", "2024-05-05"]),
        ("They met on the 2nd and 9 June 2024 in Niamey.", "en", ["2024-06-02", "2024-06-09"]),
        ("Deux entretiens, le 11 puis le 20 avril 2025, ont suivi.", "fr", ["2025-04-11", "2025-04-20"]),
        ("Ils se sont vus le 3 et le 9 juin 2024 à Niamey.", "fr", ["2024-06-03", "2024-06-09"]),
        ("They met on the 3rd and on the 9th of June 2024.", "en", ["2024-06-03", "2024-06-09"]),
    ],
)
def test_days_listed_before_a_date_share_its_month(text: str, lang: str, expected: list[str]) -> None:
    refs = resolve_times(text, dt.date(2025, 12, 1), lang, doc_id="d1")
    assert sorted(r.value for r in refs if r.precision == "day") == expected
    assert all(text[r.start : r.end] == r.text for r in refs)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le 16e sommet de l'organisation s'ouvre à Lyon.", "fr"),
        ("Il a obtenu le 16 sur 20 au classement.", "fr"),
        ("The 16th summit opened on a sunny morning.", "en"),
    ],
)
def test_a_number_after_the_article_that_is_no_day_is_no_time(text: str, lang: str) -> None:
    assert resolve_times(text, FRI_29_MARCH_2024, lang, doc_id="d1") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La crise a éclaté en janvier 2024 ; en décembre de la même année, un accord a été signé.", "fr"),
        ("The row began in January 2024. In December of the same year, both sides signed a deal.", "en"),
    ],
)
def test_a_month_of_the_same_year_takes_the_year_last_written(text: str, lang: str) -> None:
    refs = resolve_times(text, dt.date(2026, 3, 6), lang, doc_id="d1")
    assert [r.value for r in refs] == ["2024-01", "2024-12"]


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        ("They were freed last weekend.", "en", dt.date(2026, 3, 20), ("2026-03-14", "2026-03-15")),
        ("They were freed over the weekend.", "en", dt.date(2026, 3, 16), ("2026-03-14", "2026-03-15")),
        ("They were freed over the weekend.", "en", dt.date(2026, 3, 15), ("2026-03-14", "2026-03-15")),
        (
            "Ils ont été libérés le week-end dernier.",
            "fr",
            dt.date(2026, 3, 22),
            ("2026-03-14", "2026-03-15"),
        ),
    ],
)
def test_a_weekend_is_its_saturday_and_sunday(
    text: str, lang: str, published: dt.date, expected: tuple[str, str]
) -> None:
    """ "last weekend" is the last one over (said on a Sunday, a week earlier); "over the
    weekend" the latest one begun, the one just gone in a Sunday or a Monday paper."""
    (ref,) = resolve_times(text, published, lang, "d1", "body")
    assert (ref.value, ref.value_end) == expected


def test_a_month_counted_from_is_past_whatever_tense_follows() -> None:
    """ "rappelé depuis la mi-avril, devrait regagner Rabat": April is gone, though "devrait"
    speaks of what is ahead; "se rendra à Dakar en juin" is still ahead."""
    anchor = dt.date(2026, 5, 13)
    since = resolve_times("L'ambassadeur, rappelé depuis la mi-avril, devrait regagner Rabat.", anchor)
    ahead = resolve_times("Le ministre se rendra à Dakar en juin.", anchor)
    assert [(t.text, t.value, t.value_end) for t in since] == [("mi-avril", "2026-04-11", "2026-04-20")]
    assert [(t.text, t.value) for t in ahead] == [("en juin", "2026-06")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Il a compté 2022 voix, puis est reparti.", "fr"), ("He counted 2022 votes and left.", "en")],
)
def test_a_bare_number_no_clause_of_time_follows_is_no_year(text: str, lang: str) -> None:
    assert resolve_times(text, None, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On April 5, Easter Sunday, the navy seized six canoes.", "en"),
        ("Le 5 avril, un dimanche, la marine a saisi six pirogues.", "fr"),
    ],
)
def test_a_weekday_in_apposition_to_the_date_before_it_is_that_date(text: str, lang: str) -> None:
    """Not the Sunday before the page (the 12th for a page of Thursday 16 April)."""
    refs = resolve_times(text, dt.date(2026, 4, 16), lang)
    assert {t.value for t in refs} == {"2026-04-05"}


def test_a_weekday_after_a_date_it_does_not_fall_on_keeps_its_own_day() -> None:
    refs = resolve_times("Talks began on April 7, Monday, and again on Sunday.", dt.date(2026, 4, 16), "en")
    assert [t.value for t in refs] == ["2026-04-07", "2026-04-13", "2026-04-12"]


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("The visit followed a call on Thursday last week.", "en", "Thursday last week"),
        ("The visit followed a call on Thursday of last week.", "en", "Thursday of last week"),
        (
            "La visite fait suite à un appel jeudi de la semaine dernière.",
            "fr",
            "jeudi de la semaine dernière",
        ),
    ],
)
def test_a_weekday_of_a_named_week_is_that_weeks_day(text: str, lang: str, words: str) -> None:
    # on Friday 29 March 2024, "last week" runs from 18 to 24 March: its Thursday is the 21st
    ref = only(resolve_times(text, FRI_29_MARCH_2024, lang, doc_id="d1"), words)
    assert (ref.value, ref.precision) == ("2024-03-21", "day")


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # a weekday said with a day of the month picks the month the two fall together in
        ("Lundi 13, le ministre convoquait l'ambassadeur.", "Lundi 13", "2026-04-13"),
        ("Le vendredi 10, la frontière fermait.", "Le vendredi 10", "2026-04-10"),
        # no Tuesday 31 in the weeks before: the day of the month wins
        ("Le mardi 31, rien ne bougeait.", "Le mardi 31", "2026-03-31"),
    ],
)
def test_a_weekday_with_a_day_of_the_month_is_the_day_they_share(text: str, words: str, value: str) -> None:
    # a page of Wednesday 22 April 2026: plain "lundi" would be the 20th
    assert only(resolve_times(text, dt.date(2026, 4, 22), "fr"), words).value == value


def test_a_number_after_a_weekday_that_counts_something_is_no_day() -> None:
    refs = resolve_times("On Monday 13 soldiers were killed near the border.", dt.date(2026, 4, 22), "en")
    assert [(r.text, r.value) for r in refs] == [("Monday", "2026-04-20")]


def test_a_day_of_the_month_alone_continues_the_month_last_written() -> None:
    # a weekly of 19 May 2026 telling April: "Le 17" is not 17 May
    text = "Mercredi 15 avril, tout bascule. Le 17, Addis-Abeba convoque l'ambassadrice. Le 28, il vient."
    refs = resolve_times(text, dt.date(2026, 5, 19), "fr")
    assert only(refs, "Le 17").value == "2026-04-17"
    assert only(refs, "Le 17").rule == "day;from-told"
    assert only(refs, "Le 28").value == "2026-04-28"


def test_a_weekday_after_the_article_follows_the_day_last_written() -> None:
    text = "Lundi 13, le ministre convoquait l'ambassadeur. Le mardi, l'armée dépêchait 300 soldats."
    ref = only(resolve_times(text, dt.date(2026, 4, 22), "fr"), "Le mardi")
    assert (ref.value, ref.rule) == ("2026-04-14", "weekday-following;from-told")


def test_the_first_part_of_a_compound_is_no_future_verb() -> None:
    # "sierra" ends like "il serra"; "l'armée sierra-léonaise dépêchait" is told in the past
    text = "Mardi, l'armée sierra-léonaise dépêchait des renforts."
    assert only(resolve_times(text, dt.date(2026, 4, 22), "fr"), "Mardi").value == "2026-04-21"
    inverted = "Mardi, ira-t-il à Monrovia ?"
    assert only(resolve_times(inverted, dt.date(2026, 4, 22), "fr"), "Mardi").value == "2026-04-28"
