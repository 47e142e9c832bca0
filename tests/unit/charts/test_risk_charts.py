"""The schedule risk charts as pure functions: histogram + S-curve, tornado."""

from datetime import datetime

import numpy as np
from matplotlib.dates import date2num

from pmdesk.charts.risk import finish_figure, tornado_figure


def test_finish_histogram_s_curve_and_marks():
    days = date2num(datetime(2027, 3, 1)) + np.array([0, 1, 1, 2, 2, 2, 3, 10])
    planned = datetime(2027, 3, 2)
    marks = {50: datetime(2027, 3, 3), 80: datetime(2027, 3, 4)}
    figure = finish_figure(days, planned, marks, "Finish")
    bars, curve = figure.axes
    shares = [bar.get_height() for bar in bars.patches]
    assert abs(sum(shares) - 1.0) < 1e-9 and len(shares) == 10  # one bar per day
    [line] = curve.lines
    assert list(line.get_ydata()) == [(i + 1) / 8 for i in range(8)]  # the S-curve
    texts = [t.get_text() for t in bars.texts]
    assert texts == ["Planned\n2027-03-02", "P50\n2027-03-03", "P80\n2027-03-04"]


def test_a_long_spread_is_binned_by_week():
    days = date2num(datetime(2027, 1, 1)) + np.arange(0, 120, 3)
    figure = finish_figure(days, None, {})
    widths = {round(bar.get_width(), 6) for bar in figure.axes[0].patches}
    assert widths == {6.3}


def test_tornado_orders_the_largest_on_top_and_says_when_empty():
    figure = tornado_figure(["Sync", "Docs", "Test"], [0.7, -0.1, 0.3])
    bars = figure.axes[0].patches
    assert [round(b.get_width(), 2) for b in bars] == [0.3, -0.1, 0.7]  # drawn bottom-up
    empty = tornado_figure([], [])
    assert "No task varies" in empty.axes[0].texts[0].get_text()
