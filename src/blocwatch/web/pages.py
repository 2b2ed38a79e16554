"""The web pages. Each handler takes its data from `api.views` (the same dict its JSON twin
returns) and hands it to a template; the page links to that twin."""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..api import views
from ..api.deps import get_bw
from ..errors import DocumentError
from ..render import plain
from . import TEMPLATES_DIR, highlight, tilemap, timeline

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
templates.env.globals["version"] = __version__
Bw = Annotated[object, Depends(get_bw)]
#: Short status names that fit a tile's bar.
ABBREV = {"member": "member", "associate": "assoc.", "observer": "observer", "applicant": "applicant",
          "suspended": "susp.", "former": "former", "non-member": "non-mem."}


def render(request: Request, name: str, twin: str | None, status_code: int = 200, **ctx) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"twin": twin, **ctx}, status_code=status_code)


def error_page(request: Request, status: int, type_: str, message: str) -> HTMLResponse:
    return render(request, "error.html", None, status_code=status, status=status, type=type_, message=message)


def _q(path: str, **params) -> str:
    params = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(params) if params else "")


@router.get("/", response_class=HTMLResponse)
def home(request: Request, bw: Bw, at: str | None = None):
    data = views.membership_map(bw, at)
    return render(request, "home.html", _q("/api/map", at=data["at"]), data=data,
                  tiles=tilemap.tiles(data["states"]), width=tilemap.WIDTH, height=tilemap.HEIGHT,
                  today=dt.date.today().isoformat(), abbrev=ABBREV, members_api=_q("/api/members", expr=views.MAP_EXPR, status="any"))


@router.get("/states/{code}", response_class=HTMLResponse)
def state(request: Request, bw: Bw, code: str):
    data = views.state(bw, code)
    return render(request, "state.html", f"/api/states/{quote(data['state']['code'])}", data=data,
                  timeline=timeline.bands(data["memberships"]))


@router.get("/meetings", response_class=HTMLResponse)
def meetings(request: Request, bw: Bw, org: str | None = None,
             from_: Annotated[str | None, Query(alias="from")] = None, to: str | None = None,
             place: str | None = None, participant: str | None = None):
    rows = plain(bw.meetings(org or None, from_ or None, to or None, place or None, participant or None))
    rows.sort(key=lambda m: m["date"] or "", reverse=True)
    filters = {"org": org, "from": from_, "to": to, "place": place, "participant": participant}
    return render(request, "meetings.html", _q("/api/meetings", **filters, limit=1000), meetings=rows,
                  filters=filters, timeline=timeline.dots(rows))


@router.get("/meetings/{meeting_id:path}", response_class=HTMLResponse)
def meeting(request: Request, bw: Bw, meeting_id: str):
    data = views.meeting(bw, meeting_id)
    return render(request, "meeting.html", f"/api/meetings/{quote(data['meeting']['id'])}", data=data)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, bw: Bw, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
              offset: Annotated[int, Query(ge=0)] = 0):
    data = views.documents(bw, limit, offset)
    return render(request, "documents.html", _q("/api/documents", limit=limit, offset=offset), data=data)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, bw: Bw, doc_id: str):
    data = views.document(bw, doc_id)
    return render(request, "document.html", f"/api/documents/{quote(doc_id)}", data=data,
                  segments=highlight.segments(data["document"]["text"], data["facts"]))


@router.get("/check", response_class=HTMLResponse)
def check_form(request: Request, bw: Bw):
    return render(request, "check.html", None, available=callable(getattr(bw, "check_text", None)),
                  text="", at="", results=None)



@router.post("/check", response_class=HTMLResponse)
def check(request: Request, bw: Bw, text: Annotated[str, Form()] = "", at: Annotated[str, Form()] = "",
          file: Annotated[UploadFile | None, File()] = None):
    """The form without JavaScript: judge the text (or an uploaded plain-text file) server-side."""
    available = callable(getattr(bw, "check_text", None))
    if file is not None and file.filename:
        raw = file.file.read(bw.settings.max_file_bytes)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise DocumentError(f"{file.filename} is not UTF-8 text; paste its text instead.") from e
    results = plain(bw.check_text(text, at or None)) if available and text.strip() else None
    return render(request, "check.html", None, available=available, text=text, at=at, results=results)


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request):
    """The API's endpoints from the OpenAPI schema, as an offline page (no CDN assets)."""
    schema = request.app.openapi()
    endpoints = [{"method": m.upper(), "path": p, "summary": op.get("summary", ""),
                  "params": [(x["name"], x["in"], x.get("description", "")) for x in op.get("parameters", [])]}
                 for p, ops in schema["paths"].items() for m, op in ops.items()]
    return render(request, "api.html", "/openapi.json", endpoints=endpoints)
