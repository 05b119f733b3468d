"""HTML pages -> Article, with trafilatura for the text and htmldate for the date.

trafilatura reads the markup (article/nav/aside, link density) far better than
any line heuristic can, so HTML goes through it first. When it finds nothing, or
the page is a scraped-text page wrapped in tags, the page's visible text goes
through storyline's own text extractor instead (see README, "Extraction").
"""

from __future__ import annotations

import re
from dataclasses import replace

import lxml.html
import trafilatura
from htmldate import find_date
from trafilatura.settings import Document

from storyline.errors import ExtractionError
from storyline.extract.features import fold, line_features, line_kind
from storyline.extract.lang import detect_language
from storyline.extract.metadata import byline_name, is_desk_signature, person_field
from storyline.extract.text import extract_text_page
from storyline.models import Article, Page, SiteProfile

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "nav", "aside", "blockquote", "figure", "figcaption", "time", "main",
    "title", "pre", "form", "dd", "dt",
}  # fmt: skip
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe")
_MIN_BODY_CHARS = 200
MAX_KICKER_WORDS = 4  # a section label over the headline is a few words at most
# The date is read by _published; trafilatura's own extensive search runs dateparser over the
# whole text (slow, and as free a guess as _published avoids).
_TRAFILATURA_DATE = {"original_date": True, "extensive_search": False}
_TLD = re.compile(r"\.(com|net|org|info|fr|ml|bf|ne|sn|ci|news|africa|co\.uk|io)$", re.IGNORECASE)


def reader_view(html: str) -> tuple[str, str | None]:
    """The page's visible text and the site name its markup declares, from one parse: what the
    site index learns from an HTML page."""
    root = _parsed(html)
    if root is None:
        return "", None
    declared = _declared_site_name(root)  # read before the visible text drops what no reader sees
    return _visible_text(root), declared


def visible_text(html: str) -> str:
    """The text a reader sees, one block element a line: the text extractor's input."""
    root = _parsed(html)
    return _visible_text(root) if root is not None else ""


