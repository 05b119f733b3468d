"""Records passed between the pipeline stages.

ingest -> Page; extract -> Article; annotate -> Mention, TimeRef, Quote, DocEvent
(gathered in Annotations); merge -> Entity, Event with its Sources.

Every record that states a fact about a text carries the document id and the
character span (``start``/``end``) of its evidence in the named ``field`` of the
article (``"body"`` or ``"title"``), so any fact can be traced back to the words
that support it. Records are plain frozen-free dataclasses so they pickle across
process pools and Ray workers unchanged; ``to_dict`` gives the JSON form.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

MediaType = Literal["text", "html"]
Field = Literal["title", "body"]
EntityKind = Literal["person", "organisation", "country", "place"]
Precision = Literal["day", "month", "year", "range", "duration", "recurring", "time"]


@dataclass
class Record:
    """Base with a JSON-ready dict form."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Page(Record):
    """One input document as read from disk or a crawl, before any extraction.

    ``doc_id`` is the content hash of ``raw``: the same bytes are the same page,
    whatever file or URL they came from, which is what makes re-ingest a no-op.
    """

    doc_id: str
    doc: str  # input file name, or the URL when the input names one
    raw: bytes
    text: str  # ``raw`` decoded and repaired (encoding detected, mojibake fixed)
    media_type: MediaType
    url: str | None = None
    date_hint: str | None = None  # a publication date given beside the page (JSONL ``date``)
    encoding: str = "utf-8"
    collected: str | None = None  # ISO day the page was collected (WARC-Date, else the ingest day)


@dataclass
class SiteProfile(Record):
    """What the corpus teaches about the site a page comes from.

    Learned across pages (lines repeated on pages of one site are template, not
    article) but handed to the per-document extractor as a read-only value, so
    extraction stays a pure function of (page, profile).
    """

    site_id: str | None = None
    name: str | None = None  # the outlet's name as the site writes it ("aBamako")
    template_lines: frozenset[str] = frozenset()  # normalised lines repeated across the site's pages
    pages: int = 1


@dataclass
class Article(Record):
    """The clean article read out of a page, with its metadata."""

    doc_id: str
    doc: str
    title: str | None
    body: str  # paragraphs in order, separated by a blank line
    published: str | None = None  # ISO date or datetime as the page states it
    published_estimate: str | None = None
    estimate_reason: str | None = None
    outlet: str | None = None
    author: str | None = None
    original_source: str | None = None  # the paper a republished article comes from
    lang: str | None = None
    url: str | None = None
    crawl_month: str | None = None  # "YYYY-MM" from a leading crawl line: a hint, never the date
    extractor: str = "text"
    removed: list[str] = field(default_factory=list)  # lines judged not body, for inspection
    collected: str | None = None  # when the page was collected: an upper bound for its date

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]

    def text_of(self, fld: Field) -> str:
        return (self.title or "") if fld == "title" else self.body


@dataclass
class Mention(Record):
    """A name in the text, tied to the entity it denotes.

    ``entity`` is the document-independent identity key (see annotate.entities),
    so mentions of one person in different pages share it before any merge.
    """

    doc_id: str
    field: Field
    start: int
    end: int
    text: str
    label: str  # NER label or resolution rule: PER, ORG, LOC, MISC, DEMONYM, ROLE, ALIAS
    entity: str  # identity key
    name: str  # canonical name of the identity
    kind: EntityKind
    country: str | None = None  # ISO alpha-2


@dataclass
class TimeRef(Record):
    """A time expression resolved on the calendar.

    ``value`` is ISO at the stated ``precision`` ("2023-06-14", "2023-10",
    "2023"); ranges carry ``end``; durations and recurrences keep an ISO 8601
    duration ("P6M") in ``value`` and are never taken as dates.
    """

    doc_id: str
    field: Field
    start: int
    end: int
    text: str
    value: str | None
    precision: Precision
    value_end: str | None = None
    anchor: str | None = None  # the date the expression was resolved against
    rule: str = ""  # which calendar rule resolved it, for explanation and tests


@dataclass
class Quote(Record):
    """Direct or reported speech and who said it."""

    doc_id: str
    field: Field
    start: int
    end: int
    text: str
    speaker: str | None  # canonical name when resolved, else the surface words
    speaker_entity: str | None = None  # identity key
    kind: Literal["direct", "indirect", "embedded"] = "direct"
    cue: str | None = None  # the verb or phrase that attributes it ("a-t-il écrit")


@dataclass
class Actor(Record):
    """An entity as it takes part in an event."""

    entity: str  # identity key
    name: str
    kind: EntityKind
    country: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class DocEvent(Record):
    """One event as one page reports it."""

    doc_id: str
    type: str  # PLOVER type
    mode: str | None
    actors: list[Actor]
    recipients: list[Actor]
    date: str | None  # ISO at ``precision``
    precision: str | None
    date_end: str | None
    location: str | None
    topics: list[str]
    evidence: str  # the sentence
    start: int  # span of the sentence in the body
    end: int
    trigger: str = ""
    background: bool = False  # recalled as context rather than reported as news
    future: bool = False
    date_source: str | None = None  # clause, sentence, page, publication
    # named in passing by a sentence about another event, with no day of its own ("accused
    # X of being behind the drone strike"): joins an event other reports make, never makes one
    passing: bool = False
    # the k-th (from 1) of the acts one clause counts ("spoke twice by phone"): each is a report
    # of its own and joins another event; 0 for an act told once
    repeat: int = 0
    # for a report with no party of its own ("the April 11 shooting"): the countries its page
    # names most (ISO alpha-2), one of which takes part in the event it joins
    setting: list[str] = field(default_factory=list)
    # for a report whose parties are all unnamed (gunmen, a village of no known country): the
    # countries its page names most, under which it also looks for the event it tells
    page_countries: list[str] = field(default_factory=list)
    # the kind of act within the type its trigger names (``act`` in triggers_*.yaml: "demarche"
    # for an envoy summoned): a report of one kind never joins an event of another
    act: str | None = None


@dataclass
class Annotations(Record):
    """Everything the per-document stages read out of one article."""

    doc_id: str
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[DocEvent] = field(default_factory=list)
    published_estimate: str | None = None
    estimate_reason: str | None = None


@dataclass
class DocResult(Record):
    """The output of the per-document stages for one page: what workers return."""

    article: Article
    annotations: Annotations


@dataclass
class Entity(Record):
    """An identity shared across the corpus."""

    id: str
    name: str
    kind: EntityKind
    country: str | None
    aliases: list[str]
    mentions: int


@dataclass
class Source(Record):
    """One report of a merged event."""

    doc: str
    doc_id: str
    outlet: str | None
    published: str | None
    evidence: str
    start: int
    end: int
    date: str | None = None  # the date this report gives, if any
    background: bool = False


@dataclass
class Event(Record):
    """A real-world event, merged across all the pages that report it."""

    id: str
    type: str
    mode: str | None
    date: str | None
    date_end: str | None
    precision: str | None
    actors: list[Actor]
    recipients: list[Actor]
    location: str | None
    summary: str
    topics: list[str]
    sources: list[Source]
    conflicts: dict[str, list[str]] = field(default_factory=dict)  # field -> the values sources disagree on
    background: bool = False
    act: str | None = None  # see DocEvent.act
