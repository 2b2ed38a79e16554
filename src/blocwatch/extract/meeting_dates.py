"""When a meeting took place: the lead's date, a dateline day without a year, a day told from the
main meeting, and the known meetings of the reference data (a mixin of MeetingReader)."""

from __future__ import annotations

import datetime as dt
import re

from ..model import PartialDate
from .dates import DateContext, candidate_years
from .state import DocState
from .meeting_draft import MeetingDraft
from .participants import FORMER

# a date of something else the sentence names: "the treaty signed in Tashkent in 1992", "since 2003"
DATE_ELSEWHERE = re.compile(r"\b(?:signed|founded|created|established|set\s+up|formed|concluded|ratified|took\s+office|"
                             r"came\s+into\s+(?:force|existence))\s+(?:in\s+[A-Z][\w\s-]{0,25}?\s+)?(?:in|on)\s+$|\b(?:since|from|until|till|through|starting|as\s+of)\s+$"
                             # "the chairmanship for 2019", "a programme for 2019-2023": a period of something else
                             r"|\bfor\s+$"
                             # "due to start functioning on 1 January", "enters into force in May", "sign by 15 June": a start or a deadline
                             r"|\b(?:start(?:s|ed)?|begin(?:s)?|began)\s+(?:functioning|operating|operations|work(?:ing)?)\s+(?:on|in|from)\s+$"
                             r"|\b(?:enter(?:s|ed)?\s+into\s+force|take(?:s)?\s+effect|took\s+effect|into\s+force)\s+(?:on|in|from)\s+$|\bby\s+$"
                             # "since his election in April", "appointed in May": a date of a person's career
                             r"|\b(?:election|elected|inauguration|inaugurated|appointed|appointment|born)\s+(?:in|on)\s+$"
                             # "the statements of 9 November 2020", "the agreement of 8 December": the date of a document
                             r"|\b(?:statements?|agreements?|treaty|treaties|declarations?|accords?|memorand(?:um|a|ums)|protocols?)\s+of\s+(?:[\w,]+\s+){0,4}?(?:and\s+)?$", re.I)
# "Later on Friday, the leaders moved to ...": a second meeting the same day, at the same venue
_LATER_SAME_DAY = re.compile(r"\b(?:later|afterwards|then)\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                             r"that\s+day|the\s+same\s+day|in\s+the\s+day)\b|\b(?:on\s+)?the\s+same\s+day\b", re.I)

# a report of a meeting that has happened: "chaired a meeting", "was attended by", "took place"
_PAST_REPORT = re.compile(r"\b(?:chaired|presided\s+over|(?:was|were)\s+(?:held|attended|opened|chaired)|took\s+place|"
                          r"met|gathered|convened|took\s+part|participated|attended)\b", re.I)
# "in the same city": a place named again, not a new one
_SAME_PLACE = re.compile(r"\bin\s+the\s+(?:same\s+)?(?:city|town|region|venue|capital|resort)\b", re.I)
# a dash right after a date that opens the body ("MINSK (wire) - Dec. 25 - ...")
_DASH_AFTER = re.compile(r"\s*[-–—]")


