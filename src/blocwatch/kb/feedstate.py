"""What the feed watcher remembers between polls, kept in the knowledge base (schema version 2).

Per feed: the ETag and Last-Modified of its last answer, so the next poll is a conditional
request. Per article URL: whether it was fetched and ingested, so no page is fetched twice; a
page that failed (a server error, a timeout) is tried again on later polls, `max_attempts` times
in all.
"""

from __future__ import annotations

from sqlalchemy import or_, select

from . import schema as S
from .store import KnowledgeBase, now_iso

DONE, FAILED = "done", "failed"


class FeedState:
    def __init__(self, kb: KnowledgeBase, max_attempts: int = 3):
        self.kb, self.max_attempts = kb, max_attempts

    def validators(self, feed_url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) of the feed's last answer."""
        with self.kb.engine.connect() as conn:
            row = conn.execute(select(S.feeds.c.etag, S.feeds.c.last_modified)
                               .where(S.feeds.c.url == feed_url)).first()
        return (row.etag, row.last_modified) if row else (None, None)

    def save_validators(self, feed_url: str, etag: str | None, last_modified: str | None) -> None:
        row = {"url": feed_url, "etag": etag, "last_modified": last_modified, "checked_at": now_iso()}
        stmt = self.kb._ins(S.feeds).values(**row)
        with self.kb.engine.begin() as conn:
            conn.execute(stmt.on_conflict_do_update(index_elements=["url"], set_={
                "etag": etag, "last_modified": last_modified, "checked_at": row["checked_at"]}))

    def is_settled(self, url: str, entry_id: str | None = None) -> bool:
        """True when the page was ingested (under this URL or entry id), or failed too often."""
        i = S.feed_items.c
        cond = i.url == url if not entry_id else or_(i.url == url, i.entry_id == entry_id)
        with self.kb.engine.connect() as conn:
            rows = conn.execute(select(i.status, i.attempts).where(cond)).all()
        return any(r.status == DONE or r.attempts >= self.max_attempts for r in rows)

    def record(self, url: str, feed_url: str, entry_id: str | None, status: str,
               doc_id: str | None = None, error: str | None = None) -> None:
        """Remember one fetch of `url`: done (with its document, or the reason it held none) or failed."""
        stamp = now_iso()
        stmt = self.kb._ins(S.feed_items).values(url=url, feed_url=feed_url, entry_id=entry_id, status=status,
                                                 attempts=1, doc_id=doc_id, error=error, fetched_at=stamp)
        with self.kb.engine.begin() as conn:
            conn.execute(stmt.on_conflict_do_update(index_elements=["url"], set_={
                "status": status, "attempts": S.feed_items.c.attempts + 1, "doc_id": doc_id,
                "error": error, "fetched_at": stamp}))

    def items(self, feed_url: str | None = None) -> list[dict]:
        """Every remembered page (for reports and tests), oldest first."""
        q = select(S.feed_items).order_by(S.feed_items.c.fetched_at, S.feed_items.c.url)
        if feed_url:
            q = q.where(S.feed_items.c.feed_url == feed_url)
        with self.kb.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]
