"""An article as rich text for the terminal: entities, dates and quotes highlighted."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

from storyline.store import Store

STYLES = {"quote": "italic green", "time": "bold magenta", "mention": "bold cyan"}


def _header(store: Store, doc_id: str) -> Text:
    art = store.get_article(doc_id)
    assert art is not None
    head = Text(art.title or art.doc, style="bold underline")
    date = art.published or (
        f"~{art.published_estimate} ({art.estimate_reason})" if art.published_estimate else "-"
    )
    head.append(f"\n{art.outlet or '-'} | {art.author or '-'} | {date} | {art.lang or '-'}", style="dim")
    if art.original_source:
        head.append(f" | republished from {art.original_source}", style="dim")
    return head


def render_article(store: Store, doc_id: str) -> Group:
    """Header, highlighted body, then the list of quotes with their speakers."""
    art = store.get_article(doc_id)
    assert art is not None
    ann = store.annotations(doc_id)
    body = Text(art.body)
    for quote in ann.quotes:
        if quote.field == "body":
            body.stylize(STYLES["quote"], quote.start, quote.end)
    for ref in ann.times:
        if ref.field == "body":
            body.stylize(STYLES["time"], ref.start, ref.end)
    for mention in ann.mentions:
        if mention.field == "body":
            body.stylize(STYLES["mention"], mention.start, mention.end)
    quotes = Text()
    for quote in ann.quotes:
        quotes.append(f"\n« {quote.text[:120]} » — {quote.speaker or '?'}", style=STYLES["quote"])
    legend = Text("\nentities ", style=STYLES["mention"]) + Text("dates ", style=STYLES["time"])
    legend += Text("quotes", style=STYLES["quote"])
    return Group(_header(store, doc_id), Text(), body, quotes, legend)