class MeetingDatesMixin:
    """Dating a meeting from the lead, the dateline, the main meeting and the known meetings."""

    # ------------------------------------------------------------------ another meeting, told from the main one
    def _relative_to_main(self, st: DocState, d: MeetingDraft, main: MeetingDraft | None) -> None:
        """'A day earlier ... met in the same region', 'in April last year', 'On Friday ... in the
        city': a second meeting's date and place told from the main meeting's."""
        if main is None or not main.date:
            return
        text = st.text
        if d.date is None and d.date_mention is not None:
            anchor = DateContext(main.date, st.date_context.years if st.date_context else (), dt.date.today())
            d.date = anchor.resolve(d.date_mention)
            d.text_date = d.text_date or d.date
        if d.date is None and main.date.precision == "day" and any(_LATER_SAME_DAY.search(text, a, b) for a, b in d.evidence):
            d.date = d.text_date = main.date  # "Later the same day the Council ... met in the city"
        if d.place is None and not d.video:
            same_day = d.date is not None and d.date == main.date and d.date.precision == "day"
            for a, b in d.evidence:
                if _SAME_PLACE.search(text[a:b]) or \
                        (same_day and _LATER_SAME_DAY.search(text, a, b)):
                    d.place, d.place_weak = main.place, main.place_weak
                    break

    @staticmethod
    def _lead_date(st: DocState, d: MeetingDraft) -> None:
        """A report's lead says when its event happened: the first date of the first body
        sentences, when it resolves to a day."""
        body = [s for s in st.sentences if s.section == "body"][:2]
        for x in st.dates:
            # not a date of something else ("due to start functioning on 1 January 2015")
            if any(s.start <= x.start < s.end for s in body) and st.date_context \
                    and not DATE_ELSEWHERE.search(st.text[max(0, x.start - 40):x.start]):
                when = st.date_context.resolve(x)
                if when and when.precision == "day":
                    d.date, d.date_mention, d.confidence = when, x, 0.6
                    return
                # a weekday or day told later in the lead beats a bare year ("the 1992 treaty ... on Friday")
                if d.date_mention is None or (d.date_mention.kind == "year" and x.kind != "year"):
                    d.date_mention = x

    def _dateline_year(self, st: DocState, main: MeetingDraft, events: list[MeetingDraft]) -> None:
        """'MINSK, Oct 10' with no year: another meeting of that day found among the known meetings
        gives the year, and the report's own meeting of the dateline day shares it."""
        dl = self._dateline(st, None)
        if dl is None or dl.year:
            return
        dm = main.date_mention
        for e in events:
            ed = e.date
            if e is main or ed is None or ed.precision != "day" or (ed.month, ed.day) != (dl.month, dl.day):
                continue
            if dm is not None and (dm.weekday not in (None, ed.start.weekday()) or
                                   (dm.month and (dm.month, dm.day) != (dl.month, dl.day))):
                return  # the report's meeting is told on another day
            main.date, main.text_date, main.confidence = ed, ed, 0.6
            return

    def _publication_month(self, st: DocState, main: MeetingDraft) -> None:
        """'X chaired a meeting of the Council of Heads of State in Ashgabat', told in the lead of
        a dated report with no date of its own: the meeting took place shortly before the report,
        so its month is the month of publication (a day would be a guess)."""
        pub = st.document.published
        if pub is None or pub.precision != "day" or main.announced or main.earlier \
                or not main.body or not self._reported(st, main):
            return
        if not any(_PAST_REPORT.search(st.text, a, b) for a, b in main.evidence):
            return
        main.date, main.confidence = PartialDate(pub.year, pub.month), 0.5

    @staticmethod
    def _dateline(st: DocState, weekday_mention):
        """The day and month of a dateline ("DUSHANBE, Sept 16 -"), for an event it reports; also
        a date that opens the body right after a dateline ("MINSK (wire) - Dec. 25 - ...")."""
        after_dateline = False
        for sec in st.document.sections:
            if sec.kind == "dateline":
                after_dateline = True
            elif not (after_dateline and sec.kind == "body"):
                continue
            for x in st.dates:
                if sec.start <= x.start < sec.end and x.month and x.day and \
                        (sec.kind == "dateline" or (x.start == sec.start and _DASH_AFTER.match(st.text[x.end:x.end + 3]))):
                    return x
            if sec.kind == "body":
                return None
        return None

    # ------------------------------------------------------------------ dates via known meetings
    def _resolve_date(self, st: DocState, d: MeetingDraft, main: bool = False) -> None:
        """Link to a known meeting: it confirms or supplies the date the text leaves open."""
        cands = [k for k in st.snapshot.meetings if k.org == d.org and k.date]
        if d.place:
            cands = [k for k in cands if k.place == d.place]
        if d.date:
            exact = [k for k in cands if PartialDate.parse(k.date).start >= d.date.start and PartialDate.parse(k.date).end <= d.date.end]
            if len(exact) == 1 and (d.place or d.date.precision == "day"):
                d.known_id = exact[0].id
                if d.date.precision != "day":
                    d.date = PartialDate.parse(exact[0].date)
            return
        dm = d.date_mention
        # "on Thursday" told in the text: a dateline day must fall on that weekday
        told_wd = dm.weekday if dm is not None and dm.month is None else None
        if dm is None or (dm.month is None and dm.weekday is not None) or (main and not (dm.month and dm.day)):
            dm = self._dateline(st, dm) or dm
        if dm is not None and dm.month and dm.day:
            # "26 December 2024": a known meeting of that day in another year is another meeting
            cands = [k for k in cands if dm.year is None or PartialDate.parse(k.date).year == dm.year]
            same = [k for k in cands if PartialDate.parse(k.date).precision == "day"
                    and (PartialDate.parse(k.date).month, PartialDate.parse(k.date).day) == (dm.month, dm.day)
                    and (told_wd is None or PartialDate.parse(k.date).start.weekday() == told_wd)]
            if len(same) == 1:
                d.known_id, d.date, d.confidence = same[0].id, PartialDate.parse(same[0].date), 0.6
                return
            # the text gives the day ("BISHKEK, May 28"), a known meeting of that month in that city the year
            months = [k for k in cands if PartialDate.parse(k.date).precision == "month" and k.place
                      and PartialDate.parse(k.date).month == dm.month]
            if d.place and len(months) == 1:
                y = PartialDate.parse(months[0].date).year
                try:
                    day = dt.date(y, dm.month, dm.day)
                except ValueError:
                    return
                if dm.weekday is None or day.weekday() == dm.weekday or (d.date_mention and d.date_mention.weekday
                                                                           in (None, day.weekday())):
                    d.known_id, d.date, d.confidence = months[0].id, PartialDate(y, dm.month, dm.day), 0.6
            if d.date is None and main and dm.year and self._titled(st, d):
                # "Meeting of the Council" over a dateline "6 April 2023": the event the title names is of that day
                d.date, d.confidence = dm.date, 0.6
            # "ASTANA, May 29" and "on Thursday" with no known meeting: the weekday fixes the year
            if d.date is None and told_wd is not None and dm.year is None and st.date_context \
                    and st.date_context.published is None:
                counted = st.date_context.near_counted_year(dm.month, dm.day, told_wd)
                office_years = self._office_years(st, dm.month, dm.day, told_wd)
                if counted is not None and (office_years is None or self._office_score(st, counted) >=
                                            self._office_score(st, PartialDate(office_years[0], dm.month, dm.day))):
                    d.date = counted  # the year the text counts to, and the weekday before the dateline's day
                else:
                    d.date = st.date_context._by_weekday(dm.month, dm.day, told_wd, office_years)
                d.confidence = 0.6
            wd_own = d.date_mention.weekday if d.date_mention is not None and d.date_mention.day else None
            if d.date is None and (told_wd if told_wd is not None else wd_own) is not None and dm.year is None \
                    and st.date_context and st.date_context.published is None:
                # "Monday, January 10" with no year: the years that weekday fits in which every titled known person held office
                wd = told_wd if told_wd is not None else wd_own
                titled = {r.person.entity_id for r in st.roles if r.person.entity_id in st.snapshot.offices}
                years = [y for y in candidate_years(dm.month, dm.day, wd, 1991, st.date_context.today.year)
                         if titled and all(self._in_office(st, MeetingDraft(0, 0, d.sentence, date=PartialDate(y, dm.month, dm.day)), pid)
                                           for pid in titled)]
                if len(years) == 1:
                    d.date, d.confidence = PartialDate(years[0], dm.month, dm.day), 0.6
            return
        wd = dm.weekday if dm else None
        if wd is None or not d.place:
            return
        years = set(st.date_context.years) if st.date_context else set()
        fits = []
        for k in cands:
            kd = PartialDate.parse(k.date)
            if kd.precision != "day" or kd.start.weekday() != wd:
                continue
            if years and not any(abs(kd.year - y) <= 2 for y in years):
                continue
            fits.append(k)
        if len(fits) == 1:
            d.known_id = fits[0].id
            d.date = PartialDate.parse(fits[0].date)
            d.confidence = 0.6

    @staticmethod
    def _titled(st: DocState, d: MeetingDraft) -> bool:
        """The article's title names the meeting (a readout headed "Meeting of the Council")."""
        return any(s.section == "title" and a <= s.start < b for s in st.sentences for a, b in d.evidence)

    def _office_years(self, st: DocState, month: int, day: int, wd: int) -> list[int] | None:
        """'MINSK, Nov 28' and 'on Tuesday': of the years that fit, those in which the most of the
        known office-holders the text names held office (None when it names none)."""
        if not self._office_holders(st):
            return None
        score = {y: self._office_score(st, PartialDate(y, month, day))
                 for y in candidate_years(month, day, wd, 1991, st.date_context.today.year)}
        best = max(score.values(), default=0)
        return [y for y, n in score.items() if n == best] if best else None

    @staticmethod
    def _office_holders(st: DocState) -> set[str]:
        """The known office-holders the text names (not as former holders)."""
        return {p.entity_id for p in st.persons if p.entity_id in st.snapshot.offices
                and not FORMER.search(st.text[max(0, p.start - 12):p.start])}

    def _office_score(self, st: DocState, day: PartialDate) -> int:
        """How many of the known office-holders the text names held office on `day`."""
        return sum(self._in_office(st, MeetingDraft(0, 0, None, date=day), pid) for pid in self._office_holders(st))
