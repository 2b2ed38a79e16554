"""Bytes to text for the encodings news in the region comes in."""

from __future__ import annotations

import codecs

import pytest

from blocwatch.errors import DocumentError
from blocwatch.ingest.encoding import declared_charset, decode, is_binary

RUSSIAN = ("Саммит ОДКБ прошёл в Минске. Президенты утвердили бюджет секретариата "
           "и обсудили положение на таджикско-афганской границе.")
FRENCH = "Le sommet de l'OTSC à Minsk a réuni les présidents ; les délégués ont évoqué la sécurité."


def test_utf8_and_bom():
    assert decode(RUSSIAN.encode("utf-8")) == RUSSIAN
    assert decode(codecs.BOM_UTF8 + RUSSIAN.encode("utf-8")) == RUSSIAN
    assert decode(RUSSIAN.encode("utf-16")) == RUSSIAN


def test_cp1251_russian():
    assert decode(RUSSIAN.encode("cp1251")) == RUSSIAN


def test_latin1():
    assert decode(FRENCH.encode("latin-1")) == FRENCH
    assert decode("Café Zürich, naïve déjà vu.".encode("latin-1")) == "Café Zürich, naïve déjà vu."


def test_declared_charset_is_used_when_not_utf8():
    data = f'<html><head><meta charset="windows-1251"></head><body>{RUSSIAN}</body></html>'.encode("cp1251")
    assert declared_charset(data) == "cp1251"
    assert RUSSIAN in decode(data, declared=declared_charset(data))


@pytest.mark.parametrize("data, binary", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", True),
    (bytes(range(1, 32)) * 10, True),
    (b"Plain text\twith a tab\r\nand lines\n", False),
    ("Текст".encode("utf-16"), False),
])
def test_is_binary(data, binary):
    assert is_binary(data) is binary


def test_binary_raises_document_error():
    with pytest.raises(DocumentError, match="binary"):
        decode(b"\x00\x01\x02 not text")
