"""Extraction over a big corpus: the pure pipeline mapped over Dask partitions, one writer.

    report = run_batch(["archive/"], Settings(db="postgresql://..."), workers=8)

Inputs (files, folders, WARC archives) are grouped into partitions; each partition is one Dask
task that reads its inputs (`ingest.read_documents`) and extracts facts (`extract_fn`, a pure
function of a Document and a read-only `KnowledgeSnapshot`). Tasks return records, never touch
the knowledge base, and do not know they run distributed. The client process gathers results as
they complete and is the only writer: the documents of a partition, each with its facts, in one
transaction, so an interrupted run leaves whole documents only, and a rerun adds only what is
missing (writes are idempotent on natural keys).

At most four partitions per worker are in flight, so an archive of millions of files never sits
in the scheduler's memory at once; the snapshot is sent to each worker once (scattered).

`workers=0` (or scheduler="inline") runs the same partitions in this process, without Dask: the
baseline that the Dask runs must match fact for fact.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, StorageError
from ..kb.store import KnowledgeBase
from ..model import Document, Fact, Source
from ..settings import Settings

#: extract_fn(document, snapshot) -> facts
ExtractFn = Callable[[Document, Any], list[Fact]]
Item = Path | Document


@dataclass(frozen=True)
class Extracted:
    """A document and what was extracted from it: what a task returns for each document.

    `entities` (people first seen in it) and `mentions` come with the real pipeline; the writer
    needs them to store new people and to check the document's claims against the knowledge base.
    """

    document: Document
    facts: tuple[Fact, ...]
    entities: tuple = ()
    mentions: tuple = ()
    relevant: bool = True
    #: claims found in the worker (judged by the writer); None when the extractor did not look
    claims: tuple | None = None


@dataclass(frozen=True)
class Failed:
    """An input that gave no document: skipped on purpose (empty, binary...) or failed (a bug)."""

    path: str
    reason: str
    failed: bool


@dataclass
class BatchReport:
    inputs: int = 0
    documents: int = 0
    facts: int = 0
    new_evidence: int = 0
    skipped: list[Failed] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    seconds: float = 0.0
    #: Of `seconds`, the time the one writer spent writing (the part more workers cannot shorten).
    write_seconds: float = 0.0
    #: Seconds until the first partition came back (a cluster's start, workers' imports).
    startup_seconds: float = 0.0
    #: Documents in that first partition (left out of the steady rate).
    startup_documents: int = 0
    workers: int = 0
    scheduler: str = "inline"

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def steady_docs_per_second(self) -> float:
        """The rate once the first partition is back: what a long run gets."""
        t = self.seconds - self.startup_seconds
        return (self.documents - self.startup_documents) / t if t > 0 else 0.0

    def summary(self) -> str:
        where = "in this process" if self.scheduler == "inline" else (
            f"on {self.workers} local workers" if self.scheduler == "local" else f"on {self.scheduler}")
        lines = [f"ingested {self.documents} documents, {self.facts} facts ({self.new_evidence} new evidence) "
                 f"in {self.seconds:.1f} s, {self.docs_per_second:.1f} docs/s {where}; "
                 f"{len(self.skipped)} skipped, {len(self.failed)} failed"]
        lines += [f"  failed {f.path}: {f.reason}" for f in self.failed[:20]]
        lines += [f"  skipped {f.path}: {f.reason}" for f in self.skipped[:20]]
        return "\n".join(lines)


# ------------------------------------------------------------------------------ the pure part
def extract_one(item: Item, settings: Settings, snapshot: Any, extract_fn: ExtractFn,
                read_fn: Callable | None = None) -> list[Extracted | Failed]:
    """Read one input (a file, a WARC archive of many pages, or a Document) and extract its facts.

    Pure: no knowledge base, no global state. A failure of one document is returned as a
    `Failed` record so that it does not take its partition down with it.
    """
    if isinstance(item, Document):
        docs: Iterable = [item]
    else:
        docs = (read_fn or _read_documents)([item], settings)
    out: list[Extracted | Failed] = []
    try:
        for d in docs:
            if not isinstance(d, Document):
                out.append(Failed(str(getattr(d, "path", item)), str(getattr(d, "reason", d)),
                                  bool(getattr(d, "failed", True))))
                continue
            try:
                got = extract_fn(d, snapshot)
            except Exception as e:  # noqa: BLE001 - a bug on one document is reported, not fatal
                out.append(Failed(d.path or d.url or d.id, f"extraction failed: {type(e).__name__}: {e}", True))
                continue
            if hasattr(got, "facts"):  # the pipeline's Extraction
                out.append(Extracted(d, tuple(got.facts), tuple(got.entities), tuple(got.mentions),
                                     bool(got.relevant),
                                     tuple(got.claims) if getattr(got, "claims", None) is not None else None))
            else:
                out.append(Extracted(d, tuple(got)))
    except Exception as e:  # noqa: BLE001 - an unreadable archive half-way through
        out.append(Failed(str(item), f"reading failed: {type(e).__name__}: {e}", True))
    return out


def extract_partition(items: Sequence[Item], settings: Settings, snapshot: Any, extract_fn: ExtractFn,
                      read_fn: Callable | None = None) -> list[Extracted | Failed]:
    """One Dask task: `extract_one` over a partition of inputs."""
    return [r for item in items for r in extract_one(item, settings, snapshot, extract_fn, read_fn)]


def _read_documents(paths, settings):
    from ..ingest import read_documents
    return read_documents(paths, settings)


def extract_full(document: Document, snapshot: Any):
    """The default task body: the real pipeline's whole Extraction (facts, new people, mentions),
    with one pipeline per worker process, built on first use from the snapshot."""
    from ..extract import pipeline
    return pipeline.extractor_for(snapshot).extract(document)


# ------------------------------------------------------------------------------ inputs
def enumerate_inputs(paths: Iterable[str | os.PathLike | Document]) -> list[Item]:
    """Files under the given paths (folders walked, hidden files left out), sorted; Documents as given."""
    out: list[Item] = []
    for p in paths:
        if isinstance(p, Document):
            out.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            out.extend(sorted(f for f in path.rglob("*") if f.is_file()
                              and not any(part.startswith(".") for part in f.relative_to(path).parts)))
        elif path.is_file():
            out.append(path)
        else:
            raise InputError(f"{path}: no such file or folder; give article files, folders or WARC archives.")
    return out


def partitions(items: Sequence[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive groups of `size` inputs; a WARC archive is a partition of its own (it holds many pages)."""
    group: list[Item] = []
    for it in items:
        if isinstance(it, Path) and it.name.lower().endswith((".warc", ".warc.gz")):
            yield [it]
            continue
        group.append(it)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group


