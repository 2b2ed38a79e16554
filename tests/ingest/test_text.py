"""Cleaning pasted page text: furniture, captions, credits, dates, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from blocwatch.errors import DocumentError
from blocwatch.ingest import read_text_document
from blocwatch.model import PartialDate

DATA = Path(__file__).parent / "data"


@pytest.fixture
def summit():
    path = DATA / "csto_minsk_summit.txt"
    return read_text_document(path.read_text(encoding="utf-8"), path=str(path))


def texts(doc, kind):
    return [doc.text[s.start:s.end] for s in doc.sections if s.kind == kind]


def test_furniture_after_related_articles_is_cut(summit):
    for teaser in ("Dinamo", "Zanzibar", "Vitebsk", "Editor's choice", "Related articles", "Popular"):
        assert teaser not in summit.text


def test_caption_after_the_furniture_is_kept(summit):
    assert texts(summit, "caption") == [
        "photo: Heads of delegation pose for the family picture in the main hall.",
        "image: Lukashenko greets the Kazakh delegation at the entrance",
    ]


def test_see_also_line_is_dropped(summit):
    assert "See also" not in summit.text
    assert "joint drills near Brest" not in summit.text


def test_sections_point_at_their_text(summit):
    assert texts(summit, "title") == ["CSTO heads of state gather in Minsk for year-end summit"]
    assert summit.title == "CSTO heads of state gather in Minsk for year-end summit"
    assert texts(summit, "dateline") == ["MINSK, 28 November 2024 —"]
    assert texts(summit, "source") == ["source: Minsk Wire, with Interfax and BelTA"]
    body = texts(summit, "body")
    assert body[0].startswith("The leaders of the Collective Security Treaty Organization met")
    # the two lines of the second paragraph stay one paragraph
    assert body[1] == ("Delegations from Kazakhstan, Kyrgyzstan, Russia and Tajikistan attended, while "
                       "Armenia sent no one.\nThe council approved the budget of the secretariat for next year.")
    assert len(body) == 2
    starts = [s.start for s in summit.sections]
    assert starts == sorted(starts) and summit.sections[0].start == 0
    assert summit.sections[-1].end == len(summit.text)


def test_credits_from_the_source_line(summit):
    assert summit.credits == ("Minsk Wire", "Interfax", "BelTA")


def test_dateline_gives_published_date(summit):
    assert summit.published == PartialDate(2024, 11, 28)


def test_whitespace_normalized_and_glued_sentences_split(summit):
    assert "session. The host" in summit.text
    assert "  " not in summit.text
    assert "\n\n\n" not in summit.text


def test_same_text_read_twice_gives_the_same_id(summit):
    again = read_text_document((DATA / "csto_minsk_summit.txt").read_text(encoding="utf-8"))
    assert again.id == summit.id and len(summit.id) == 16
    changed = read_text_document(summit.text.replace("Thursday", "Friday"))
    assert changed.id != summit.id


@pytest.mark.parametrize("line, published", [
    ("Published: 2018-11-22", PartialDate(2018, 11, 22)),
    ("Published on 22 November 2018", PartialDate(2018, 11, 22)),
    ("Date: November 2018", PartialDate(2018, 11)),
    ("Wednesday, 21 November 2018", PartialDate(2018, 11, 21)),
    ("22.11.2018 10:45", PartialDate(2018, 11, 22)),
])
def test_date_line_under_the_headline(line, published):
    doc = read_text_document(f"Security chiefs of the Commonwealth meet\n\n{line}\n\n"
                             "The secretaries of the security councils met in Moscow on Wednesday.")
    assert doc.published == published
    assert [doc.text[s.start:s.end] for s in doc.sections if s.kind == "dateline"] == [line]


@pytest.mark.parametrize("opening, published, credits", [
    ("MOSCOW, 21 November 2018 — ", PartialDate(2018, 11, 21), ()),
    ("Moscow, Nov. 21 (Interfax) - ", None, ("Interfax",)),
    ("ASTANA, Nov. 28, 2024 — ", PartialDate(2024, 11, 28), ()),
    ("YEREVAN (Armenpress) — ", None, ("Armenpress",)),
])
def test_dateline_opening_the_body(opening, published, credits):
    body = "The secretaries of the security councils met on Wednesday to discuss terrorism."
    doc = read_text_document(f"Security chiefs meet\n\n{opening}{body}")
    assert doc.published == published
    assert doc.credits == credits
    assert texts(doc, "dateline") == [opening.strip()]
    assert texts(doc, "body") == [body]


def test_dash_after_a_name_is_not_a_dateline():
    doc = read_text_document("Talks\n\nPutin - who chaired the meeting - said little about the budget.")
    assert texts(doc, "dateline") == [] and doc.published is None


def test_furniture_heading_before_the_body_drops_only_itself():
    doc = read_text_document("Leaders meet in Dushanbe\n\nShare this\n\n"
                             "The presidents met in the Tajik capital on Thursday.\n\nRelated articles\n\nOther news")
    assert texts(doc, "body") == ["The presidents met in the Tajik capital on Thursday."]
    assert "Other news" not in doc.text and "Share this" not in doc.text


def test_a_bare_most_read_heading_with_a_colon_cuts_the_teasers_below_it():
    doc = read_text_document("Leaders meet in Dushanbe\n\nThe presidents met in the Tajik capital on Thursday.\n\n"
                             "Most read:\n* Dam repairs finished, says minister Ivan Petrovsky\n* Cup final tonight")
    assert texts(doc, "body") == ["The presidents met in the Tajik capital on Thursday."]
    assert "Petrovsky" not in doc.text
    # a teaser on the same line as its label is one dropped line
    doc = read_text_document("Talks\n\nThe talks ended.\n\nMost read: Dam repairs finished\n\nThe ministers left.")
    assert texts(doc, "body") == ["The talks ended.", "The ministers left."]


@pytest.mark.parametrize("line, expected", [
    ("By our Eurasia editor | 28 December 2022", PartialDate(2022, 12, 28)),
    ("Dushanbe, 3 September 2011", PartialDate(2011, 9, 3)),
    ("08/06/2016", PartialDate(2016, 6, 8)),
    ("29.05.2019", PartialDate(2019, 5, 29)),
    ("MOSCOW, May 25 (2023)", PartialDate(2023, 5, 25)),
    ("Analysis | 15 May 2017", PartialDate(2017, 5, 15)),
    ("January 22, 2024 | Analysis", PartialDate(2024, 1, 22)),
    ("15.05.2002 | Politics | our correspondent from Moscow", PartialDate(2002, 5, 15)),
    ("11.10.2008, Bishkek - Kabar-Press (translation from Russian)", PartialDate(2008, 10, 11)),
    ("South Caucasus Monitor | Yerevan | 11 January 2023", PartialDate(2023, 1, 11)),
    ("Press service of the Government | 17.07.2020", PartialDate(2020, 7, 17)),
    ("Dushanbe, 29 April 2003 (state news agency)", PartialDate(2003, 4, 29)),
])
def test_publication_date_lines_in_bylines_place_lines_and_numeric_forms(line, expected):
    doc = read_text_document(f"Leaders meet\n\n{line}\n\nThe presidents met in the capital on Thursday.")
    assert doc.published == expected
    assert texts(doc, "body") == ["The presidents met in the capital on Thursday."]


def test_a_sentence_mentioning_read_more_is_body_text():
    line = "Readers who want to read more about the treaty can consult the archive of the secretariat."
    doc = read_text_document(f"Treaty\n\nThe treaty was signed in 1992.\n\n{line}")
    assert texts(doc, "body")[-1] == line


def test_long_first_line_is_not_a_title():
    first = " ".join(["word"] * 30) + "."
    doc = read_text_document(f"{first}\n\nSecond paragraph here.")
    assert doc.title is None and texts(doc, "body")[0] == first


def test_whitespace_only_text_is_an_error():
    with pytest.raises(DocumentError, match="empty"):
        read_text_document(" \n\t\n ")


def test_hard_wrapped_sentences_are_rejoined():
    doc = read_text_document("Summit in Sochi\n\nThe leaders of the six member states met in\n"
                             "Sochi on Monday and agreed a joint\nstatement on Syria.\n"
                             "Officials gave no further details.")
    # a line going on in lowercase continues the sentence; a capital may start a new line of text
    assert texts(doc, "body") == ["The leaders of the six member states met in\nSochi on Monday and agreed "
                                  "a joint statement on Syria.\nOfficials gave no further details."]


def test_text_of_furniture_only_is_an_error():
    with pytest.raises(DocumentError, match="no article text"):
        read_text_document("See also: Belarus holds drills\nRead also: Kazakhstan hosts talks\n")


@pytest.mark.parametrize("line, place, published", [
    ("Minsk, 25.10.2013. In the capital the leaders met.", "Minsk", PartialDate(2013, 10, 25)),
    ("ASTANA, 31 May 2016. Today the council met.", "ASTANA", PartialDate(2016, 5, 31)),
    ("Ashgabat/Moscow, 26 August 2025 - Two decades ago the status changed.", "Ashgabat/Moscow", PartialDate(2025, 8, 26)),
])
def test_datelines_ending_with_the_dates_full_stop_or_naming_two_places(line, place, published):
    doc = read_text_document(f"Leaders meet\n\n{line}")
    assert doc.published == published
    assert texts(doc, "dateline")[0].startswith(place)


def test_a_body_sentence_opening_with_a_date_is_body_text():
    doc = read_text_document("Talks\n\n15 May 2017, the leaders met in Minsk to sign a treaty.")
    assert texts(doc, "body") == ["15 May 2017, the leaders met in Minsk to sign a treaty."]
    assert doc.published is None


def test_the_body_goes_on_after_a_box_of_links_in_mid_article():
    prose = ("\"The decision was taken after long consultations with our partners and with the public,\" the "
             "ministry of foreign affairs said in a long statement that it published on its official website late "
             "on Tuesday evening.")
    doc = read_text_document("Tbilisi leaves the bloc\n\nThe ministry said the procedures were finished.\n\n"
                             "Related readings:\nTbilisi leaves the bloc Rival holds war games\n"
                             "Tbilisi leaves the bloc Envoy backs bid\n\n" + prose)
    assert texts(doc, "body") == ["The ministry said the procedures were finished.", prose]
    assert "Envoy" not in doc.text
    # after a heading that ends the page ("Editor's choice"), a long blurb is still furniture
    doc = read_text_document("Tbilisi leaves the bloc\n\nThe ministry said the procedures were finished.\n\n"
                             "Related articles\n\nEditor's choice\nTeaser headline here\n\n" + prose)
    assert texts(doc, "body") == ["The ministry said the procedures were finished."]
