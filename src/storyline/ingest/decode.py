"""Bytes -> text: encoding detection, binary rejection and mojibake repair.

Crawled pages arrive in UTF-8, cp1252 or latin-1, sometimes already garbled by a
wrong decode upstream ("Ã©" for "é"). Everything after ingest works on clean
Unicode, so this is the one place where bytes are interpreted.
"""

from __future__ import annotations

import codecs

import ftfy
from charset_normalizer import from_bytes

from storyline.errors import RejectedInput

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_FALLBACKS = ("cp1252", "latin-1")
_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


def _is_binary(raw: bytes) -> bool:
    """A NUL byte or many control bytes in the head means this is not a page."""
    head = raw[:4096]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and chr(b) not in _CONTROL_OK)
    return controls > len(head) * 0.05


def _strict_decode(raw: bytes) -> tuple[str, str] | None:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding), encoding
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return None


def _guessed_decode(raw: bytes) -> tuple[str, str]:
    """Legacy single-byte encodings: trust charset_normalizer among the usual suspects."""
    best = from_bytes(raw[:200_000], cp_isolation=["cp1252", "latin_1", "iso8859_15", "utf_8"]).best()
    encodings = ([best.encoding] if best is not None else []) + list(_FALLBACKS)
    for encoding in encodings:
        try:
            return raw.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise RejectedInput("undecodable bytes (not UTF-8, cp1252 or latin-1)")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252/latin-1 ("Ã©" -> "é") without touching clean text."""
    if "Ã" not in text and "â€" not in text and "Â" not in text:
        return text
    return ftfy.fix_text(
        text, unescape_html=False, uncurl_quotes=False, normalization="NFC", fix_line_breaks=False
    )


def decode_page(raw: bytes, doc: str) -> tuple[str, str]:
    """The page's text and the encoding it was read with; rejects empty and binary input."""
    if not raw.strip():
        raise RejectedInput("empty file", doc)
    if _is_binary(raw):
        raise RejectedInput("binary file, not a page", doc)
    decoded = _strict_decode(raw)
    try:
        text, encoding = decoded if decoded is not None else _guessed_decode(raw)
    except RejectedInput as exc:
        raise RejectedInput(exc.reason, doc) from None
    if "\ufffd" in text[:10_000] and text.count("\ufffd") > 20:
        raise RejectedInput("undecodable bytes (replacement characters)", doc)
    return repair_mojibake(text), encoding
