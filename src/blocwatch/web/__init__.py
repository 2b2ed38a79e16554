"""The web pages: server-rendered Jinja2 templates and hand-written CSS/JS, shipped in the package."""

from pathlib import Path

WEB_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"