# ------------------------------------------------------------------------------ the one writer
def document_source(doc: Document) -> Source:
    """The source that a document's evidence cites ("doc:<id>")."""
    return Source.of_document(doc)


class Writer:
    """The one writer: finishes each document and commits a partition's documents together.

    With a workspace (`bw`), a document is finished as `Blocwatch.ingest` finishes it: the claims
    it makes are judged against the knowledge base, which needs queries, so it happens here and
    not in the workers. One transaction per partition saves a commit per document; should it
    fail, the documents are written one by one, so one bad document fails alone.
    """

    def __init__(self, kb: KnowledgeBase, bw=None):
        self.kb, self.bw = kb, bw

    def prepare(self, r: Extracted) -> dict:
        facts = list(r.facts)
        if self.bw is not None and r.relevant:
            from ..extract.pipeline import Extraction
            facts += self.bw.claim_facts(Extraction(r.document, facts, list(r.mentions), list(r.entities), True,
                                                   claims=list(r.claims) if r.claims is not None else None))
        return {"entities": r.entities, "sources": [document_source(r.document)], "facts": facts,
                "document": r.document}

    def write(self, results: list[Extracted], report: BatchReport) -> None:
        ready = []
        for r in results:
            try:
                ready.append(self.prepare(r))
            except Exception as e:  # noqa: BLE001 - a bug on one document is reported, not fatal
                report.failed.append(Failed(_name(r.document), f"claim check failed: {type(e).__name__}: {e}", True))
        if not ready:
            return
        try:
            news = self.kb.write_many(ready)
        except StorageError as batch_error:
            news = []
            for item in ready:
                try:
                    news.append(self.kb.write(**item))
                except StorageError as e:
                    news.append(None)
                    report.failed.append(Failed(_name(item["document"]), f"write failed: {e}", True))
            if all(n is None for n in news):
                raise batch_error  # nothing could be written: the database, not a document, is at fault
        for item, new in zip(ready, news):
            if new is not None:
                report.documents += 1
                report.new_evidence += new
                report.facts += len(item["facts"])


def _name(doc: Document) -> str:
    return doc.path or doc.url or doc.id


