"""Imports every command module so that its commands register on `app`."""

from . import query  # noqa: F401
from . import evaluate  # noqa: F401
from . import serve  # noqa: F401
from . import reason  # noqa: F401
from . import extract  # noqa: F401
from . import scale  # noqa: F401
