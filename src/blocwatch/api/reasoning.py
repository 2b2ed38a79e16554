"""Charter rules and claims: chair, accession, claim checking, conflicts between sources, diffs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Query
from pydantic import BaseModel, Field

from ..render import plain
from .deps import ok, Page, get_bw
from .views import page

router = APIRouter(prefix="/api", tags=["reasoning"])
Bw = Annotated[object, Depends(get_bw)]
At = Annotated[str | None, Query(description="Date YYYY[-MM[-DD]]; default today.")]


class CheckRequest(BaseModel):
    text: str = Field(min_length=1, max_length=200_000, description="Text whose claims are checked.")
    at: str | None = Field(None, description="Date the claims are judged at (YYYY[-MM[-DD]]); default today.")


@router.get("/chair/{org}", summary="Which state chairs an organization at a date, and by which rule")
def chair(bw: Bw, org: str, at: At = None,
          next: Annotated[bool, Query(description="Also project the next chair from the charter's rule.")] = False):  # noqa: A002
    return ok(plain(bw.chair(org, at, next=next)))


@router.get("/accession/{state}/{org}", summary="Could a state join an organization at a date: rule, "
                                                "consenting members, stances")
def accession(bw: Bw, state: str, org: str, at: At = None):
    return ok(plain(bw.accession(state, org, at)))


@router.post("/check", summary="Judge the claims in a text, claim by claim, with explanations")
def check(bw: Bw, body: Annotated[CheckRequest, Body()]):
    return ok({"at": body.at, "items": plain(bw.check_text(body.text, body.at))})


@router.get("/conflicts", summary="Where sources disagree (memberships, meetings, offices, participation)")
def conflicts(bw: Bw, paging: Page, org: str | None = None):
    return ok(page(bw.conflicts(org), paging.limit, paging.offset))


@router.get("/diff", summary="What changed between two dates: memberships, offices, chairs")
def diff(bw: Bw, paging: Page,
         from_: Annotated[str, Query(alias="from", description="Earlier date.", examples=["2012-01-01"])],
         to: Annotated[str, Query(description="Later date.", examples=["2024-06-01"])],
         org: str | None = None):
    return ok(page(bw.diff(from_, to, org), paging.limit, paging.offset))
