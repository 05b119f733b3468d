"""Article extraction from already-scraped text pages (one line per paragraph or page element).

The body is the densest run of prose on the page, read the way jusText reads HTML blocks:
paragraph-like lines (long, dense in stop words, closing like a sentence) seed it; short lines
between them are kept only when they read as sentences; furniture (share buttons, ad labels,
counters, the site's template lines) is skipped without ending the run; section headings ("Les
plus lus", "Laisser un commentaire"), cut teaser summaries ("...") and datelines end it. The
title, the publication date and the byline are then looked for around that body: before it for
the title and date, right after it for the author. Everything is a pure function of the page and
the read-only ``SiteProfile`` learned by ``templates.SiteIndex``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.errors import ExtractionError
from storyline.extract.dates import (
    date_in_url,
    find_date,
    has_field_separator,
    is_dateline_field,
    is_header_date,
    is_update_date,
    normalise_hint,
)
from storyline.extract.features import (
    LONG_PARAGRAPH_WORDS,
    LineFeatures,
    is_insert_heading,
    lexicon,
    line_features,
    page_lines,
)
from storyline.extract.lang import detect_language
from storyline.extract.metadata import (
    best_name,
    breadcrumb_tail,
    byline_name,
    crawl_month,
    dateline_name,
    is_breadcrumb,
    looks_like_name,
    name_evidence,
    name_key,
    signed_name,
    title_suffix,
)
from storyline.extract.templates import is_menu_like, is_template
from storyline.models import Article, Page, SiteProfile

DATE_RIGHT_AFTER = 2  # a date or byline this close after a title candidate is its dateline
DATE_NEAR_AFTER = 4  # a date or byline a little further after (or right before) still hints at a title
TEMPLATE_PENALTY = 1  # site-wide lines are rarely the title (but a title may recur in teaser lists)
MENU_PENALTY = 2
BANNER_PENALTY = 2
ABOVE_MENU_PENALTY = 1  # the site's banner and tagline sit above its menu; the headline below it
TAGLINE_PENALTY = 3  # a line near the top that describes the site ("Le quotidien d'Agadir et du Sud")
TAGLINE_LINES = 4  # how near the top of the page a site's tagline stands
TEASER_PENALTY = 3  # a headline followed by a cut summary is another story's teaser
MIN_TITLE_WORDS = 3
AUTHOR_LOOKAHEAD = 3  # the author line follows the body within this many lines
SIGNED_LINE_WORDS = 8  # a signature line: a name and the writer's job ("X, envoyée spéciale à Y")
TITLE_IDEAL_WORDS = (5, 25)
MAX_INSERT_TEASERS = 3  # an in-article "Lire aussi" box links to at most this many stories


@dataclass(frozen=True)
class _Span:
    """Positions (in the list of non-empty lines) of the first and last body line."""

    first: int
    last: int


def _without_crawl_prefix(lines: list[LineFeatures]) -> tuple[list[LineFeatures], str | None]:
    """Drop a crawler's leading " date YYYY-MM" from the first line, keeping the month aside."""
    if not lines:
        return lines, None
    found = crawl_month(lines[0].text)
    if found is None:
        return lines, None
    month, rest = found
    head = [line_features(lines[0].index, rest)] if rest else []
    return head + lines[1:], month


def _dateline_positions(lines: Sequence[LineFeatures]) -> dict[int, str]:
    """Positions of header-like date lines with the ISO date each states. A sentence of the
    text is no date line, but a short line closing on a credit ("20/04/2026 19:42 (AAP)") is,
    and so is a long one whose date is a field ("... Publié le 21 avril 2026 | Source : (API)")."""
    found_at: dict[int, str] = {}
    for pos, line in enumerate(lines):
        if line.is_sentence and not has_field_separator(line.text):
            continue
        found = find_date(line.text)
        if found is None or (line.is_sentence and not is_dateline_field(line.text, found)):
            continue
        if is_header_date(line.text, found):
            found_at[pos] = found.iso
    return found_at


@dataclass(frozen=True)
class _Layout:
    """The role of each line in finding the body."""

    lines: Sequence[LineFeatures]
    breaks: list[bool]  # the body never runs across these: headings, teaser summaries, datelines
    furniture: list[bool]  # skipped without ending the body: noise and the site's template lines

    def is_seed(self, pos: int) -> bool:
        return self.lines[pos].is_paragraph and not self.furniture[pos]

    def is_sentence(self, pos: int) -> bool:
        return self.lines[pos].is_sentence and not self.furniture[pos]

    def is_text(self, pos: int) -> bool:
        return (self.lines[pos].is_prose or self.lines[pos].is_sentence) and not self.furniture[pos]


