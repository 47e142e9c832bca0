"""The custom-formula parser: its grammar, its refusals, and that it never runs code."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core.errors import PmdeskError
from pmdesk.core.expression import MAX_DEPTH, Expression, ParseError, parse


@pytest.mark.parametrize(
    "text, values, expected",
    [
        ("1 + 2 * 3", {}, 7),
        ("(1 + 2) * 3", {}, 9),
        ("2 ^ 3 ^ 2", {}, 512),  # right-associative
        ("-2 ^ 2", {}, -4),  # unary minus binds looser than ^
        ("2 ^ -1", {}, 0.5),
        ("--3", {}, 3),
        ("+4 - -1", {}, 5),
        ("10 / 4", {}, 2.5),
        (
            "reach * impact * confidence / effort",
            {"reach": 500, "impact": 2, "confidence": 0.8, "effort": 4},
            200,
        ),
        ("min(3, a, 7)", {"a": 1}, 1),
        ("max(3, a, 7)", {"a": 10}, 10),
        ("sqrt(16) + abs(-2)", {}, 6),
        ("log(e_)", {"e_": math.e}, 1),
        ("log(8, 2)", {}, 3),
        ("1.5e2 + .5", {}, 150.5),
        ("value/effort", {"value": 9, "effort": 3}, 3),
    ],
)
def test_evaluates(text, values, expected):
    assert parse(text).evaluate(values) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text, values",
    [
        ("a / b", {"a": 1, "b": 0}),  # division by zero
        ("a + 1", {}),  # missing input
        ("a + 1", {"a": None}),
        ("sqrt(-1)", {}),
        ("log(0)", {}),
        ("(-8) ^ 0.5", {}),
        ("10 ^ 400", {}),  # overflow
    ],
)
def test_undefined_results_are_none_not_zero(text, values):
    assert parse(text).evaluate(values) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "1 +",
        "(1 + 2",
        "1 + 2)",
        "2 ** 3",
        "__import__('os')",
        "a.b",
        "open(1)",
        "sqrt",
        "sqrt()",
        "abs(1, 2)",
        "1 2",
        "a[0]",
        "lambda: 1",
        "x = 1",
        "1; 2",
        "'text'",
        "(" * (MAX_DEPTH + 1) + "1" + ")" * (MAX_DEPTH + 1),
        "+".join("1" * 500),
    ],
)
def test_rejects_what_is_not_in_the_grammar(text):
    with pytest.raises(ParseError):
        parse(text)


def test_parse_error_is_a_user_error_with_a_position():
    with pytest.raises(PmdeskError, match="position 3"):
        parse("1 $ 2")


def test_names_are_collected():
    assert Expression("max(a, b) * c / sqrt(d)").names == {"a", "b", "c", "d"}


ALPHABET = "0123456789.eE+-*/^(),_ abcdlogqrtminax\t\n$#[]'\"=:;!@%&|<>{}~`?\\"


@settings(max_examples=100, deadline=None)
@given(
    st.one_of(st.text(max_size=80), st.text(alphabet=ALPHABET, max_size=80)),
    st.dictionaries(
        st.sampled_from(list("abcdex")), st.floats(allow_nan=True, allow_infinity=True)
    ),
)
def test_random_strings_give_a_number_or_a_parse_error(text, values):
    try:
        expression = parse(text)
    except ParseError:
        return
    result = expression.evaluate(values)
    assert result is None or (isinstance(result, float) and math.isfinite(result))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz_().", min_size=1, max_size=40))
def test_python_like_code_never_runs(text):
    """Attribute access and unknown calls are refused; a bare name is only a lookup of an input."""
    try:
        expression = parse(text)
    except ParseError:
        return
    assert "." not in text
    assert all(name.isidentifier() for name in expression.names)
    if expression.names:  # names resolve only through the values given, never through Python
        assert expression.evaluate({}) is None
        assert expression.evaluate({"__builtins__": 1.0, "os": 1.0}) is None or not (
            expression.names - {"__builtins__", "os"}
        )
