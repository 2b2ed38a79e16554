"""What handlers share: the Python API object, pagination, and the writer's bearer token."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from fastapi.responses import JSONResponse

from ..errors import AuthError, BlocwatchError


class WritingDisabledError(BlocwatchError):
    """The server was started without a token, so nothing can be written through it."""

    http_status = 403


class ForbiddenError(BlocwatchError):
    """A token was given but it is not the server's."""

    http_status = 403


class NotAvailableError(BlocwatchError):
    """This build's Python API does not offer the operation yet."""

    http_status = 501


MAX_LIMIT = 1000


def ok(data, status_code: int = 200) -> JSONResponse:
    """Answer with data that is already JSON-ready (`render.plain`): skips FastAPI's generic
    re-encoding of the whole tree, which costs more than the query itself."""
    return JSONResponse(data, status_code=status_code)


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def paging(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page (max 1000).")] = 100,
           offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0) -> Paging:
    return Paging(limit, offset)


Page = Annotated[Paging, Depends(paging)]


def get_bw(request: Request):
    """The app's one `Blocwatch`: its engine pools connections, one per worker thread."""
    return request.app.state.bw


def require_writer(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writing needs `Authorization: Bearer <token>` matching the token the server was started with."""
    token = request.app.state.token
    if not token:
        raise WritingDisabledError(
            "Writing is disabled on this server: start it with --token TOKEN (or BLOCWATCH_TOKEN) "
            "and send 'Authorization: Bearer TOKEN'.")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise AuthError("This request writes to the knowledge base: send 'Authorization: Bearer TOKEN'.")
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ForbiddenError("The bearer token is not this server's; check --token / BLOCWATCH_TOKEN.")


def require(bw, method: str) -> None:
    """Raise a 501 naming the missing Python API method (features other stages are still adding)."""
    if not callable(getattr(bw, method, None)):
        raise NotAvailableError(f"This blocwatch build has no Blocwatch.{method}(); upgrade blocwatch.")