def _is_dek(headline: LineFeatures, line: LineFeatures) -> bool:
    """A teaser's one-sentence summary: a short sentence right under its headline (no blank line)."""
    return (
        line.index == headline.index + 1
        and line.is_sentence
        and line.words < LONG_PARAGRAPH_WORDS
        and line.text.count(". ") == 0
    )


def _insert_after(lines: Sequence[LineFeatures], pos: int) -> int:
    """How many lines an in-article "Lire aussi" box at ``pos`` spans, or 0 when it ends the article.

    The box is the heading, one to three headlines (each maybe with its summary), and then a
    paragraph of the article again; without that paragraph the heading opens the page's end.
    """
    nxt, teasers = pos + 1, 0
    while teasers < MAX_INSERT_TEASERS and nxt < len(lines) and lines[nxt].title_shaped:
        teasers += 1
        nxt += 2 if nxt + 1 < len(lines) and _is_dek(lines[nxt], lines[nxt + 1]) else 1
    resumes = teasers > 0 and nxt < len(lines) and lines[nxt].is_paragraph
    return nxt - pos if resumes else 0


def _insert_positions(lines: Sequence[LineFeatures]) -> set[int]:
    """Positions of in-article boxes of other stories' teasers, heading included."""
    found: set[int] = set()
    for pos, line in enumerate(lines):
        if is_insert_heading(line):
            found.update(range(pos, pos + _insert_after(lines, pos)))
    return found


def _layout(lines: Sequence[LineFeatures], template: frozenset[str], datelines: dict[int, str]) -> _Layout:
    """Classify lines as body breaks, furniture or candidate text.

    Template lines are furniture, not breaks: a site's in-article inserts ("follow us on ...")
    recur on all its pages and must not cut an article in two. Nor do boxes of teasers that the
    article goes on after ("Lire aussi" + headlines + the next paragraph).
    """
    inserts = _insert_positions(lines)
    return _Layout(
        lines,
        breaks=[
            pos not in inserts and (line.kind == "heading" or line.truncated or pos in datelines)
            for pos, line in enumerate(lines)
        ],
        furniture=[
            line.kind == "noise" or pos in inserts or is_template(line, template)
            for pos, line in enumerate(lines)
        ],
    )


def _best_block(layout: _Layout) -> _Span | None:
    """The run between breaks with the most paragraph text, trimmed to its first and last seeds."""
    best: tuple[int, _Span] | None = None
    start = 0
    for end in range(len(layout.lines) + 1):
        if end < len(layout.lines) and not layout.breaks[end]:
            continue
        seeds = [pos for pos in range(start, end) if layout.is_seed(pos)]
        if seeds:
            score = sum(len(layout.lines[pos].text) for pos in seeds)
            if best is None or score > best[0]:
                best = (score, _extend(layout, _Span(seeds[0], seeds[-1]), start, end))
        start = end + 1
    return best[1] if best else None


def _extend(layout: _Layout, span: _Span, lo: int, hi: int) -> _Span:
    """Grow the span over adjacent one-line sentences (a short lead or closing remark)."""
    first, last = span.first, span.last
    pos = first - 1
    while pos >= lo and (layout.furniture[pos] or layout.is_sentence(pos)):
        first = pos if layout.is_sentence(pos) else first
        pos -= 1
    pos = last + 1
    while pos < hi and (layout.furniture[pos] or layout.is_sentence(pos)):
        last = pos if layout.is_sentence(pos) else last
        pos += 1
    return _Span(first, last)


def _body_lines(layout: _Layout, span: _Span) -> list[int]:
    """Positions inside the span that are article text (prose or sentences, not furniture)."""
    return [pos for pos in range(span.first, span.last + 1) if layout.is_text(pos)]


def _clean_title(text: str, standalone: set[str], outlet: str | None) -> str:
    """A title candidate without its window-title suffix (" - site.com", " | Site", " - <outlet>")
    or the breadcrumb steps before it ("Accueil › Monde › <title>")."""
    split = title_suffix(text, standalone, outlet)
    text = split[0] if split else text
    return breadcrumb_tail(text) or text


