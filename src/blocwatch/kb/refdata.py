"""Reading the curated reference data (YAML files in `blocwatch/data/`) into entities and facts.

The format is documented in `data/SCHEMA.md`. Every fact cites a source; an entry that names an
unknown source, state, organization or person is a bug in the data and stops the load with the
file and entry named.
"""

from __future__ import annotations

import re

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import yaml

from ..errors import ReferenceDataError
from ..model import Entity, Evidence, Fact, Link, PartialDate, Source

LOADER_VERSION = "2"  # 2: capitals of all states are places
REF = "ref:"


def data_dir() -> Path:
    return Path(str(resources.files("blocwatch") / "data"))


@dataclass
class ReferenceData:
    entities: list[Entity] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    hash: str = ""


def data_hash(folder: Path | None = None) -> str:
    """A hash of the data files and the loader version: reload when it changes."""
    h = hashlib.sha256(LOADER_VERSION.encode())
    for path in sorted((folder or data_dir()).glob("*.yaml")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def read_sections(folder: Path | None = None) -> tuple[dict[str, list[tuple[str, Any]]], str]:
    """Every top-level section of every YAML file, tagged with its file name, and a content hash."""
    folder = folder or data_dir()
    sections: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    for path in sorted(folder.glob("*.yaml")):
        raw = path.read_bytes()
        try:
            doc = yaml.safe_load(raw) or {}
        except yaml.YAMLError as e:
            raise ReferenceDataError(f"{path.name}: not valid YAML: {e}") from e
        if not isinstance(doc, dict):
            raise ReferenceDataError(f"{path.name}: expected sections at the top level")
        for name, items in doc.items():
            for item in items or []:
                sections[name].append((path.name, item))
    return sections, data_hash(folder)


def _date(where: str, value: Any) -> PartialDate | None:
    try:
        return PartialDate.parse_opt(value)
    except Exception as e:  # DateError, with the entry named
        raise ReferenceDataError(f"{where}: {e}") from e


def load(folder: Path | None = None) -> ReferenceData:
    sections, digest = read_sections(folder)
    out = ReferenceData(hash=digest)
    src_ids: set[str] = set()
    for fname, s in sections["sources"]:
        out.sources.append(Source(REF + s["id"], "reference", s.get("title") or s["id"], s.get("url"),
                                  s.get("publisher"), None, str(s.get("accessed") or "") or None))
        src_ids.add(s["id"])

    def ev(where: str, item: dict) -> tuple[Evidence, ...]:
        sid = item.get("source")
        sids = sid if isinstance(sid, list) else [sid]
        for one in sids:
            if one not in src_ids:
                raise ReferenceDataError(f"{where}: source {one!r} is not defined in any sources: section")
        return tuple(Evidence(source_id=REF + one, text=item.get("note"), extractor="reference") for one in sids)

    # States: codes and names from pycountry, extra names from states.yaml.
    extra = {item["code"]: item for _, item in sections["states"]}
    state_codes = set()
    for c in pycountry.countries:
        x = extra.get(c.alpha_2, {})
        name = getattr(c, "common_name", None) or c.name
        names = {c.name, getattr(c, "official_name", c.name), name, *x.get("aliases", []),
                 *x.get("demonyms", []), *x.get("metonyms", [])}
        name = x.get("name", name)
        names.discard(name)
        out.entities.append(Entity(f"state:{c.alpha_2}", "state", name, tuple(sorted(names)), {
            "alpha3": c.alpha_3, "demonyms": x.get("demonyms", []), "metonyms": x.get("metonyms", []),
            "capital": x.get("capital")}))
        state_codes.add(c.alpha_2)

    def state(where: str, code: str) -> str:
        if code not in state_codes:
            raise ReferenceDataError(f"{where}: {code!r} is not an ISO 3166-1 alpha-2 code")
        return f"state:{code}"

    for fname, g in sections["groups"]:
        where = f"{fname}: group {g.get('id')}"
        members = [state(where, m) for m in g.get("members", [])]
        out.entities.append(Entity(f"group:{g['id']}", "group", g.get("name", g["id"]), tuple(g.get("aliases", [])),
                                   {"members": members, "sources": [REF + s for s in _list(g.get("source"))]}))
        ev(where, g)

    place_ids = set()
    for fname, p in sections["places"]:
        where = f"{fname}: place {p.get('id')}"
        out.entities.append(Entity(f"place:{p['id']}", "place", p["name"], tuple(p.get("aliases", [])),
                                   {"state": state(where, p["state"]) if p.get("state") else None}))
        place_ids.add(p["id"])
    # every state's capital is a place too ("Tehran's request"), unless listed above
    place_names = {e.name for e in out.entities if e.kind == "place"}
    for code, x in extra.items():
        cap = x.get("capital")
        pid = re.sub(r"[^a-z0-9]+", "-", cap.lower()).strip("-") if cap else None
        if cap and cap not in place_names and pid not in place_ids and code in state_codes:
            out.entities.append(Entity(f"place:{pid}", "place", cap, (), {"state": f"state:{code}"}))
            place_ids.add(pid)

    org_ids = set()
    charters = {c["org"]: c for _, c in sections["charters"]}
    for fname, o in sections["organizations"]:
        where = f"{fname}: organization {o.get('id')}"
        oid = o["id"]
        org_ids.add(oid)
        charter = charters.get(oid, {})
        out.entities.append(Entity(f"org:{oid}", "org", o["name"], tuple(dict.fromkeys([oid, *o.get("aliases", [])])), {
            "founded": o.get("founded"), "predecessor": o.get("predecessor"), "wikidata": o.get("wikidata"),
            "charter": charter, "sources": [REF + s for s in _list(o.get("source"))]}))
        for b in o.get("bodies", []) or []:
            out.entities.append(Entity(f"body:{oid}/{b['id']}", "body", b["name"], tuple(b.get("aliases", [])),
                                       {"org": f"org:{oid}", "level": b.get("level")}))
        for f in o.get("offices", []) or []:
            out.entities.append(Entity(f"office:{oid}/{f['id']}", "office", f["name"], tuple(f.get("aliases", [])),
                                       {"org": f"org:{oid}"}))

    def org(where: str, oid: str) -> str:
        if oid not in org_ids:
            raise ReferenceDataError(f"{where}: organization {oid!r} is not defined in organizations:")
        return f"org:{oid}"

    def org_or_state(where: str, key: str) -> str:
        return org(where, key) if key in org_ids else state(where, key)

    for fname, m in sections["memberships"]:
        where = f"{fname}: membership {m.get('org')}/{m.get('state')}"
        out.facts.append(Fact("membership", state(where, m["state"]), org(where, m["org"]), m["status"],
                              *_interval(where, m),
                              attrs={"note": m.get("note")} if m.get("note") else {},
                              evidence=ev(where, m)))

    person_ids = set()
    for fname, p in sections["people"]:
        where = f"{fname}: person {p.get('id')}"
        out.entities.append(Entity(f"person:{p['id']}", "person", p["name"], tuple(p.get("aliases", [])),
                                   {"state": state(where, p["state"]) if p.get("state") else None}))
        person_ids.add(p["id"])

    for fname, o in sections["offices"]:
        where = f"{fname}: office {o.get('person')}/{o.get('office')}"
        if o["person"] not in person_ids:
            raise ReferenceDataError(f"{where}: person {o['person']!r} is not defined in people:")
        acting = bool(o.get("acting"))
        start, end = _interval(where, o)
        seen = _date(where, o.get("attested"))
        if seen is not None:
            # An open bound next to an attestation is unknown, not open: hold only what is known.
            start = start or seen
            end = end or seen.following()
        out.facts.append(Fact("office", f"person:{o['person']}", org_or_state(where, o["of"]), o["office"],
                              start, end,
                              attrs={"acting": acting, "key": {"acting": acting}, **({"note": o["note"]} if o.get("note") else {})},
                              evidence=ev(where, o)))

    for fname, m in sections["meetings"]:
        where = f"{fname}: meeting {m.get('org')}/{m.get('body')}/{m.get('date')}"
        d = _date(where, m.get("date"))
        if d is None:
            raise ReferenceDataError(f"{where}: a meeting needs a date")
        o = org(where, m["org"])
        links = [Link("participant_state", state(where, c)) for c in m.get("participant_states", []) or []]
        place = m.get("place")
        if place:
            if place not in place_ids:
                raise ReferenceDataError(f"{where}: place {place!r} is not defined in places:")
            links.append(Link("place", f"place:{place}"))
        if m.get("host_state"):
            links.append(Link("host_state", state(where, m["host_state"])))
        out.facts.append(Fact("meeting", meeting_id(m["org"], m["body"], d), o, m["body"], d, d.following(),
                              attrs={"ordinal": m.get("ordinal"), "place": place, "date": d.iso(),
                                     "host_state": m.get("host_state"), "note": m.get("note")},
                              links=tuple(links), evidence=ev(where, m)))

    for fname, c in sections["chairmanships"]:
        where = f"{fname}: chairmanship {c.get('org')}/{c.get('state')}"
        out.facts.append(Fact("chairmanship", state(where, c["state"]), org(where, c["org"]), "chair",
                              *_interval(where, c),
                              attrs={"note": c.get("note")} if c.get("note") else {}, evidence=ev(where, c)))
    return out


def _interval(where: str, item: dict, start_key: str = "from", end_key: str = "to"):
    """[from, to) of an entry. A partial `to` that contains `from` ("from 2009-06-14 to 2009": it
    ended later that year) ends with its period; a `to` wholly before `from` is an error."""
    start, end = _date(where, item.get(start_key)), _date(where, item.get(end_key))
    if start and end and end.start <= start.start:
        if end.end > start.start:
            end = end.following()
        else:
            raise ReferenceDataError(f"{where}: ends ({end}) before it starts ({start})")
    return start, end


def meeting_id(org: str, body: str | None, date: PartialDate) -> str:
    return f"meeting:{org}/{body or 'meeting'}/{date.iso()}"


def _list(v) -> list:
    return [] if v is None else v if isinstance(v, list) else [v]
