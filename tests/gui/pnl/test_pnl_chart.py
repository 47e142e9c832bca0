"""The P&L chart as a pure function: bars per period, the cumulative cash line, break-even."""

from pmdesk.charts.pnl import amount_tick, pnl_figure


def test_bars_line_and_break_even():
    figure = pnl_figure(
        ["Q1 2027", "Q2 2027", "Q3 2027"],
        [0.0, 500.0, 900.0],
        [400.0, 300.0, 300.0],
        [-400.0, -200.0, 400.0],
        "EUR",
        "Revenue vs cost",
        break_even=1,
    )
    axes = figure.axes[0]
    assert len(axes.patches) == 6  # a revenue and a cost bar per period
    assert [bar.get_height() for bar in axes.patches[:3]] == [0.0, 500.0, 900.0]
    [cash] = [line for line in axes.lines if line.get_label() == "Cumulative cash"]
    assert list(cash.get_ydata()) == [-400.0, -200.0, 400.0]
    assert any(list(line.get_xdata()) == [1, 1] for line in axes.lines)  # the break-even mark
    assert [t.get_text() for t in axes.get_xticklabels()] == ["Q1\n2027", "Q2\n2027", "Q3\n2027"]
    assert axes.get_ylabel() == "EUR"


def test_many_periods_name_every_nth():
    labels = [f"M{n} 2027" for n in range(60)]
    figure = pnl_figure(labels, [1.0] * 60, [1.0] * 60, [0.0] * 60)
    assert len(figure.axes[0].get_xticklabels()) == 20


def test_no_periods_says_so():
    figure = pnl_figure([], [], [], [])
    assert "no periods" in figure.axes[0].texts[0].get_text()


def test_axis_amounts():
    assert amount_tick(1_500_000) == "1.5M"
    assert amount_tick(-25_000) == "\u221225k"
    assert amount_tick(900) == "900"
