"""The knowledge base: one small interface over SQLite (default) or PostgreSQL.

Writes are idempotent on natural keys (a fact's id is a hash of what it asserts, an evidence's
id a hash of where it was stated), so loading or ingesting twice changes nothing. A document and
its facts are written in one transaction: stored whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import os
import re
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import and_, create_engine, event, exists, func, inspect, or_, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from ..errors import SchemaMismatchError, StorageError, UnknownNameError
from ..model import Document, Entity, Evidence, Fact, Link, PartialDate, Section, Source, iso_or_none
from . import schema as S

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[.'’`\"«»“”,()]")


def norm(name: str) -> str:
    """The lookup form of a name: case- and accent-folded, punctuation dropped, spaces collapsed."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _PUNCT.sub(" ", s.casefold()).replace("-", " ")
    return _SPACE.sub(" ", s).strip()


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _day(d: dt.date) -> str:
    return d.isoformat()


def to_url(target: str | os.PathLike) -> str:
    """A SQLAlchemy URL from a URL or a file path."""
    t = str(target)
    if "://" in t:
        # psycopg 3 is the PostgreSQL driver blocwatch ships with; SQLAlchemy's bare
        # postgresql:// would look for psycopg2.
        for bare in ("postgresql://", "postgres://"):
            if t.startswith(bare):
                return "postgresql+psycopg://" + t[len(bare):]
        return t
    return "sqlite:///" + str(Path(t).expanduser().resolve())


