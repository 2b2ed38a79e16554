"""Imports every command module so that its commands register on `app`."""

from . import query  # noqa: F401
