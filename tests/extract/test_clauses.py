"""Shared clause helpers (extract/clauses.py), seen through the facts they lead to."""

from __future__ import annotations

import pytest

from . import article, extractor_for, facts_of


@pytest.fixture(scope="session")
def extractor(_built_kb):
    return extractor_for(str(_built_kb))


def members(extractor, body: str) -> set[str]:
    facts = facts_of(extractor.extract(article(body, published="2025-12-01")), "membership")
    return {f.subject for f in facts if f.value == "member"}


def test_a_group_followed_by_its_states_means_only_those_states(extractor):
    got = members(extractor, "The CSTO, set up in 2002, comprises Russia and the former Soviet republics "
                             "Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan.")
    assert got == {"state:RU", "state:AM", "state:BY", "state:KZ", "state:KG", "state:TJ"}


def test_a_group_then_a_comma_list_still_counts_as_the_whole_group(extractor):
    facts = facts_of(extractor.extract(article(
        "Nine states are full members of the CIS, while the three Baltic states, Georgia and Ukraine "
        "are outside it.", published="2025-12-01")), "membership")
    outside = {f.subject for f in facts if f.value == "non-member"}
    assert {"state:EE", "state:LV", "state:LT", "state:GE", "state:UA"} <= outside
