"""Set expressions: the grammar (precedence, left associativity, parentheses), hyphenated names
against the difference operator, helpful errors, and the algebra evaluated on the shipped
reference data."""

from __future__ import annotations

import pytest

from blocwatch.errors import ExpressionError, InputError, UnknownNameError
from blocwatch.reason.setexpr import Name, Op, evaluate, names, parse, tokenize

KNOWN = {"CIS", "CSTO", "EAEU", "SCO", "former-soviet", "baltic-states", "central-asia"}


def known(word: str) -> bool:
    return word in KNOWN


def codes(bw, expr: str, at: str, statuses="member,associate") -> set[str]:
    return {m.state for m in bw.members(expr, at, statuses)}


# ------------------------------------------------------------------ grammar
def test_a_name_alone_is_a_leaf():
    assert parse("CIS", known) == Name("CIS")


def test_intersection_binds_tighter_than_difference_and_union():
    assert parse("CIS - CSTO & EAEU", known) == Op("-", Name("CIS"), Op("&", Name("CSTO"), Name("EAEU")))
    assert parse("CSTO & EAEU | SCO", known) == Op("|", Op("&", Name("CSTO"), Name("EAEU")), Name("SCO"))


def test_difference_and_union_are_left_associative():
    assert parse("CIS - CSTO - EAEU", known) == Op("-", Op("-", Name("CIS"), Name("CSTO")), Name("EAEU"))
    assert parse("CIS - CSTO | EAEU", known) == Op("|", Op("-", Name("CIS"), Name("CSTO")), Name("EAEU"))


def test_parentheses_override_precedence():
    assert parse("(CIS - CSTO) & EAEU", known) == Op("&", Op("-", Name("CIS"), Name("CSTO")), Name("EAEU"))
    assert parse("former-soviet - (CIS | CSTO)", known) == Op(
        "-", Name("former-soviet"), Op("|", Name("CIS"), Name("CSTO")))


def test_spaces_are_optional_around_operators():
    assert parse("CIS|CSTO&EAEU", known) == parse("CIS | CSTO & EAEU", known)
    assert parse("(CIS)", known) == Name("CIS")


def test_names_lists_every_leaf_in_order():
    assert names(parse("former-soviet - (CIS | CSTO) & EAEU", known)) == ["former-soviet", "CIS", "CSTO", "EAEU"]


# ------------------------------------------------------------------ hyphens
def test_a_hyphenated_known_name_stays_one_name():
    assert tokenize("former-soviet", known) == ["former-soviet"]
    assert tokenize("baltic-states | CIS", known) == ["baltic-states", "|", "CIS"]


def test_a_hyphen_between_known_names_is_a_difference():
    assert tokenize("CIS-CSTO", known) == ["CIS", "-", "CSTO"]
    assert parse("CIS-CSTO", known) == parse("CIS - CSTO", known)


def test_a_hyphenated_name_followed_by_a_hyphen_and_a_name_is_a_difference():
    assert tokenize("former-soviet-CSTO", known) == ["former-soviet", "-", "CSTO"]
    assert tokenize("former-soviet-CIS-CSTO", known) == ["former-soviet", "-", "CIS", "-", "CSTO"]


def test_a_hyphenated_word_with_unknown_parts_is_left_whole_for_the_name_check():
    assert tokenize("post-soviet", known) == ["post-soviet"]
    assert tokenize("CIS-XYZ", known) == ["CIS-XYZ"]


# ------------------------------------------------------------------ errors
@pytest.mark.parametrize("expr, words", [
    ("CIS | | CSTO", ["Unexpected '|'", "name or '('"]),
    ("CIS -", ["ends where a name"]),
    ("& CIS", ["Unexpected '&'"]),
    ("(CIS | CSTO", ["Missing ')'"]),
    ("CIS | CSTO)", ["Unexpected ')'"]),
    ("CIS CSTO", ["Unexpected 'CSTO'"]),
    ("()", ["Unexpected ')'"]),
    ("", ["Empty set expression"]),
    ("   ", ["Empty set expression"]),
])
def test_malformed_expressions_raise_expression_error_naming_the_problem(expr, words):
    with pytest.raises(ExpressionError) as e:
        parse(expr, known)
    for w in words:
        assert w in str(e.value)
    assert isinstance(e.value, InputError) and e.value.exit_code == 2


