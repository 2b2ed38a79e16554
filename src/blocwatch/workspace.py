"""The Python API: one object over a knowledge base that the CLI, HTTP API and batch runner wrap.

    import blocwatch
    bw = blocwatch.open("kb.sqlite")          # built from the reference data on first use
    bw.members("CIS - CSTO", at="2018-11-21")
"""

from __future__ import annotations


from .kb import refdata
from .kb.store import KnowledgeBase
from .model import PartialDate
from .reason import meetings as _meetings
from .reason import offices as _offices
from .reason.membership import DEFAULT_STATUSES, Member, Memberships, Status, parse_statuses
from .settings import Settings


def _at(value) -> PartialDate:
    return PartialDate.today() if value in (None, "") else PartialDate.parse(value)


class Blocwatch:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.kb = KnowledgeBase(self.settings.db)
        self.reference_loaded = self._ensure_reference()
        self._memberships: Memberships | None = None

    def _ensure_reference(self) -> bool:
        """Load (or reload) the reference data when the shipped data differs from what is stored."""
        if self.kb.get_meta("reference_hash") == refdata.data_hash():
            return False
        data = refdata.load()
        self.kb.replace_reference(data.entities, data.sources, data.facts, data.hash)
        return True

    def reload_reference(self) -> None:
        data = refdata.load()
        self.kb.replace_reference(data.entities, data.sources, data.facts, data.hash)
        self._memberships = None

    @property
    def memberships(self) -> Memberships:
        if self._memberships is None:
            self._memberships = Memberships(self.kb)
        return self._memberships

    def close(self) -> None:
        self.kb.close()

    def __enter__(self) -> "Blocwatch":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ queries
    def members(self, expr: str, at=None, statuses: str | tuple | None = DEFAULT_STATUSES) -> list[Member]:
        if isinstance(statuses, str):
            statuses = parse_statuses(statuses)
        return self.memberships.members(expr, _at(at), statuses)

    def status(self, state: str, org: str, at=None) -> list[Status]:
        return self.memberships.status(state, org, _at(at))

    def history(self, state: str):
        return self.memberships.history(state)

    def holders(self, of: str, office: str | None = None, at=None):
        return _offices.holders(self.kb, of, _at(at), office)

    def meetings(self, org: str | None = None, start=None, end=None, place: str | None = None,
                 participant: str | None = None):
        return _meetings.meetings(self.kb, org, PartialDate.parse_opt(start), PartialDate.parse_opt(end),
                                  place, participant)


def open(db: str | None = None, **settings) -> Blocwatch:  # noqa: A001 - the API's entry point
    s = Settings(**settings) if db is None else Settings(db=db, **settings)
    return Blocwatch(s)


__all__ = ["Blocwatch", "open"]
