"""Storage of the knowledge base: schema, migrations, reference data, queries. All SQL lives here."""

from .store import KnowledgeBase

__all__ = ["KnowledgeBase"]