class KnowledgeBase:
    """A knowledge base at a SQLAlchemy URL or SQLite file path."""

    def __init__(self, target: str | os.PathLike):
        self.url = to_url(target)
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            self._check_sqlite_file(self.url.split(":///", 1)[1])
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except (SQLAlchemyError, ImportError) as e:
            raise StorageError(f"Cannot use database URL {self.url!r}: {e}. Use a SQLite file path or postgresql://user@host/db.") from e
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._insert = None
        try:
            self._migrate()
        except StorageError:
            self.engine.dispose()  # let go of a file we refused, so nothing is left open on it
            raise

    # ---------------------------------------------------------------- opening and schema
    @staticmethod
    def _check_sqlite_file(path: str) -> None:
        p = Path(path)
        if p.is_dir():
            raise StorageError(f"{path} is a directory; give a file path for the knowledge base.")
        if p.exists() and p.stat().st_size > 0:
            with open(p, "rb") as f:
                head = f.read(16)
            if head != b"SQLite format 3\x00":
                raise SchemaMismatchError(
                    f"{path} is not a SQLite database (it may be another kind of file); blocwatch will "
                    "not overwrite it. Give another --db path or move the file away.")
        else:
            p.parent.mkdir(parents=True, exist_ok=True)

    def _migrate(self) -> None:
        try:
            with self.engine.begin() as conn:
                if self.engine.dialect.name == "postgresql":
                    # Several processes may open a fresh database at once: one migrates, the
                    # others wait and then find it done.
                    conn.execute(text("SELECT pg_advisory_xact_lock(7135420861)"))
                tables = set(inspect(conn).get_table_names())
                if tables and "meta" not in tables:
                    raise SchemaMismatchError(
                        f"The database at {self.url} holds tables that are not blocwatch's "
                        f"({', '.join(sorted(tables)[:5])}...); refusing to touch it. Give another --db.")
                version = 0
                if "meta" in tables:
                    rows = dict(conn.execute(select(S.meta.c.key, S.meta.c.value)).all())
                    if rows.get("application") != S.APPLICATION:
                        raise SchemaMismatchError(
                            f"The database at {self.url} was not made by blocwatch; refusing to touch it.")
                    version = int(rows.get("schema_version", 0))
                if version > S.SCHEMA_VERSION:
                    raise SchemaMismatchError(
                        f"The database at {self.url} has schema version {version}, newer than this "
                        f"blocwatch's {S.SCHEMA_VERSION}; upgrade blocwatch or use another --db.")
                for v, name, fn in S.MIGRATIONS:
                    if v > version:
                        fn(conn)
                        conn.execute(S.migrations.insert().values(version=v, name=name, applied_at=now_iso()))
                        self._set_meta(conn, "schema_version", str(v))
                        self._set_meta(conn, "application", S.APPLICATION)
            if self.is_sqlite:
                # WAL is a persistent property of the file: switch it on only once the file is
                # known to be ours, so that a refused file is left byte-for-byte as it was.
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA journal_mode=WAL")
        except DatabaseError as e:
            raise StorageError(
                f"The database at {self.url} is corrupt or unreadable ({e.orig}); blocwatch will not "
                "overwrite it. Restore it from a backup or give another --db.") from e
        except OperationalError as e:
            raise StorageError(f"Cannot open the database at {self.url}: {e.orig}") from e

    def _ins(self, table):
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return insert(table)

    def _set_meta(self, conn: Connection, key: str, value: str) -> None:
        stmt = self._ins(S.meta).values(key=key, value=value)
        conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))

    def get_meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(S.meta.c.value).where(S.meta.c.key == key)).scalar()

    def set_meta(self, key: str, value: str) -> None:
        with self.engine.begin() as conn:
            self._set_meta(conn, key, value)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "KnowledgeBase":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---------------------------------------------------------------- writing
    def write(self, *, entities: Iterable[Entity] = (), sources: Iterable[Source] = (),
              facts: Iterable[Fact] = (), document: Document | None = None) -> int:
        """Write everything given in one transaction; returns the number of new evidence rows.

        Safe to call from several threads or processes at once: rows go in sorted by key (so two
        writers never wait on each other in a cycle), and a transaction that still loses a race
        (a deadlock, a busy SQLite file) is rolled back whole and tried again.
        """
        return self.write_many([{"entities": entities, "sources": sources, "facts": facts, "document": document}])[0]

    def write_many(self, items: Sequence[dict]) -> list[int]:
        """Several writes (each given as `write`'s keyword arguments) in one transaction: one
        commit for many documents, for a batch writer. All are stored, or none; returns the new
        evidence count of each."""
        items = [{"entities": list(i.get("entities", ())), "sources": list(i.get("sources", ())),
                  "facts": list(i.get("facts", ())), "document": i.get("document")} for i in items]
        for attempt in range(_WRITE_TRIES):
            try:
                with self.engine.begin() as conn:
                    return [self._write(conn, i["entities"], i["sources"], i["facts"], i["document"])
                            for i in items]
            except OperationalError as e:
                if attempt + 1 < _WRITE_TRIES and _transient(e):
                    time.sleep(0.05 * (attempt + 1))
                    continue
                raise StorageError(f"Writing to {self.url} failed, nothing was written: {e}") from e
            except SQLAlchemyError as e:
                raise StorageError(f"Writing to {self.url} failed, nothing was written: {e}") from e
        raise AssertionError("unreachable")

    def _write(self, conn, entities, sources, facts, document) -> int:
        stamp = now_iso()
        if entities:
            conn.execute(self._ins(S.entities).on_conflict_do_nothing(), sorted((
                {"id": e.id, "kind": e.kind, "name": e.name, "attrs": json.dumps(e.attrs, sort_keys=True)}
                for e in {e.id: e for e in entities}.values()), key=lambda r: r["id"]))
            alias_rows = {}
            for e in entities:
                for a in (e.name, *e.aliases):
                    n = norm(a)
                    if n:
                        alias_rows[(n, e.id, a)] = {"norm": n, "entity_id": e.id, "alias": a}
            if alias_rows:
                conn.execute(self._ins(S.aliases).on_conflict_do_nothing(), [alias_rows[k] for k in sorted(alias_rows)])
        if sources:
            conn.execute(self._ins(S.sources).on_conflict_do_nothing(), sorted((
                {"id": s.id, "kind": s.kind, "title": s.title, "url": s.url, "publisher": s.publisher,
                 "published": s.published, "accessed": s.accessed} for s in {s.id: s for s in sources}.values()),
                key=lambda r: r["id"]))
        if document is not None:
            conn.execute(self._ins(S.documents).on_conflict_do_nothing(), [{
                "id": document.id, "path": document.path, "title": document.title, "site": document.site,
                "url": document.url, "published": iso_or_none(document.published), "text": document.text,
                "sections": json.dumps([[s.kind, s.start, s.end] for s in document.sections]),
                "credits": json.dumps(list(document.credits)), "ingested_at": stamp}])
        new = 0
        if facts:
            fact_rows, link_rows, ev_rows = {}, {}, {}
            for f in facts:
                fid = f.id
                fact_rows[fid] = {
                    "id": fid, "kind": f.kind, "subject": f.subject, "object": f.object, "value": f.value,
                    "valid_from": iso_or_none(f.valid_from), "valid_to": iso_or_none(f.valid_to),
                    "from_day": _day(f.valid_from.start) if f.valid_from else S.OPEN_START,
                    "to_day": _day(f.valid_to.start) if f.valid_to else S.OPEN_END,
                    "attrs": json.dumps(f.attrs, sort_keys=True, ensure_ascii=False), "first_seen": stamp}
                for l in f.links:
                    link_rows[(fid, l.role, l.entity_id)] = {
                        "fact_id": fid, "role": l.role, "entity_id": l.entity_id,
                        "attrs": json.dumps(l.attrs, sort_keys=True, ensure_ascii=False)}
                for ev in f.evidence:
                    eid = hashlib.sha1(f"{fid}|{ev.source_id}|{ev.doc_id}|{ev.start}|{ev.end}".encode()).hexdigest()[:20]
                    ev_rows[eid] = {
                        "id": eid, "fact_id": fid, "source_id": ev.source_id, "doc_id": ev.doc_id,
                        "start": ev.start, "end": ev.end, "text": ev.text, "extractor": ev.extractor,
                        "confidence": ev.confidence, "reported": ev.reported, "ingested_at": stamp}
            conn.execute(self._ins(S.facts).on_conflict_do_nothing(), [fact_rows[k] for k in sorted(fact_rows)])
            if link_rows:
                conn.execute(self._ins(S.fact_links).on_conflict_do_nothing(), [link_rows[k] for k in sorted(link_rows)])
            if ev_rows:
                # RETURNING counts only the rows this transaction inserted (a count(*) before and
                # after would scan the table and count other writers' rows too).
                stmt = self._ins(S.evidence).on_conflict_do_nothing().returning(S.evidence.c.id)
                new = len(conn.execute(stmt, [ev_rows[k] for k in sorted(ev_rows)]).all())
        return new

    def replace_reference(self, entities: Sequence[Entity], sources: Sequence[Source],
                          facts: Sequence[Fact], data_hash: str) -> None:
        """Swap the reference data for a new version in one transaction (article facts stay)."""
        with self.engine.begin() as conn:
            conn.execute(S.evidence.delete().where(S.evidence.c.extractor == "reference"))
            orphan = select(S.facts.c.id).where(~S.facts.c.id.in_(select(S.evidence.c.fact_id)))
            conn.execute(S.fact_links.delete().where(S.fact_links.c.fact_id.in_(orphan)))
            conn.execute(S.facts.delete().where(~S.facts.c.id.in_(select(S.evidence.c.fact_id))))
            conn.execute(S.aliases.delete().where(
                S.aliases.c.entity_id.in_(select(S.entities.c.id).where(S.entities.c.kind != "person"))))
            # Entities are upserted so that renamed reference entities take their new names.
            for e in entities:
                stmt = self._ins(S.entities).values(id=e.id, kind=e.kind, name=e.name,
                                                    attrs=json.dumps(e.attrs, sort_keys=True))
                conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={
                    "name": e.name, "kind": e.kind, "attrs": stmt.excluded.attrs}))
            for s in sources:
                stmt = self._ins(S.sources).values(id=s.id, kind=s.kind, title=s.title, url=s.url,
                                                   publisher=s.publisher, published=s.published, accessed=s.accessed)
                conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={
                    "title": s.title, "url": s.url, "publisher": s.publisher, "accessed": s.accessed}))
            self._write(conn, entities, [], facts, None)
            self._set_meta(conn, "reference_hash", data_hash)

    # ---------------------------------------------------------------- entities and names
    def entity(self, entity_id: str) -> Entity | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(S.entities).where(S.entities.c.id == entity_id)).first()
            if not row:
                return None
            al = conn.execute(select(S.aliases.c.alias).where(S.aliases.c.entity_id == entity_id)).scalars().all()
        return Entity(row.id, row.kind, row.name, tuple(a for a in al if a != row.name), json.loads(row.attrs))

    def entities(self, kind: str | None = None) -> list[Entity]:
        with self.engine.connect() as conn:
            q = select(S.entities)
            if kind:
                q = q.where(S.entities.c.kind == kind)
            rows = conn.execute(q.order_by(S.entities.c.id)).all()
            al = defaultdict(list)
            aq = select(S.aliases.c.entity_id, S.aliases.c.alias)
            if kind:
                aq = aq.join(S.entities, S.entities.c.id == S.aliases.c.entity_id).where(S.entities.c.kind == kind)
            for eid, a in conn.execute(aq):
                al[eid].append(a)
        return [Entity(r.id, r.kind, r.name, tuple(a for a in al[r.id] if a != r.name), json.loads(r.attrs))
                for r in rows]

    def lookup(self, name: str, kinds: Sequence[str] = ()) -> list[Entity]:
        """Entities whose id, name or alias is `name` (any case, accents, punctuation)."""
        n = norm(name)
        with self.engine.connect() as conn:
            q = select(S.entities.c.id).join(S.aliases, S.aliases.c.entity_id == S.entities.c.id)
            q = q.where(or_(S.aliases.c.norm == n, func.lower(S.entities.c.id) == name.lower().strip()))
            if kinds:
                q = q.where(S.entities.c.kind.in_(list(kinds)))
            ids = list(dict.fromkeys(conn.execute(q).scalars().all()))
            if not ids:  # a bare key such as "AM" or "CSTO"
                keys = [f"{k}:{name.strip()}" for k in (kinds or ("state", "org", "group"))]
                keys += [f"{k}:{name.strip().upper()}" for k in (kinds or ("state", "org"))]
                ids = list(dict.fromkeys(conn.execute(select(S.entities.c.id).where(S.entities.c.id.in_(keys))).scalars().all()))
        return [e for e in (self.entity(i) for i in ids) if e]

    def resolve(self, name: str, kinds: Sequence[str], what: str) -> Entity:
        """Exactly one entity for a user-given name, or UnknownNameError with suggestions."""
        found = self.lookup(name, kinds)
        if found:
            return found[0]
        raise UnknownNameError(what, name, self.suggest(name, kinds))

    def suggest(self, name: str, kinds: Sequence[str], n: int = 4) -> list[str]:
        """The closest known names: keys (CSTO, AM, former-soviet) and aliases, best first; two-
        letter state codes only when they are a near miss, so that 'CTSO' suggests CSTO alone."""
        with self.engine.connect() as conn:
            q = select(S.aliases.c.alias, S.entities.c.id).join(S.entities, S.entities.c.id == S.aliases.c.entity_id)
            if kinds:
                q = q.where(S.entities.c.kind.in_(list(kinds)))
            pairs = conn.execute(q).all()
        keys = {eid.split(":", 1)[1]: eid for _, eid in pairs}
        by_alias = {a: eid for a, eid in pairs}
        scored: dict[str, float] = {}
        for cand, eid in [(k, e) for k, e in keys.items()] + list(by_alias.items()):
            key = eid.split(":", 1)[1]
            probe = name.upper() if cand.isupper() else name
            ratio = difflib.SequenceMatcher(None, probe.lower(), cand.lower()).ratio()
            if len(cand) <= 2 and ratio < 0.99:
                continue
            if ratio >= 0.75 and ratio > scored.get(key, 0):
                scored[key] = ratio
        return [k for k, _ in sorted(scored.items(), key=lambda kv: -kv[1])][:n]

    def alias_table(self, kinds: Sequence[str] = ()) -> list[tuple[str, str, str]]:
        """(alias, entity id, entity kind) for every alias: the gazetteer's raw material."""
        with self.engine.connect() as conn:
            q = select(S.aliases.c.alias, S.entities.c.id, S.entities.c.kind).join(
                S.entities, S.entities.c.id == S.aliases.c.entity_id)
            if kinds:
                q = q.where(S.entities.c.kind.in_(list(kinds)))
            return [tuple(r) for r in conn.execute(q)]

    # ---------------------------------------------------------------- facts
    def find_facts(self, kind: str | None = None, *, subject: str | None = None, object: str | None = None,
                   value: str | None = None, during: tuple[dt.date, dt.date] | None = None,
                   linked: tuple[str, str] | None = None, doc_id: str | None = None,
                   objects: Sequence[str] | None = None, limit: int | None = None,
                   reference_only: bool = False) -> list[Fact]:
        """Facts matching every given condition, each with its links and evidence.

        `during=(start, end)` keeps facts whose interval overlaps [start, end);
        `reference_only` keeps facts the curated reference data states.
        """
        f = S.facts
        q = select(f)
        if reference_only:
            q = q.where(_is_reference(f))
        if kind:
            q = q.where(f.c.kind == kind)
        if subject:
            q = q.where(f.c.subject == subject)
        if object:
            q = q.where(f.c.object == object)
        if objects is not None:
            q = q.where(f.c.object.in_(list(objects)))
        if value:
            q = q.where(f.c.value == value)
        if during:
            q = q.where(and_(f.c.from_day < _day(during[1]), f.c.to_day > _day(during[0])))
        if linked:
            q = q.where(f.c.id.in_(select(S.fact_links.c.fact_id).where(
                and_(S.fact_links.c.role == linked[0], S.fact_links.c.entity_id == linked[1]))))
        if doc_id:
            q = q.where(f.c.id.in_(select(S.evidence.c.fact_id).where(S.evidence.c.doc_id == doc_id)))
        q = q.order_by(f.c.from_day, f.c.id)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
            return self._hydrate(conn, rows)

    def _hydrate(self, conn, rows) -> list[Fact]:
        if not rows:
            return []
        ids = [r.id for r in rows]
        links, evs = defaultdict(list), defaultdict(list)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for l in conn.execute(select(S.fact_links).where(S.fact_links.c.fact_id.in_(chunk))):
                links[l.fact_id].append(Link(l.role, l.entity_id, json.loads(l.attrs)))
            q = select(S.evidence, S.sources.c.title, S.sources.c.url).join(
                S.sources, S.sources.c.id == S.evidence.c.source_id).where(S.evidence.c.fact_id.in_(chunk))
            for e in conn.execute(q.order_by(S.evidence.c.id)):
                evs[e.fact_id].append(Evidence(
                    source_id=e.source_id, doc_id=e.doc_id, start=e.start, end=e.end, text=e.text,
                    extractor=e.extractor, confidence=e.confidence, reported=e.reported,
                    source_title=e.title, source_url=e.url))
        return [Fact(kind=r.kind, subject=r.subject, object=r.object, value=r.value,
                     valid_from=PartialDate.parse_opt(r.valid_from), valid_to=PartialDate.parse_opt(r.valid_to),
                     attrs=json.loads(r.attrs), links=tuple(links[r.id]), evidence=tuple(evs[r.id]))
                for r in rows]

    def membership_rows(self, org_ids: Sequence[str], start: dt.date, end: dt.date,
                        reference_only: bool = False) -> list[tuple]:
        """(subject, object, value, valid_from, valid_to, id) of membership facts overlapping
        [start, end); with `reference_only`, those of the curated reference data alone.

        The hot path of `members`: one indexed range query, no hydration of evidence.
        """
        f = S.facts
        q = select(f.c.subject, f.c.object, f.c.value, f.c.valid_from, f.c.valid_to, f.c.id).where(
            f.c.kind == "membership", f.c.object.in_(list(org_ids)),
            f.c.from_day < _day(end), f.c.to_day > _day(start))
        if reference_only:
            q = q.where(_is_reference(f))
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(q)]

    def evidence_for(self, fact_ids: Sequence[str]) -> dict[str, list[Evidence]]:
        out: dict[str, list[Evidence]] = defaultdict(list)
        with self.engine.connect() as conn:
            q = select(S.evidence, S.sources.c.title, S.sources.c.url).join(
                S.sources, S.sources.c.id == S.evidence.c.source_id).where(S.evidence.c.fact_id.in_(list(fact_ids)))
            for e in conn.execute(q.order_by(S.evidence.c.id)):
                out[e.fact_id].append(Evidence(
                    source_id=e.source_id, doc_id=e.doc_id, start=e.start, end=e.end, text=e.text,
                    extractor=e.extractor, confidence=e.confidence, reported=e.reported,
                    source_title=e.title, source_url=e.url))
        return out

    # ---------------------------------------------------------------- documents and sources
    def document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(S.documents).where(S.documents.c.id == doc_id)).first()
        return _doc(r) if r else None

    def documents(self, limit: int = 100, offset: int = 0) -> list[Document]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(S.documents).order_by(S.documents.c.ingested_at, S.documents.c.id)
                                .limit(limit).offset(offset)).all()
        return [_doc(r) for r in rows]

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(S.documents.c.id).where(S.documents.c.id == doc_id)).first() is not None

    def source(self, source_id: str) -> Source | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(S.sources).where(S.sources.c.id == source_id)).first()
        return Source(r.id, r.kind, r.title, r.url, r.publisher, r.published, r.accessed) if r else None

    def counts(self) -> dict[str, int]:
        out = {}
        with self.engine.connect() as conn:
            for t in (S.entities, S.sources, S.documents, S.facts, S.evidence):
                out[t.name] = conn.execute(select(func.count()).select_from(t)).scalar()
        return out

    def execute_raw(self, sql: str):
        """For benchmarks and diagnostics only."""
        with self.engine.begin() as conn:
            return conn.execute(text(sql))


def _is_reference(f):
    return exists().where(S.evidence.c.fact_id == f.c.id, S.evidence.c.extractor == "reference")


def _doc(r) -> Document:
    return Document(id=r.id, text=r.text, title=r.title, site=r.site, url=r.url,
                    published=PartialDate.parse_opt(r.published), path=r.path,
                    sections=tuple(Section(k, a, b) for k, a, b in json.loads(r.sections)),
                    credits=tuple(json.loads(r.credits)))


_WRITE_TRIES = 5


def _transient(e: OperationalError) -> bool:
    """A lost race that a retry of the whole transaction fixes: a deadlock, a serialization
    failure (PostgreSQL), a file still locked after the busy timeout (SQLite)."""
    code = getattr(e.orig, "sqlstate", None)
    return code in ("40P01", "40001") or "database is locked" in str(e.orig)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    # journal_mode=WAL is set by KnowledgeBase._migrate, after the file is known to be ours.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()
