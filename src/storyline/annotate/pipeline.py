"""Article -> Annotations: the order in which the annotators run, and why.

Time comes first because the anchor (publication date, else crawl month, else
the page's own latest date, else an estimate from its content) decides which
leader a role description means and on which day an event falls. Entities come
next, then quotes (speakers are entities) and events (actors are entities, dates
are time expressions). spaCy runs once per text, batched with ``nlp.pipe``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from storyline.annotate import calendar as cal
from storyline.annotate.entities import find_mentions
from storyline.annotate.events import find_events
from storyline.annotate.nlp import load_nlp
from storyline.annotate.quotes import find_quotes
from storyline.annotate.time import choose_anchor, estimate_publication, resolve_times
from storyline.models import Annotations, Article, TimeRef

SUPPORTED_LANGS = ("fr", "en")


def _last_day(value: str | None) -> dt.date | None:
    """The latest day an ISO date, month or year can mean: a page is dated no later than that."""
    if not value:
        return None
    try:
        if len(value) >= 10:
            return dt.date.fromisoformat(value[:10])
        if len(value) == 7:
            first = dt.date.fromisoformat(value + "-01")
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return dt.date(int(value[:4]), 12, 31)
    except ValueError:
        return None


def resolve_anchor(article: Article) -> tuple[dt.date | None, str | None, str | None]:
    """The date relative expressions hang on, plus a publication estimate and its reason.

    The estimate is returned only when the page states no publication date, so
    it is never confused with one.
    """
    stated = cal.period_bounds(article.published) if article.published else None
    if stated:  # the publication date is the anchor: no need to read the body twice
        return stated[1], None, None
    first = resolve_times(article.body, None, article.lang or "fr", article.doc_id, "body")
    collected_month = article.collected[:7] if article.collected else None
    anchor, _reason = choose_anchor(article.published, article.crawl_month, first, collected_month)
    if article.published:
        return anchor, None, None
    estimate = estimate_publication(article.body, first, article.crawl_month or collected_month)
    if estimate is None:
        return anchor, None, None
    value, why = estimate
    if article.crawl_month or anchor is None or anchor.isoformat().startswith(value[:7]):
        return anchor or _last_day(value), value, why
    # Without a crawl month the anchor above knew no upper bound, while the estimate
    # was bounded by the collection date: its month is the better anchor, unless the
    # anchor is a day of that very month (a dated weekday of the page: "ce mardi 17 février").
    return _last_day(value), value, why


def _times(article: Article, anchor: dt.date | None, lang: str) -> list[TimeRef]:
    times = resolve_times(article.body, anchor, lang, article.doc_id, "body")
    if article.title:
        times += resolve_times(article.title, anchor, lang, article.doc_id, "title")
    return times


def language_of(article: Article) -> str | None:
    """The annotation language, or None for a language storyline has no lexicons for."""
    lang = article.lang or "fr"
    return lang if lang in SUPPORTED_LANGS else None


def annotate_docs(article: Article, body: Doc, title: Doc | None) -> Annotations:
    """All annotations of one article whose texts spaCy has already parsed."""
    lang = language_of(article) or "fr"
    anchor, estimate, reason = resolve_anchor(article)
    times = _times(article, anchor, lang)
    mentions = find_mentions(body, title, article.doc_id, lang, when=anchor)
    quotes = find_quotes(body, article.doc_id, mentions, lang)
    body_times = [t for t in times if t.field == "body"]
    events = find_events(body, article, mentions, body_times, anchor, lang)
    return Annotations(
        doc_id=article.doc_id,
        mentions=mentions,
        times=times,
        quotes=quotes,
        events=events,
        published_estimate=estimate,
        estimate_reason=reason,
    )


def annotate(article: Article) -> Annotations:
    """Annotations of one article (one spaCy call per text); none for unsupported languages."""
    lang = language_of(article)
    if lang is None:
        return Annotations(article.doc_id)
    nlp = load_nlp(lang)
    title = nlp(article.title) if article.title else None
    return annotate_docs(article, nlp(article.body), title)


def annotate_many(articles: Iterable[Article], batch_size: int = 32) -> Iterator[Annotations]:
    """Annotations of many articles in order, spaCy batched per language."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _annotate_batch(batch)
            batch = []
    if batch:
        yield from _annotate_batch(batch)


def _annotate_batch(articles: list[Article]) -> Iterator[Annotations]:
    for article, docs in zip(articles, parse_batch(articles), strict=True):
        yield annotate_docs(article, *docs) if docs else Annotations(article.doc_id)


def parse_batch(articles: list[Article]) -> list[tuple[Doc, Doc | None] | None]:
    """Each article's parsed body and title, one ``nlp.pipe`` call per language for the whole batch.

    None for an unsupported language. spaCy's output does not depend on the batch a
    text is parsed in, so this gives what ``annotate`` parses one text at a time.
    """
    parsed: list[tuple[Doc, Doc | None] | None] = [None] * len(articles)
    by_lang: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        lang = language_of(article)
        if lang is not None:
            by_lang.setdefault(lang, []).append(i)
    for lang, idx in by_lang.items():
        texts: list[str] = []
        for i in idx:
            title = articles[i].title
            texts += [articles[i].body, title] if title else [articles[i].body]
        docs = iter(load_nlp(lang).pipe(texts, batch_size=max(len(texts), 1)))
        for i in idx:
            body = next(docs)
            parsed[i] = (body, next(docs) if articles[i].title else None)
    return parsed
