"""What is painted rather than put on widgets, in Bahasa Indonesia: the Gantt's timescale,
the charts' labels and ticks, the timeline's corner; and back to English afterwards."""

from __future__ import annotations

from datetime import datetime

from pmdesk.charts.pnl import amount_tick, pnl_figure
from pmdesk.gantt.timegrid import Unit, label_for

MONDAY = datetime(2026, 10, 5)


def timescale() -> list[str]:
    return [
        label_for(Unit.DAY, MONDAY, 80),
        label_for(Unit.WEEK, MONDAY, 200),
        label_for(Unit.WEEK, MONDAY, 40),
        label_for(Unit.MONTH, MONDAY, 120),
        label_for(Unit.MONTH, MONDAY, 40),
        label_for(Unit.QUARTER, MONDAY, 80),
        label_for(Unit.DECADE, datetime(2020, 1, 1), 80),
    ]


def test_timescale_labels_follow_the_language(speak):
    speak("en")
    assert timescale() == [
        "Mon 5 Oct",
        "Week 41, 5 Oct 2026",
        "W41",
        "October 2026",
        "Oct",
        "Q4 2026",
        "2020s",
    ]
    speak("id")
    assert timescale() == [
        "Sen 5 Okt",
        "Minggu 41, 5 Okt 2026",
        "M41",
        "Oktober 2026",
        "Okt",
        "K4 2026",
        "2020-an",
    ]
    speak("en")
    assert timescale()[3] == "October 2026"


def texts(figure) -> set[str]:
    figure.canvas.draw()
    found = set()
    for axes in figure.axes:
        found |= {axes.get_title(loc="left"), axes.get_ylabel(), axes.get_xlabel()}
        found |= {t.get_text() for t in axes.get_xticklabels() + axes.get_yticklabels()}
        found |= {t.get_text() for t in axes.texts}
        found |= {line.get_label() for line in axes.get_lines() + list(axes.containers)}
    for legend in figure.legends:
        found |= {t.get_text() for t in legend.get_texts()}
    return found - {""}


def test_charts_speak_indonesian(speak):
    speak("id")
    assert amount_tick(1_250_000) in ("1,2 juta", "1,3 juta")
    assert amount_tick(-350_000) == "\u2212350 ribu"
    assert amount_tick(5_000_000_000) == "5 miliar"
    pnl = texts(
        pnl_figure(["K1 2027", "K2 2027"], [0.0, 2e6], [1e6, 1e6], [-1e6, 0.0], "IDR", break_even=1)
    )
    assert {
        "Pendapatan vs biaya",
        "Pendapatan",
        "Biaya",
        "Kas kumulatif",
        "titik impas operasional",
    } <= pnl
    # The Risk view hands its charts their words in the interface language (risk/charts.py).


def test_charts_in_english_keep_their_words(speak):
    speak("en")
    assert amount_tick(1_250_000) == "1.2M" and amount_tick(350_000) == "350k"
    assert "Revenue" in texts(pnl_figure(["Q1 2027"], [1.0], [1.0], [0.0]))


def test_roadmap_timeline_periods_follow_the_language(speak):
    from datetime import date

    from pmdesk.core.roadmap import periods

    def labels():
        months = [p.label for p in periods(date(2026, 10, 1), date(2027, 5, 1))]
        quarters = [p.label for p in periods(date(2026, 10, 1), date(2026, 12, 1), "quarter")]
        fiscal = periods(date(2026, 10, 1), date(2026, 12, 1), "quarter", fy_start_month=7)
        return months[0], months[2], months[-1], quarters[0], fiscal[0].label

    speak("en")
    assert labels() == ("Oct 2026", "Dec 2026", "May 2027", "Q4 2026", "Q2 FY27")
    speak("id")
    assert labels() == ("Okt 2026", "Des 2026", "Mei 2027", "K4 2026", "K2 TA27")