@dataclass(frozen=True)
class _View:
    """The page as the metadata readers see it once lines are classified."""

    lines: Sequence[LineFeatures]
    datelines: dict[int, str]  # position -> ISO date of header-like date lines
    template: frozenset[str]
    outlet: str | None
    bylines: frozenset[int] = frozenset()  # positions of "Par X" / "By X" lines

    @property
    def header_marks(self) -> set[int]:
        """Date lines and bylines: what a headline is followed by."""
        return set(self.datelines) | self.bylines


@dataclass(frozen=True)
class _TitleContext:
    """What title scoring needs to know about the page around the candidates."""

    view: _View
    outside_text: str  # every line outside the body, joined: breadcrumbs and window titles
    repeats: Counter[str]  # how often each cleaned line occurs outside the body
    last_menu: int  # position of the last menu-like line above the body (-1 if none)


def _title_score(ctx: _TitleContext, pos: int, title: str) -> int:
    """How title-like a candidate is: repeated on the page, near a date line or byline, headline-sized."""
    lines = ctx.view.lines
    line = lines[pos]
    score = 0
    headline_sized = TITLE_IDEAL_WORDS[0] <= len(title.split()) <= TITLE_IDEAL_WORDS[1]
    if headline_sized and ctx.repeats[title] > 1:  # short repeated lines are navigation
        score += 3
    elif headline_sized and ctx.outside_text.count(title) > 1:
        score += 2
    offsets = [mark - pos for mark in ctx.view.header_marks]
    if any(0 < off <= DATE_RIGHT_AFTER for off in offsets):
        score += 2
    elif any(0 < off <= DATE_NEAR_AFTER or off == -1 for off in offsets):
        score += 1
    if headline_sized:
        score += 1
    if pos + 1 < len(lines) and lines[pos + 1].truncated:
        score -= TEASER_PENALTY
    if is_template(line, ctx.view.template):
        score -= TEMPLATE_PENALTY
    if is_menu_like(line) or is_breadcrumb(line.text):
        score -= MENU_PENALTY
    if pos < ctx.last_menu:
        score -= ABOVE_MENU_PENALTY
    if pos < TAGLINE_LINES and lexicon().taglines.search(line.folded):
        score -= TAGLINE_PENALTY
    if ctx.view.outlet and name_key(title).startswith(name_key(ctx.view.outlet)):
        score -= BANNER_PENALTY  # the site's banner or tagline ("Le Relais - l'info du Sahel")
    return score


def _title(view: _View, body: set[int], before: int) -> tuple[int, str] | None:
    """Position and text of the best headline-shaped line before the body (first one on ties)."""
    lines = view.lines
    outside = [pos for pos in range(len(lines)) if pos not in body]
    standalone = {lines[pos].text for pos in outside}
    cleaned = {pos: _clean_title(lines[pos].text, standalone, view.outlet) for pos in outside}
    ctx = _TitleContext(
        view,
        "\n".join(lines[pos].text for pos in outside),
        Counter(cleaned.values()),
        last_menu=max(
            (pos for pos in range(_header_start(view, before)) if is_menu_like(lines[pos])), default=-1
        ),
    )
    site = name_key(view.outlet) if view.outlet else None
    candidates = [
        pos
        for pos in outside
        if lines[pos].title_shaped
        and pos not in view.datelines
        and pos not in view.bylines
        and len(cleaned[pos].split()) >= MIN_TITLE_WORDS
        and name_key(cleaned[pos]) != site  # the site's logo, repeated in its footer, is no headline
    ]
    ranked = [(_title_score(ctx, pos, cleaned[pos]), -pos) for pos in candidates if pos < before]
    ranked = ranked or [(0, -pos) for pos in candidates]
    if not ranked:
        return None
    pos = -max(ranked)[1]
    return pos, cleaned[pos]


def _header_start(view: _View, before: int) -> int:
    """Where the article's byline stands: a menu-like line after it is a share bar or a tag
    list ("Partager : Facebook | X"), not the site's menu. (A date line may be the issue's,
    above the menu: "N° 1187 — du 10 au 16 avril 2026".)"""
    return min((pos for pos in view.bylines if pos < before), default=before)


