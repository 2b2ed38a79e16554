"""The FastAPI app: JSON API under /api/, web pages at /, static assets at /static/.

Errors raised by the Python API (`BlocwatchError`) become `{"error": {"type", "message"}}`
with the error's `http_status` for /api/ paths, and an error page for the web pages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import BlocwatchError, UnknownNameError
from ..settings import Settings
from ..web import STATIC_DIR
from ..web import pages as web_pages
from . import documents, query, reasoning


def create_app(settings: Settings | None = None, *, bw_factory: Callable[[], object] | None = None,
               token: str | None = None, threads: int | None = None) -> FastAPI:
    """The app over one knowledge base.

    settings: which knowledge base (default: `Settings()`); bw_factory: builds the `Blocwatch`
    instead (tests pass their own). token: the bearer token that allows writing; without one,
    writing endpoints answer 403. threads: size of the worker-thread pool that runs the (sync)
    handlers; default anyio's 40.
    """
    def make_bw():
        if bw_factory is not None:
            return bw_factory()
        from ..workspace import Blocwatch
        return Blocwatch(settings or Settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if threads:
            import anyio.to_thread
            anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield
        close = getattr(app.state.bw, "close", None)
        if close:
            close()

    app = FastAPI(title="blocwatch", version=__version__, lifespan=lifespan,
                  description="Who belonged to which post-Soviet organization, who held which office, "
                              "which meetings took place, at any date, with the source of every fact.",
                  # The stock /docs and /redoc pages load scripts from a CDN; /api is an offline page.
                  docs_url=None, redoc_url=None)
    # One Blocwatch for the app: SQLAlchemy's pool hands each worker thread its own connection.
    app.state.bw = make_bw()
    app.state.token = token or None
    app.state.write_lock = threading.Lock()

    app.include_router(query.router)
    app.include_router(reasoning.router)
    app.include_router(documents.router)
    app.include_router(web_pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    app.add_exception_handler(BlocwatchError, _blocwatch_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    return app


def _wants_json(request: Request) -> bool:
    p = request.url.path
    return p.startswith("/api/") or p == "/api" or p == "/openapi.json"


def _error(request: Request, status: int, type_: str, message: str, **extra):
    if _wants_json(request):
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return JSONResponse({"error": {"type": type_, "message": message, **extra}}, status_code=status,
                            headers=headers)
    return web_pages.error_page(request, status, type_, message)


async def _blocwatch_error(request: Request, exc: BlocwatchError):
    extra = {"suggestions": exc.suggestions} if isinstance(exc, UnknownNameError) else {}
    return _error(request, exc.http_status, type(exc).__name__, str(exc), **extra)


async def _validation_error(request: Request, exc: RequestValidationError):
    problems = [f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in exc.errors()]
    return _error(request, 422, "ValidationError", "Invalid request: " + "; ".join(problems),
                  details=[{"loc": list(e["loc"]), "msg": e["msg"]} for e in exc.errors()])


async def _http_error(request: Request, exc: StarletteHTTPException):
    message = "No such page or endpoint; see /api for the API." if exc.status_code == 404 else str(exc.detail)
    return _error(request, exc.status_code, "HTTPError", message)
