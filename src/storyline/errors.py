"""Exceptions raised by storyline.

    StorylineError                 base; carries the stage and the document
    ├── RejectedInput              an input that cannot become a page (empty, binary, too large, ...)
    ├── ExtractionError            a page with no article in it
    ├── AnnotationError            a failure inside the annotate stage
    ├── StoreError                 the store cannot be opened or migrated
    └── UsageError                 bad arguments (exit status 2)

A rejected input is reported on one line (``describe()``) and the batch goes on.
"""

from __future__ import annotations


class StorylineError(Exception):
    """A failure that names the stage it happened in and the document it concerns."""

    stage = "storyline"

    def __init__(self, reason: str, doc: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.doc = doc

    def describe(self) -> str:
        where = f"{self.doc}: " if self.doc else ""
        return f"{where}{self.reason} [{self.stage}]"


class RejectedInput(StorylineError):
    stage = "ingest"


class ExtractionError(StorylineError):
    stage = "extract"


class AnnotationError(StorylineError):
    stage = "annotate"


class StoreError(StorylineError):
    stage = "store"


class UsageError(StorylineError):
    stage = "cli"
