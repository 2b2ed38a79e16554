"""Bytes to text: byte-order marks, UTF-8, a declared charset, then a statistical guess.

Also tells binary data from text, so that a stray image or archive in a folder of articles is
skipped with a reason instead of being read as mojibake.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import DocumentError

#: How many leading bytes the binary test and the charset guess look at.
SNIFF_BYTES = 65_536

#: Above this share of control characters (other than tab, newlines, form feed, escape) a
#: payload is taken for binary data.
MAX_CONTROL_SHARE = 0.05

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# When charset_normalizer scores several code pages the same (short texts often tie), the one
# that news in our languages is most likely written in wins.
_PREFERRED = ("utf_8", "cp1252", "cp1251", "latin_1", "koi8_r", "iso8859_15", "iso8859_5",
              "cp1250", "koi8_u", "mac_cyrillic", "cp866")

_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def is_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes, or many control characters."""
    if _bom_encoding(data) in ("utf-16", "utf-32"):
        return False  # their NUL bytes are part of the text
    head = data[:SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    return len(_CONTROL.findall(head)) / len(head) > MAX_CONTROL_SHARE


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if Python knows it."""
    m = _META_CHARSET.search(data[:4096])
    return _known_codec(m.group(1).decode("ascii", "replace")) if m else None


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes to text.

    Order: a byte-order mark; strict UTF-8; the `declared` charset (an HTTP header or HTML meta
    tag) if the bytes decode under it; charset_normalizer's best guess; cp1252 as a last resort
    (it maps every byte, so some text always comes out).
    Raises DocumentError for binary data.
    """
    if is_binary(data):
        raise DocumentError("binary file: it is not text, HTML or WARC; remove it from the input.")
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = _known_codec(declared)
    if codec and codec not in ("utf-8", "ascii"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    guess = _guess(data)
    if guess:
        return data.decode(guess, errors="replace")
    return data.decode("cp1252", errors="replace")


def _guess(data: bytes) -> str | None:
    matches = list(from_bytes(data[:SNIFF_BYTES]))
    if not matches:
        return None
    best = min((m.chaos, -m.coherence) for m in matches)
    tied = [m.encoding for m in matches if (m.chaos, -m.coherence) == best]

    def rank(enc: str) -> int:
        return _PREFERRED.index(enc) if enc in _PREFERRED else len(_PREFERRED)

    return min(tied, key=rank)
