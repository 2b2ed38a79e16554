"""`blocwatch serve`: the HTTP API and web pages on uvicorn."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from ..settings import Settings, default_db
from . import Db, app, err


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 exposes it to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    token: Annotated[Optional[str], typer.Option(
        envvar="BLOCWATCH_TOKEN", help="Bearer token that allows writing (POST /api/documents). "
                                       "Without one, the server is read-only. Default: $BLOCWATCH_TOKEN.")] = None,
    threads: Annotated[int, typer.Option("--threads", help="Worker threads that run requests.")] = 40,
    db: Db = None,
):
    """Serve the JSON API (/api/, schema at /openapi.json) and the web pages (/) over one knowledge base.

    Pages: / membership map with a date slider, /states/CODE, /meetings, /documents/ID, /check.
    """
    import uvicorn

    from ..api import create_app

    application = create_app(Settings(db=db or default_db()), token=token, threads=threads)
    err.print(f"blocwatch: serving {application.state.bw.kb.url} on http://{host}:{port}/ "
              f"({'writing enabled with a bearer token' if token else 'read-only: no --token'})")
    uvicorn.run(application, host=host, port=port, log_level="warning")