# ------------------------------------------------------------------ evaluation
def test_evaluate_union_keeps_the_left_operands_value_on_overlap():
    sets = {"A": {"AM": "a", "BY": "a"}, "B": {"BY": "b", "KZ": "b"}}
    tree = parse("A | B")
    assert evaluate(tree, sets.__getitem__) == {"AM": "a", "BY": "a", "KZ": "b"}
    assert evaluate(parse("A & B"), sets.__getitem__) == {"BY": "a"}
    assert evaluate(parse("A - B"), sets.__getitem__) == {"AM": "a"}
    assert evaluate(parse("B - A"), sets.__getitem__) == {"KZ": "b"}


# ------------------------------------------------------------------ on the reference data
def test_cis_minus_csto_on_the_day_of_the_moscow_meeting(bw):
    # Turkmenistan is an associate of the CIS, and associates count by default.
    assert codes(bw, "CIS - CSTO", "2018-11-21") == {"AZ", "MD", "TM", "UZ"}


def test_associates_do_not_count_when_only_members_are_asked_for(bw):
    assert codes(bw, "CIS - CSTO", "2018-11-21", "member") == {"AZ", "MD", "UZ"}


def test_former_soviet_states_outside_cis_and_csto(bw):
    assert codes(bw, "former-soviet - (CIS | CSTO)", "2018-11-21") == {"EE", "GE", "LT", "LV", "UA"}


def test_without_parentheses_the_difference_is_taken_first(bw):
    # (former-soviet - CIS) | CSTO: the CSTO members come back in.
    got = codes(bw, "former-soviet - CIS | CSTO", "2018-11-21")
    assert got == {"EE", "GE", "LT", "LV", "UA"} | codes(bw, "CSTO", "2018-11-21")
    assert "RU" in got


def test_intersection_of_csto_and_eaeu(bw):
    assert codes(bw, "CSTO & EAEU", "2018-11-21") == {"AM", "BY", "KG", "KZ", "RU"}


def test_intersection_binds_before_difference_on_real_data(bw):
    assert codes(bw, "CIS - CSTO & EAEU", "2018-11-21") == {"AZ", "MD", "TJ", "TM", "UZ"}
    assert codes(bw, "(CIS - CSTO) & EAEU", "2018-11-21") == set()


def test_hyphen_without_spaces_is_the_same_difference(bw):
    assert codes(bw, "CIS-CSTO", "2018-11-21") == codes(bw, "CIS - CSTO", "2018-11-21")
    assert codes(bw, "former-soviet-CSTO", "2018-11-21") == codes(bw, "former-soviet - CSTO", "2018-11-21")


def test_names_are_case_insensitive(bw):
    assert codes(bw, "cis - csto", "2018-11-21") == {"AZ", "MD", "TM", "UZ"}


def test_a_group_is_its_listed_states_at_any_date(bw):
    assert codes(bw, "baltic-states", "1995") == {"EE", "LV", "LT"}
    assert len(codes(bw, "former-soviet", "2018-11-21")) == 15


def test_a_state_code_is_a_one_state_set(bw):
    assert codes(bw, "CSTO & AM", "2018-11-21") == {"AM"}
    assert codes(bw, "CSTO - AM", "2018-11-21") == {"BY", "KG", "KZ", "RU", "TJ"}


def test_union_records_each_states_status_per_organization(bw):
    rows = {m.state: m for m in bw.members("CIS | CSTO", "2018-11-21")}
    assert rows["TM"].memberships == {"CIS": "associate"}
    assert rows["AM"].memberships == {"CIS": "member", "CSTO": "member"}


def test_an_unknown_name_in_an_expression_is_named_with_suggestions(bw):
    with pytest.raises(UnknownNameError) as e:
        bw.members("CIS - CTSO", "2018-11-21")
    assert e.value.name == "CTSO"
    assert "CSTO" in e.value.suggestions
