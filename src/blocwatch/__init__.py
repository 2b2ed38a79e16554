"""blocwatch: a time-aware, evidence-backed knowledge base of post-Soviet intergovernmental
organizations, built from reference data and news articles."""

from .errors import BlocwatchError
from .model import Document, Evidence, Fact, PartialDate
from .settings import Settings
from .workspace import Blocwatch, open

__version__ = "0.1.0"
__all__ = ["Blocwatch", "BlocwatchError", "Document", "Evidence", "Fact", "PartialDate", "Settings", "open"]
