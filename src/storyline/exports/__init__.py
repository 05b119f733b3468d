"""Exports: articles, events, entities and quotes as JSONL, CSV, Parquet, TimelineJS or Markdown."""

from storyline.exports.records import article_row, entity_row, event_row, quote_row
from storyline.exports.writers import FORMATS, write_csv, write_jsonl, write_parquet

__all__ = [
    "FORMATS",
    "article_row",
    "entity_row",
    "event_row",
    "quote_row",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
