"""The domain lexicon (extract/lexicon.yaml) as an immutable object, with its compiled patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from importlib import resources

import yaml


@dataclass(frozen=True, eq=False)  # one object per extractor, hashed by identity: tables derived from it are cached per object
class Lexicon:
    titles: tuple[str, ...]
    state_titles: frozenset[str]
    org_titles: frozenset[str]
    acting_words: frozenset[str]
    meeting_nouns: tuple[str, ...]
    meeting_verbs: tuple[str, ...]
    participant_cues: tuple[str, ...]
    ordinals: dict
    numbers: dict
    not_names: frozenset[str]
    generic_orgs: dict

    @classmethod
    def load(cls) -> "Lexicon":
        raw = yaml.safe_load((resources.files("blocwatch.extract") / "lexicon.yaml").read_text(encoding="utf-8"))
        return cls(tuple(raw["titles"]), frozenset(raw["state_titles"]), frozenset(raw["org_titles"]),
                   frozenset(raw["acting_words"]), tuple(raw["meeting_nouns"]), tuple(raw["meeting_verbs"]),
                   tuple(raw["participant_cues"]), dict(raw["ordinals"]), dict(raw["numbers"]),
                   frozenset(raw["not_names"]), dict(raw.get("generic_orgs") or {}))

    @cached_property
    def title_re(self) -> re.Pattern:
        alts = sorted({t for t in self.titles}, key=len, reverse=True)
        # translated copy drops articles: "Chairman of Executive Committee" is the lexicon's title
        loose = [re.escape(t).replace(r"\ of\ the\ ", r"\s+of\s+(?:the\s+)?").replace(r"\ ", r"[\s\-]") for t in alts]
        # and name the body first: "Security Council Secretary" for "Secretary of the Security Council"
        loose += sorted({re.escape(f"{r} {h}") for h, r in (t.split(" of the ", 1) for t in alts if " of the " in t)
                         if len(h.split()) == 1}, key=len, reverse=True)
        # "Prime-Minister", "vice-premier": translated copy hyphenates titles
        return re.compile(r"(?:(?<![\w-])|(?<=[Vv]ice-)|(?<=[Dd]eputy-))(?:" + "|".join(loose) + r")(?:s)?(?![\w-])", re.I)

    @cached_property
    def acting_re(self) -> re.Pattern:
        """Any acting word as a whole word (each word read as a pattern between word boundaries)."""
        return re.compile("|".join(rf"(?:\b{w}\b)" for w in sorted(self.acting_words)))

    @cached_property
    def meeting_re(self) -> re.Pattern:
        nouns = "|".join(re.escape(n) for n in self.meeting_nouns)
        verbs = "|".join(re.escape(v) for v in self.meeting_verbs)
        return re.compile(rf"\b(?:(?P<noun>(?:{nouns})s?)|(?P<verb>{verbs}))\b", re.I)

    @cached_property
    def generic_org_re(self) -> re.Pattern:
        words = "|".join(re.escape(w) for w in sorted(self.generic_orgs, key=len, reverse=True))
        # "the alliance", "the Moscow-led bloc", "the Kremlin-backed security bloc"
        return re.compile(rf"\b(?:the|its|this|that)\s+(?:(?:[A-Z][\w]*-(?:led|backed|dominated|centred|centered|based)|"
                          rf"[a-z]+-(?:nation|member|country|state|strong))\s+)?"
                          rf"(?P<word>{words})(?:['’]s)?\b", re.I)

    @cached_property
    def participant_re(self) -> re.Pattern:
        return re.compile(r"(?:" + "|".join(re.escape(c) for c in self.participant_cues) + r")", re.I)

    @cached_property
    def ordinal_re(self) -> re.Pattern:
        words = "|".join(sorted(self.ordinals, key=len, reverse=True))
        return re.compile(rf"\b(?:(?P<num>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{words}))\b", re.I)

    def ordinal_value(self, m: re.Match) -> int:
        return int(m.group("num")) if m.group("num") else self.ordinals[m.group("word").lower()]

    def is_state_title(self, title: str) -> bool:
        low = title.lower()
        return any(t.lower() in low for t in self.state_titles)

    def is_org_title(self, title: str) -> bool:
        low = title.lower().replace("-", " ")
        return any(t.lower().replace("-", " ") in low for t in self.org_titles)
