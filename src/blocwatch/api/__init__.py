"""The HTTP edge: a FastAPI app serving the JSON API under /api/ and the web pages.

    from blocwatch.api import create_app
    app = create_app(Settings(db="kb.sqlite"), token="secret")
"""

from .app import create_app

__all__ = ["create_app"]
