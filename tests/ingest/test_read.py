"""Walking inputs: kinds of file, skips with reasons, order, and the shared samples."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from blocwatch.ingest import Skipped, read_documents
from blocwatch.model import Document, PartialDate
from blocwatch.settings import Settings

DATA = Path(__file__).parent / "data"
DEVSET = Path(__file__).resolve().parents[1] / "devset"
SETTINGS = Settings(db=":memory:")

ARTICLE = ("Leaders meet in Dushanbe\n\nThe presidents of the six member states met in the Tajik "
           "capital on Thursday and agreed on a plan of joint exercises.\n")


def read(*paths, settings=SETTINGS):
    return list(read_documents(paths, settings))


def only(items):
    assert len(items) == 1, items
    return items[0]


def test_directories_are_read_recursively_in_sorted_order_without_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE.replace("Thursday", "Friday"))
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / "c.html").write_text((DATA / "csto_minsk_summit.html").read_text())
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(ARTICLE)
    items = read(tmp_path)
    assert [Path(i.path).relative_to(tmp_path).as_posix() for i in items] == ["a.md", "b/2.txt", "c.html"]
    assert all(isinstance(i, Document) for i in items)
    assert items[2].title == "CSTO leaders meet in Minsk"


def test_given_files_keep_their_order(tmp_path):
    (tmp_path / "z.txt").write_text(ARTICLE)
    (tmp_path / "a.txt").write_text(ARTICLE.replace("six", "five"))
    assert [Path(i.path).name for i in read(tmp_path / "z.txt", tmp_path / "a.txt")] == ["z.txt", "a.txt"]


def test_cp1251_file(tmp_path):
    text = ("Лидеры ОДКБ встретились в Душанбе\n\nПрезиденты шести государств встретились в "
            "таджикской столице в четверг и утвердили план совместных учений.\n")
    (tmp_path / "ru.txt").write_bytes(text.encode("cp1251"))
    doc = only(read(tmp_path / "ru.txt"))
    assert doc.title == "Лидеры ОДКБ встретились в Душанбе"
    assert "утвердили план совместных учений" in doc.text


def test_latin1_file(tmp_path):
    text = ("Sommet de l'OTSC à Douchanbé\n\nLes présidents des six États membres se sont réunis "
            "jeudi dans la capitale tadjike et ont approuvé un programme d'exercices communs.\n")
    (tmp_path / "fr.txt").write_bytes(text.encode("latin-1"))
    doc = only(read(tmp_path / "fr.txt"))
    assert doc.title == "Sommet de l'OTSC à Douchanbé"
    assert "Les présidents des six États membres" in doc.text


def test_extensionless_html_is_sniffed(tmp_path):
    (tmp_path / "page").write_text((DATA / "csto_minsk_summit.html").read_text())
    doc = only(read(tmp_path / "page"))
    assert doc.site == "Border Gazette" and "<p>" not in doc.text


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\n\t \n", "empty file"),
    ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    ("gold.json", b'{"published": null}', "unsupported file type '.json'"),
    ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "HTML page has no article text"),
])
def test_expected_skips(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    skipped = only(read(tmp_path / name))
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith(reason) and "\n" not in skipped.reason
    assert skipped.failed is False


def test_file_over_the_size_limit_is_skipped_with_both_sizes(tmp_path):
    (tmp_path / "big.txt").write_text(ARTICLE)
    size = (tmp_path / "big.txt").stat().st_size
    skipped = only(read(tmp_path / "big.txt", settings=Settings(db=":memory:", max_file_bytes=50)))
    assert isinstance(skipped, Skipped) and not skipped.failed
    assert f"{size:,} bytes" in skipped.reason and "limit of 50 bytes" in skipped.reason
    assert isinstance(only(read(tmp_path / "big.txt", settings=Settings(db=":memory:", max_file_bytes=size))),
                      Document)


def test_missing_path_is_skipped(tmp_path):
    skipped = only(read(tmp_path / "nowhere.txt"))
    assert isinstance(skipped, Skipped) and "no such file" in skipped.reason


def test_a_bad_file_does_not_stop_the_rest(tmp_path):
    (tmp_path / "1.txt").write_text(ARTICLE)
    (tmp_path / "2.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "3.txt").write_text(ARTICLE.replace("six", "five"))
    kinds = [type(i).__name__ for i in read(tmp_path)]
    assert kinds == ["Document", "Skipped", "Document"]


def test_shared_samples(samples):
    docs = read(*sorted(samples.glob("*.txt")))
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)
    first, second = docs
    for doc in docs:
        for teaser in ("Borrell", "Hajiyev", "Krikorian", "Related articles", "Editor's choice"):
            assert teaser not in doc.text
    assert "RIA Novosti" in first.credits and "commonspace.eu" in first.credits
    captions = [second.text[s.start:s.end] for s in second.sections if s.kind == "caption"]
    assert len(captions) == 1 and captions[0].startswith("photo: Participants at the meeting")
    assert "Artur Gumenyuk" in captions[0]
    assert "See also" not in second.text
    assert "on Monday. The meeting" in first.text
    assert first.published is None and second.published is None


@pytest.mark.skipif(not (DEVSET / "gold").is_dir(), reason="tests/devset is not present")
def test_devset_publication_dates_match_gold(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(DEVSET / "articles", articles)
    wrong = []
    for doc in read(articles):
        assert isinstance(doc, Document), doc
        gold = json.loads((DEVSET / "gold" / Path(doc.path).with_suffix(".json").name).read_text())
        expected = PartialDate.parse_opt(gold.get("published"))
        if doc.published != expected:
            wrong.append((Path(doc.path).name, doc.published, expected))
    assert wrong == []