def _parsed(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def _declared_site_name(root: lxml.html.HtmlElement) -> str | None:
    """The site's name as its markup declares it to link previews (``og:site_name``, or the
    ``application-name`` meta tag): the site's own choice, where the visible text offers logos,
    kickers and the company that holds the copyright."""
    found = root.xpath(
        "//meta[@property='og:site_name' or @name='og:site_name' or @name='application-name']/@content"
    )
    return next((" ".join(str(value).split()) for value in found if str(value).strip()), None)


def _visible_text(root: lxml.html.HtmlElement) -> str:
    """Drops the tags no reader sees from ``root`` (in place), then reads one block element a line."""
    for bad in root.iter(*_DROP_TAGS):
        bad.drop_tree()
    parts: list[str] = []
    # a block element's line closes after its children, so inline links stay on it ("Par <a>X</a> | Politique")
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        block = isinstance(element.tag, str) and element.tag in _BLOCK_TAGS
        if event == "start":
            parts += ["\n"] if block else []
            parts += [element.text] if isinstance(element.tag, str) and element.text else []
        else:
            parts += ["\n"] if block else []
            parts += [element.tail] if element.tail else []
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def _headline(html: str, title: str) -> str:
    """The page's one ``<h1>`` where it runs on from the metadata title: sites shorten the
    title they give social networks ("... without deal" for "... without deal, to meet
    again Thursday"); the reader sees the full headline."""
    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return title
    heads = [" ".join(h.text_content().split()) for h in root.iter("h1")]
    if len(heads) == 1 and len(heads[0]) > len(title) and heads[0].casefold().startswith(title.casefold()):
        return heads[0]
    return title


def _published(page: Page) -> str | None:
    """The publication date from markup or URL only: htmldate's text search guesses too freely.

    The time is kept when the markup gives one ("2023-07-28T19:05"); htmldate writes midnight for
    a date without a time, so midnight is read as no time.
    """
    if page.date_hint:
        return page.date_hint
    try:
        found = find_date(
            page.text, url=page.url, original_date=True, extensive_search=False, outputformat="%Y-%m-%dT%H:%M"
        )
    except (ValueError, TypeError):
        return None
    return found.removesuffix("T00:00") if found else None


def _outlet(sitename: str | None, profile: SiteProfile | None) -> str | None:
    if profile and profile.name:
        return profile.name
    if not sitename:
        return None
    return _TLD.sub("", sitename.strip()) or None


def _author(written: str | None) -> str | None:
    """trafilatura keeps the byline word ("Par X") and joins every candidate it found with ";"
    ("X; Foreign Desk", "X; Abuja; Wednesday; May"); the record wants a person's name, never a
    desk's nor a button's ("Paramètres J'accepte")."""
    if (
        not written
        or is_desk_signature(written)
        or line_kind(written, fold(written), len(written.split())) != "plain"
    ):
        return None
    parts = [part.strip() for part in written.split(";") if part.strip()]
    if len(parts) > 1:
        return next((named for part in parts if (named := byline_name(part) or person_field(part))), parts[0])
    return byline_name(written) or written.strip() or None


def _paragraphs(text: str, title: str | None) -> list[str]:
    """trafilatura's paragraphs less the title it repeats and page furniture it keeps (counters, credits)."""
    paras = [" ".join(p.split()) for p in text.splitlines() if p.strip()]
    paras = [p for i, p in enumerate(paras) if line_features(i, p).kind != "noise"]
    while paras and _is_kicker(paras[0]):
        paras = paras[1:]
    if paras and title and " ".join(title.split()) == paras[0]:
        paras = paras[1:]
    return paras


def _is_kicker(paragraph: str) -> bool:
    """A section label above the article ("WORLD / AFRICA", "SAHEL"): a few words with no
    lower-case letter, or a known section heading."""
    features = line_features(0, paragraph)
    if features.words > MAX_KICKER_WORDS:
        return False
    return features.kind == "heading" or not any(c.islower() for c in paragraph)


def _text_fallback(page: Page, profile: SiteProfile | None) -> Article:
    """The text extractor over the visible text, for pages whose markup says too little."""
    text = visible_text(page.text)
    if not text.strip():
        raise ExtractionError("HTML page with no visible text", page.doc)
    return extract_text_page(replace(page, text=text, media_type="text"), profile)


def _from_trafilatura(page: Page, profile: SiteProfile | None) -> Article | None:
    doc = trafilatura.bare_extraction(
        page.text, url=page.url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True, date_extraction_params=_TRAFILATURA_DATE,
    )  # fmt: skip
    if not isinstance(doc, Document) or not doc.text:  # None, or a dict only with as_dict=True
        return None
    paras = _paragraphs(doc.text, doc.title)
    body = "\n\n".join(paras)
    if len(body) < _MIN_BODY_CHARS:
        return None
    return Article(
        doc_id=page.doc_id,
        doc=page.doc,
        title=_headline(page.text, " ".join(doc.title.split())) if doc.title else None,
        body=body,
        published=_published(page),
        outlet=_outlet(doc.sitename, profile),
        author=_author(doc.author),
        lang=doc.language or detect_language(body),
        url=page.url or doc.url,
        extractor="html",
    )


def _completed(article: Article, fallback: Article) -> Article:
    """The article with the title, date and author the markup lacked read from the visible text,
    and its body cut to where the text extractor sees the article start and end.

    Many pages write the byline and the date as plain text ("Par X - jeudi 31 août 2023"): the
    text extractor, run once over the visible text, fills every field trafilatura left empty.
    """
    return replace(
        article,
        title=article.title or fallback.title,
        published=article.published or fallback.published,
        author=article.author or fallback.author,
        body=_edges_cut(article.body, fallback.body),
    )


def _edges_cut(body: str, seen: str) -> str:
    """trafilatura's body from the text extractor's first body paragraph to its last, when both
    stand in it in that order: when trafilatura keeps a whole container, its head (kicker,
    headline, byline, date line) and tail (signature, tags, related links, reader comments) are
    the lines the text extractor's statistics leave out. Its middle stays trafilatura's. The
    tail is cut even when trafilatura dropped the lead the text extractor starts with (readers'
    comments after the last paragraph); the head only when both stand in it, since a text
    extractor's start found alone may lie inside the article."""
    paras = body.split("\n\n")
    ends = seen.split("\n\n")
    if ends[-1] not in paras:
        return body
    first = paras.index(ends[0]) if ends[0] in paras else 0
    last = len(paras) - 1 - paras[::-1].index(ends[-1])
    return "\n\n".join(paras[first : last + 1]) if first <= last else body


def extract_html_page(page: Page, profile: SiteProfile | None = None) -> Article:
    """trafilatura first, completed from the visible text; the text extractor alone when it finds no article."""
    article = _from_trafilatura(page, profile)
    if article is None:
        fallback = _text_fallback(page, profile)
        return replace(fallback, published=fallback.published or _published(page), extractor="html-text")
    try:
        return _completed(article, _text_fallback(page, profile))
    except ExtractionError:
        return article
