"""Ingest: files, folders, WARC and JSONL batches -> Page records."""

from storyline.ingest.readers import content_id, iter_pages, make_page

__all__ = ["content_id", "iter_pages", "make_page"]
