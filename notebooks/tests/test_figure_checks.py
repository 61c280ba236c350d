"""What figure_checks catches, on real matplotlib figures drawn with the Agg renderer."""
import json

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import broadsheet_nb as bnb  # noqa: E402
import figure_checks  # noqa: E402

MONTHS = pd.date_range("2010-01-01", periods=40, freq="MS")


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_forty_month_labels_side_by_side_overlap():
    """The old notebooks' period axis: one 'yyyy-MM' category per month."""
    fig, ax = plt.subplots(figsize=(10, 5))
    ax.bar(range(40), np.arange(40))
    ax.set_xticks(range(40), [m.strftime("%Y-%m") for m in MONTHS], rotation=0)
    problems = figure_checks.check(fig)
    assert len(problems) == 1 and "overlapping x tick label" in problems[0]


def test_rotated_labels_are_measured_as_rotated_boxes():
    fig, ax = plt.subplots(figsize=(10, 5))
    ax.plot(range(40), np.arange(40))
    ax.set_xticks(range(40), [m.strftime("%Y-%m") for m in MONTHS], rotation=30)
    assert any("overlapping x tick label" in p for p in figure_checks.check(fig))
    # Eight rotated labels on the same axis: their bounding rectangles overlap, the rotated texts do not.
    ax.set_xticks(range(0, 40, 5), [m.strftime("%Y-%m") for m in MONTHS[::5]], rotation=30)
    assert figure_checks.check(fig) == []


def test_self_thinning_date_axis_has_no_overlap_at_any_span_or_width():
    for periods, width in [(40, 10), (40, 3), (480, 6), (31, 4), (3, 5)]:
        fig, ax = plt.subplots(figsize=(width, 3))
        table = pd.DataFrame({"a": np.arange(periods), "b": 1.0}, index=pd.date_range("2010-01-01", periods=periods, freq="MS"))
        bnb.period_bars(ax, table, "month")
        fig.tight_layout()
        assert figure_checks.check(fig) == [], (periods, width)
        plt.close(fig)


def test_two_series_in_one_colour():
    fig, ax = plt.subplots()
    ax.plot([1, 2], [1, 2], color="#1f77b4", label="a")
    ax.plot([1, 2], [2, 3], color="#1f77b4", label="b")
    ax.plot([1, 2], [3, 4], color="#1f77b4")  # unlabelled (raw points of a labelled line): not a series
    problems = figure_checks.check(fig)
    assert len(problems) == 1 and "'a' and 'b' share the colour #1f77b4" in problems[0]


def test_stacked_bars_from_a_twenty_colour_cycle_share_colours():
    fig, ax = plt.subplots(figsize=(8, 4))
    pd.DataFrame(np.ones((3, 22)), columns=[f"t{i}" for i in range(22)]).plot.bar(
        stacked=True, ax=ax, colormap="tab20", legend=False)
    assert any("share the colour" in p for p in figure_checks.check(fig))


def test_topic_colours_tell_every_stacked_topic_apart():
    fig, ax = plt.subplots(figsize=(8, 4))
    topics = [f"topic {i}" for i in range(len(bnb.PALETTE))] + [bnb.OTHER]
    table = pd.DataFrame(1.0, index=MONTHS[:5], columns=topics)
    bars = bnb.period_bars(ax, table, "month", colors=bnb.topic_colors(topics))
    assert not any("share the colour" in p for p in figure_checks.check(fig))
    assert len(bars) == len(topics)


def test_long_legend():
    fig, ax = plt.subplots()
    for i in range(figure_checks.MAX_LEGEND_ENTRIES + 1):
        ax.plot([0, 1], [i, i], label=f"s{i}", color=bnb.PALETTE[i])
    ax.legend()
    problems = figure_checks.check(fig)
    assert problems == [f"chart '(untitled)': legend of 13 entries (at most {figure_checks.MAX_LEGEND_ENTRIES})"]
    assert figure_checks.check(fig, max_legend_entries=13) == []


def test_value_labels_that_run_into_each_other():
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.bar(range(30), np.full(30, 1000.0))
    for i in range(30):
        ax.annotate("1,234.5", (i, 1000), ha="center")
    assert any("overlapping value label" in p for p in figure_checks.check(fig))


def test_label_bars_writes_only_labels_that_fit_their_bar():
    fig, ax = plt.subplots(figsize=(8, 3))
    x, width = np.array([0.0, 1.0, 2.0, 10.0]), np.array([0.2, 0.2, 0.2, 6.0])
    ax.bar(x, [5, 5, 5, 5], width=width, align="edge")
    ax.set_xlim(0, 16)
    fig.tight_layout()
    written = bnb.label_bars(ax, x, width, [5, 5, 5, 5], ["1,234.5"] * 4)
    assert written == 1 and [t.get_text() for t in ax.texts] == ["1,234.5"]
    assert figure_checks.check(fig) == []


def test_install_checks_every_rendered_figure(tmp_path):
    report = tmp_path / "report.jsonl"
    original = figure_checks.FigureCanvasBase.print_figure
    try:
        figure_checks.install(report)
        fig, ax = plt.subplots()
        ax.set_title("bad")
        ax.set_xticks(range(40), [m.strftime("%Y-%m") for m in MONTHS])
        fig.savefig(tmp_path / "bad.png")
        fig2, ax2 = plt.subplots()
        ax2.set_title("good")
        ax2.plot([1, 2], [1, 2])
        fig2.savefig(tmp_path / "good.png")
    finally:
        figure_checks.FigureCanvasBase.print_figure = original
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert [r["titles"] for r in rows] == [["bad"], ["good"]]
    assert rows[0]["problems"] and rows[1]["problems"] == []