# ------------------------------------------------------------------------------ running
def run_batch(paths: Iterable[str | os.PathLike | Document], settings: Settings, workers: int = 2,
              scheduler: str | None = None, progress: bool = True, *, extract_fn: ExtractFn | None = None,
              snapshot: Any = None, read_fn: Callable | None = None, partition_size: int = 8,
              kb: KnowledgeBase | None = None) -> BatchReport:
    """Extract facts from every input and write them to the knowledge base at `settings.db`.

    workers: Dask worker processes of a LocalCluster (one thread each); 0 runs in this process.
    scheduler: address of a running Dask scheduler (tcp://host:8786) to use instead of a
        LocalCluster; "inline" is the same as workers=0.
    extract_fn: a pure function (document, snapshot) -> facts, or -> the pipeline's Extraction;
        default: the real pipeline, finished and stored exactly as `Blocwatch.ingest` does.
    snapshot: what extract_fn knows of the world; default `KnowledgeSnapshot.from_kb(kb)`.
    partition_size: inputs per Dask task, and documents per transaction.
    kb: an open knowledge base to write to (default: open settings.db, loading the reference
        data on first use). With a given kb, claims are not judged (no workspace).
    """
    items = enumerate_inputs(paths)
    inline = scheduler == "inline" or (scheduler is None and workers <= 0)
    own_kb = kb is None
    if own_kb:
        from ..workspace import Blocwatch
        bw = Blocwatch(settings)  # loads the reference data into a fresh knowledge base
        kb = bw.kb
        writer = Writer(kb, bw if extract_fn is None else None)
    else:
        writer = Writer(kb)
    extract_fn = extract_fn or extract_full
    if snapshot is None:
        from ..extract.snapshot import KnowledgeSnapshot
        snapshot = KnowledgeSnapshot.from_kb(kb)
    parts = list(partitions(items, max(1, partition_size)))
    report = BatchReport(inputs=len(items), workers=0 if inline else workers,
                         scheduler="inline" if inline else (scheduler or "local"))
    started = time.perf_counter()
    try:
        with _Progress(progress, len(items)) as bar:
            results = (_run_inline(parts, settings, snapshot, extract_fn, read_fn) if inline else
                       _run_dask(parts, settings, snapshot, extract_fn, read_fn, workers, scheduler))
            for n_inputs, records in results:
                for r in records:
                    if isinstance(r, Failed):
                        (report.failed if r.failed else report.skipped).append(r)
                t0 = time.perf_counter()
                writer.write([r for r in records if isinstance(r, Extracted)], report)
                report.write_seconds += time.perf_counter() - t0
                report.seconds = time.perf_counter() - started
                if not report.startup_seconds:
                    report.startup_seconds, report.startup_documents = report.seconds, report.documents
                bar.advance(n_inputs, report)
    finally:
        report.seconds = time.perf_counter() - started
        if own_kb:
            kb.close()
    return report


def _run_inline(parts, settings, snapshot, extract_fn, read_fn):
    for part in parts:
        yield len(part), extract_partition(part, settings, snapshot, extract_fn, read_fn)


def _run_dask(parts, settings, snapshot, extract_fn, read_fn, workers, scheduler):
    """(inputs done, records) per partition, as partitions complete, with a bounded queue of tasks
    so that an archive of millions of files never sits in the scheduler's memory at once."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=40)
        client = Client(cluster)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        [snap] = client.scatter([snapshot], broadcast=True)
        pending = iter(parts)
        sizes = {}

        def submit(part):
            fut = client.submit(extract_partition, part, settings, snap, extract_fn, read_fn, pure=False)
            sizes[fut.key] = len(part)
            return fut

        window = [submit(p) for _, p in zip(range(n_workers * 4), pending)]
        done = as_completed(window, with_results=True)
        for fut, records in done:
            nxt = next(pending, None)
            if nxt is not None:
                done.add(submit(nxt))
            yield sizes.pop(fut.key), records
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class _Progress:
    """A rich progress bar with documents per second, or nothing."""

    def __init__(self, enabled: bool, total: int):
        self.enabled, self.total = enabled, total

    def __enter__(self):
        if self.enabled:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)
            from rich.console import Console
            self.bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[docs]} docs, {task.fields[rate]} docs/s"),
                                TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True),
                                transient=True)
            self.bar.__enter__()
            self.task = self.bar.add_task("extract", total=self.total, docs=0, rate="-")
        return self

    def advance(self, n: int, report: BatchReport) -> None:
        if self.enabled:
            self.bar.update(self.task, advance=n, docs=report.documents, rate=f"{report.docs_per_second:.1f}")

    def __exit__(self, *exc) -> None:
        if self.enabled:
            self.bar.__exit__(*exc)