def _published(view: _View, title_pos: int | None, span: _Span) -> str | None:
    """The page's publication date, from its header or else from a dateline closing the article.

    In the header, a date line after the title comes before one above it (a date bar), and an
    update date comes last.
    """
    header = [pos for pos in view.datelines if pos < span.first]
    ordered = sorted(header, key=lambda pos: (title_pos is not None and pos < title_pos, pos))
    stated = [pos for pos in ordered if not _is_update(view.lines[pos])] or ordered
    if stated:
        return view.datelines[stated[0]]
    for pos in range(span.last + 1, min(len(view.lines), span.last + 1 + AUTHOR_LOOKAHEAD)):
        if pos in view.datelines:
            return view.datelines[pos]
        if view.lines[pos].kind == "heading":
            break
    return None


def _is_update(line: LineFeatures) -> bool:
    found = find_date(line.text)
    return bool(found and is_update_date(line.text, found))


def _initials(name: str) -> str:
    """The capitals a name is signed with: "Sylvie Mintsa Obame" and "S.M.O." give "SMO"."""
    return "".join(c for c in name if c.isupper())


def _author(
    lines: Sequence[LineFeatures], span: _Span, outlet: str | None, title_pos: int | None
) -> str | None:
    """The byline: a "Par X" line or a short name line right after the body, else a header byline,
    else a name line of two words or more between the title and the body ("Amina Yusuf")."""
    header = next((named for line in lines[: span.first] if (named := byline_name(line.text))), None)
    for pos in range(span.last + 1, min(len(lines), span.last + 1 + AUTHOR_LOOKAHEAD)):
        line = lines[pos]
        named = byline_name(line.text)
        if named:  # a wire's closing credit names the first of the header's authors
            return header if header and header.startswith(named) else named
        if _is_person_line(line, outlet):
            # initials closing the article ("S.M.O.") sign the header's "Par Sylvie Mintsa Obame"
            return header if header and _initials(header) == _initials(line.text) else line.text
        if line.kind != "noise":
            break
    if header:
        return header
    after_title = lines[title_pos + 1 : span.first] if title_pos is not None else []
    signed = next((name for line in after_title if (name := signed_name(line.text))), None)
    return signed or next(
        (line.text for line in after_title if line.words >= 2 and _is_person_line(line, outlet)), None
    )


def _byline(line: LineFeatures) -> bool:
    """A "Par X" line, or a short line signing a name with the writer's job or wires
    ("Nicolas Perrenoud, avec les agences"): what follows a headline, never one itself."""
    return bool(byline_name(line.text)) or (
        line.words <= SIGNED_LINE_WORDS and not line.sentence_end and bool(signed_name(line.text))
    )


def _is_person_line(line: LineFeatures, outlet: str | None) -> bool:
    return looks_like_name(line) and not (outlet and name_key(line.text) == name_key(outlet))


def _original_source(lines: Sequence[LineFeatures], body_first: int, outlet: str | None) -> str | None:
    """The paper named after a dateline's date when it is not the site itself (a republication)."""
    for line in lines[:body_first]:
        named = dateline_name(line.text)
        if named and (outlet is None or name_key(named) != name_key(outlet)):
            return named
    return None


def extract_text_page(page: Page, profile: SiteProfile | None = None) -> Article:
    """The article of a text page: title, body paragraphs, date, outlet, author, language.

    Raises ExtractionError when no paragraph of prose is found (a menu, an index page, an error page).
    """
    lines, month = _without_crawl_prefix(page_lines(page.text))
    template = profile.template_lines if profile else frozenset()
    datelines = _dateline_positions(lines)
    layout = _layout(lines, template, datelines)
    span = _best_block(layout)
    if span is None:
        raise ExtractionError("no article body: no paragraph of prose on the page", doc=page.doc)
    body_pos = _body_lines(layout, span)
    body = set(body_pos)
    outlet = (profile.name if profile else None) or best_name(name_evidence(lines))
    bylines = frozenset(pos for pos, line in enumerate(lines) if _byline(line))
    view = _View(lines, datelines, template, outlet, bylines)
    title_pos, title = _title(view, body, span.first) or (None, None)
    body_text = "\n\n".join(lines[pos].text for pos in body_pos)
    return Article(
        doc_id=page.doc_id,
        doc=page.doc,
        title=title,
        body=body_text,
        published=_published(view, title_pos, span)
        or normalise_hint(page.date_hint)
        or date_in_url(page.url),
        outlet=outlet,
        author=_author(lines, span, outlet, title_pos),
        original_source=_original_source(lines, span.first, outlet),
        lang=detect_language(body_text) or detect_language(page.text),
        url=page.url,
        crawl_month=month,
        extractor="text",
        removed=[line.text for pos, line in enumerate(lines) if pos not in body],
    )
