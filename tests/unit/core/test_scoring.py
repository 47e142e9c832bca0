"""Prioritisation scores with published numbers; unscored items are None and sort last."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core.entities import Plan, RoadmapItem, ScoringModel
from pmdesk.core.plandata import PlanData
from pmdesk.core.scoring import (
    ICE_AVERAGE,
    ScoringConfig,
    format_score,
    input_value,
    missing_inputs,
    score,
    score_item,
    sort_key,
    value_and_effort,
)


def rice_inputs(reach, impact, confidence, effort):
    return {"reach": reach, "impact": impact, "confidence": confidence, "effort": effort}


@pytest.mark.parametrize(
    "inputs, expected",
    [((500, 2, 0.8, 4), 200), ((100, 1, 0.8, 1), 80), ((100, 3, 0.8, 1), 240)],
)
def test_rice_published_numbers(inputs, expected):
    assert score("RICE", rice_inputs(*inputs)) == pytest.approx(expected)


def test_wsjf_published_number():
    inputs = {"business_value": 7, "time_criticality": 9, "risk_reduction": 5, "job_size": 2}
    assert score("WSJF", inputs) == pytest.approx(10.5)


def test_ice_product_and_average():
    inputs = {"impact": 8, "confidence": 6, "ease": 3}
    assert score("ICE", inputs) == pytest.approx(144)
    average = score("ICE", inputs, ScoringConfig(ice_mode=ICE_AVERAGE))
    assert average == pytest.approx(5.6667, abs=1e-4)
    assert format_score(average) == "5.67"


def test_ice_mode_comes_from_plan_settings():
    data = PlanData(Plan(settings={"roadmap": {"ice_mode": "average"}}))
    item = RoadmapItem(
        id=1, framework="ICE", score_inputs={"impact": 8, "confidence": 6, "ease": 3}
    )
    assert score_item(item, ScoringConfig.from_plan(data)) == pytest.approx(17 / 3)


def test_value_effort():
    assert score("VALUE_EFFORT", {"value": 9, "effort": 3}) == 3


@pytest.mark.parametrize(
    "framework, inputs",
    [
        ("RICE", rice_inputs(500, 2, 0.8, 0)),
        ("RICE", {"reach": 500, "impact": 2, "confidence": 0.8}),
        ("RICE", {"reach": 500, "impact": 2, "confidence": None, "effort": 1}),
        ("WSJF", {"business_value": 7, "time_criticality": 9, "risk_reduction": 5, "job_size": 0}),
        ("WSJF", {"business_value": 7, "time_criticality": 9, "job_size": 2}),
        ("ICE", {"impact": 8, "confidence": 6}),
        ("VALUE_EFFORT", {"value": 3, "effort": 0}),
        ("CUSTOM", {"a": 1}),  # no custom formula in the plan
        ("NONSENSE", {"a": 1}),
    ],
)
def test_missing_inputs_or_zero_effort_are_unscored(framework, inputs):
    assert score(framework, inputs) is None


def test_unscored_sorts_last_in_both_directions():
    scores = [3.0, None, 10.0, None, -1.0]
    assert sorted(scores, key=sort_key) == [10.0, 3.0, -1.0, None, None]
    assert sorted(scores, key=lambda v: sort_key(v, descending=False)) == [
        -1.0,
        3.0,
        10.0,
        None,
        None,
    ]


def test_format_score():
    assert format_score(None) == "—"
    assert format_score(200.0) == "200"
    assert format_score(10.5) == "10.5"
    assert format_score(12000.0) == "12,000"


def test_custom_formula_from_scoring_model():
    data = PlanData()
    data.add(
        ScoringModel(
            id=1,
            name="Weighted",
            framework="CUSTOM",
            formula="(value * 2 + strategic) / max(effort, 1)",
            criteria=["value"],
        )
    )
    config = ScoringConfig.from_plan(data)
    assert config.criteria == ["value", "effort", "strategic"]
    item = RoadmapItem(
        id=1, framework="CUSTOM", score_inputs={"value": 5, "strategic": 2, "effort": 4}
    )
    assert score_item(item, config) == pytest.approx(3.0)
    partial = RoadmapItem(id=2, framework="CUSTOM", score_inputs={"value": 5})
    assert score_item(partial, config) is None
    assert missing_inputs(partial, config) == ["effort", "strategic"]


def test_broken_custom_formula_is_reported_not_raised():
    data = PlanData()
    data.add(ScoringModel(id=1, framework="CUSTOM", formula="value +* 2"))
    config = ScoringConfig.from_plan(data)
    assert config.formula is None and "position" in config.formula_error
    assert score("CUSTOM", {"value": 1}, config) is None


def test_value_and_effort_per_framework():
    rice_item = RoadmapItem(id=1, framework="RICE", score_inputs=rice_inputs(500, 2, 0.8, 4))
    assert value_and_effort(rice_item) == pytest.approx((800, 4))
    wsjf_item = RoadmapItem(
        id=2,
        framework="WSJF",
        score_inputs={
            "business_value": 7,
            "time_criticality": 9,
            "risk_reduction": 5,
            "job_size": 2,
        },
    )
    assert value_and_effort(wsjf_item) == (21, 2)
    assert value_and_effort(RoadmapItem(id=3, framework="RICE")) is None


positive = st.floats(min_value=0.01, max_value=1e6, allow_nan=False)


@settings(max_examples=100, deadline=None)
@given(positive, positive, st.floats(min_value=0, max_value=1), positive)
def test_rice_grows_with_reach_and_shrinks_with_effort(reach, impact, confidence, effort):
    base = score("RICE", rice_inputs(reach, impact, confidence, effort))
    assert score("RICE", rice_inputs(reach * 2, impact, confidence, effort)) == pytest.approx(
        base * 2
    )
    assert score("RICE", rice_inputs(reach, impact, confidence, effort * 2)) == pytest.approx(
        base / 2
    )


def test_inputs_that_are_not_numbers_are_missing_not_errors():
    item = RoadmapItem(
        id=1,
        framework="RICE",
        score_inputs={"reach": "lots", "impact": 2, "confidence": float("nan"), "effort": "4"},
    )
    assert input_value(item.score_inputs, "reach") is None
    assert input_value(item.score_inputs, "confidence") is None
    assert input_value(item.score_inputs, "effort") == 4.0
    assert score_item(item) is None
    assert missing_inputs(item) == ["reach", "confidence"]


def test_a_4000_digit_input_is_not_a_number_it_can_score():
    from pmdesk.core.scoring import input_value, score

    huge = int("9" * 4000)
    for value in (huge, -huge, "9" * 4000, float("inf")):
        assert input_value({"reach": value}, "reach") is None
        assert score("RICE", {"reach": value, "impact": 1, "confidence": 1, "effort": 1}) is None


def test_percentage_inputs_are_read_and_shown_as_percentages():
    from pmdesk.core.scoring import ScoreInputError, format_input, read_input

    assert read_input("RICE", "confidence", "80") == pytest.approx(0.8)
    assert read_input("rice", "confidence", "80 %") == pytest.approx(0.8)
    assert read_input("RICE", "confidence", "") is None
    assert format_input("RICE", "confidence", 0.8) == "80%"
    assert read_input("ICE", "confidence", "7") == 7  # ICE's confidence is a 1-10 rating
    assert format_input("ICE", "confidence", 7) == "7"
    for text, says in (
        ("101", "from 0 to 100%"),
        ("-1%", "from 0 to 100%"),
        ("nan", "not a number"),
    ):
        with pytest.raises(ScoreInputError, match=says):
            read_input("RICE", "confidence", text)


def test_a_4000_digit_typed_input_is_refused_in_a_short_sentence():
    from pmdesk.core.scoring import ScoreInputError, read_input

    with pytest.raises(ScoreInputError) as caught:
        read_input("RICE", "reach", "9" * 4000)
    assert len(str(caught.value)) < 120 and "not a number" in str(caught.value)
