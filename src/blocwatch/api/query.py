"""Read-only queries: members, status, holders, meetings, history, states."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from ..render import plain
from . import views
from .deps import ok, Page, get_bw

router = APIRouter(prefix="/api", tags=["queries"])
At = Annotated[str | None, Query(description="Date YYYY[-MM[-DD]]; default today. A year or month "
                                             "means the whole period.", examples=["2018-11-21"])]
Bw = Annotated[object, Depends(get_bw)]


@router.get("/members", summary="States in a set expression at a date")
def members(bw: Bw, paging: Page,
            expr: Annotated[str, Query(description="Set expression over organizations, groups and ISO "
                                                   "codes with | & - and parentheses.",
                                       examples=["former-soviet - (CIS | CSTO)"])],
            at: At = None,
            status: Annotated[str, Query(description="Statuses that count: member,associate "
                                                     "(default), any, or a comma list.")] = "member,associate"):
    return ok({"expr": expr, "at": at, **views.page(bw.members(expr, at, status), paging.limit, paging.offset)})


@router.get("/status/{state}/{org}", summary="A state's status in an organization at a date")
def status(bw: Bw, state: str, org: str, at: At = None):
    return ok({"items": plain(bw.status(state, org, at))})


@router.get("/holders/{of}", summary="Office holders of an organization or state at a date")
def holders(bw: Bw, paging: Page, of: str, office: str | None = None, at: At = None):
    return ok(views.page(bw.holders(of, office, at), paging.limit, paging.offset))


@router.get("/meetings", summary="Meetings, filtered by organization, dates, place and participant")
def meetings(bw: Bw, paging: Page, org: str | None = None,
             from_: Annotated[str | None, Query(alias="from", description="Earliest date, inclusive.")] = None,
             to: Annotated[str | None, Query(description="Latest date, inclusive.")] = None,
             place: str | None = None,
             participant: Annotated[str | None, Query(description="A state that took part.")] = None):
    return ok(views.page(bw.meetings(org, from_, to, place, participant), paging.limit, paging.offset))


@router.get("/meetings/{meeting_id:path}", summary="One meeting and the articles that report it")
def meeting(bw: Bw, meeting_id: str):
    return ok(views.meeting(bw, meeting_id))


@router.get("/history/{state}", summary="Every dated membership of a state, in every organization")
def history(bw: Bw, paging: Page, state: str):
    return ok(views.page(views.membership_rows(bw.history(state)), paging.limit, paging.offset))


@router.get("/states/{code}", summary="A state: memberships over time, its offices, meetings attended")
def state(bw: Bw, code: str):
    return ok(views.state(bw, code))


@router.get("/map", summary="The 15 former Soviet republics' status in CIS, CSTO and EAEU at a date")
def membership_map(bw: Bw, at: At = None):
    return ok(views.membership_map(bw, at))
