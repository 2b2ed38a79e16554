"""Tables of the knowledge base, and the named migrations that create and change them.

Plain tables that `sqlite3` and Datasette can read: one row per entity, alias, source,
document, fact, fact link and piece of evidence. Dates are ISO strings; `from_day`/`to_day`
are the first days of a fact's partial bounds, with sentinels for open ends, so that an
interval query is a plain indexed range comparison.
"""

from __future__ import annotations

from sqlalchemy import (Column, Float, ForeignKey, Index, Integer, MetaData, PrimaryKeyConstraint,
                        String, Table, Text)

APPLICATION = "blocwatch"
SCHEMA_VERSION = 3
OPEN_START = "0001-01-01"
OPEN_END = "9999-12-31"

metadata = MetaData()

meta = Table("meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text))

migrations = Table(
    "migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

entities = Table(
    "entities", metadata,
    Column("id", String(200), primary_key=True),
    Column("kind", String(20), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("attrs", Text, nullable=False, server_default="{}"),
)

aliases = Table(
    "aliases", metadata,
    Column("norm", String(300), nullable=False),
    Column("entity_id", String(200), ForeignKey("entities.id"), nullable=False),
    Column("alias", String(300), nullable=False),
    PrimaryKeyConstraint("norm", "entity_id", "alias"),
)

sources = Table(
    "sources", metadata,
    Column("id", String(200), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("title", Text, nullable=False),
    Column("url", Text),
    Column("publisher", Text),
    Column("published", String(10)),
    Column("accessed", String(10)),
)

documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),
    Column("path", Text),
    Column("title", Text),
    Column("site", Text),
    Column("url", Text),
    Column("published", String(10)),
    Column("text", Text, nullable=False),
    Column("sections", Text, nullable=False, server_default="[]"),
    Column("credits", Text, nullable=False, server_default="[]"),
    Column("ingested_at", String(40), nullable=False),
)

facts = Table(
    "facts", metadata,
    Column("id", String(40), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("subject", String(200), nullable=False),
    Column("object", String(200)),
    Column("value", Text),
    Column("valid_from", String(10)),
    Column("valid_to", String(10)),
    Column("from_day", String(10), nullable=False),
    Column("to_day", String(10), nullable=False),
    Column("attrs", Text, nullable=False, server_default="{}"),
    Column("first_seen", String(40), nullable=False),
    Index("ix_facts_kind_object_from", "kind", "object", "from_day"),
    # "what held at D" reads facts still open at D first: bounded by to_day, not from_day
    Index("ix_facts_kind_object_to", "kind", "object", "to_day", "from_day"),
    Index("ix_facts_subject_kind", "subject", "kind"),
)

fact_links = Table(
    "fact_links", metadata,
    Column("fact_id", String(40), ForeignKey("facts.id"), nullable=False),
    Column("role", String(40), nullable=False),
    Column("entity_id", String(200), nullable=False),
    Column("attrs", Text, nullable=False, server_default="{}"),
    PrimaryKeyConstraint("fact_id", "role", "entity_id"),
    Index("ix_fact_links_entity", "entity_id", "role"),
)

evidence = Table(
    "evidence", metadata,
    Column("id", String(40), primary_key=True),
    Column("fact_id", String(40), ForeignKey("facts.id"), nullable=False, index=True),
    Column("source_id", String(200), ForeignKey("sources.id"), nullable=False),
    Column("doc_id", String(64), ForeignKey("documents.id"), index=True),
    Column("start", Integer),
    Column("end", Integer),
    Column("text", Text),
    Column("extractor", String(80), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("reported", String(10)),
    Column("ingested_at", String(40), nullable=False),
)


# Feed polling state (`blocwatch watch`): per feed, the validators of the last answer, so the next
# poll is a conditional request; per article URL, whether it was fetched, so none is fetched twice.
feeds = Table(
    "feeds", metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("checked_at", String(40)),
)

feed_items = Table(
    "feed_items", metadata,
    Column("url", Text, primary_key=True),
    Column("feed_url", Text, nullable=False),
    Column("entry_id", Text),
    Column("status", String(20), nullable=False),  # "done" | "failed"
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("doc_id", String(64)),
    Column("error", Text),
    Column("fetched_at", String(40), nullable=False),
    Index("ix_feed_items_entry", "entry_id"),
)

_V1_TABLES = ("meta", "migrations", "entities", "aliases", "sources", "documents", "facts", "fact_links",
              "evidence")


def _v1_create(conn) -> None:
    metadata.create_all(conn, tables=[metadata.tables[t] for t in _V1_TABLES])


def _v2_feed_state(conn) -> None:
    metadata.create_all(conn, tables=[feeds, feed_items])


def _v3_interval_index(conn) -> None:
    for ix in facts.indexes:
        if ix.name == "ix_facts_kind_object_to":
            ix.create(conn, checkfirst=True)


# Named, recorded migrations: (version, name, function). Append; never edit an applied one.
MIGRATIONS = [
    (1, "create entities, aliases, sources, documents, facts, fact_links, evidence", _v1_create),
    (2, "feed state: feeds, feed_items", _v2_feed_state),
    (3, "index facts by (kind, object, to_day, from_day) for interval queries", _v3_interval_index),
]
assert MIGRATIONS[-1][0] == SCHEMA_VERSION
