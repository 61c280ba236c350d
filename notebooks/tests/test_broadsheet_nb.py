"""The notebooks' shared logic (broadsheet_nb), case by case; the parameters against the run under test."""
import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_rgb  # noqa: E402

import broadsheet_nb as bnb  # noqa: E402


@pytest.mark.parametrize("amount, currency, text", [
    (432_390_000_000, "CNY", "4,323.9 亿元"),
    (13_800_000_000, "CNY", "138.0 亿元"),
    (100_000_000, "CNY", "1.0 亿元"),
    (85_000_000, "CNY", "8,500.0 万元"),
    (10_000, "CNY", "1.0 万元"),
    (9_999, "CNY", "9,999 元"),
    (0, "CNY", "0 元"),
    (250_000_000, "USD", "2.5 亿美元"),
    (3_000_000, "EUR", "300.0 万欧元"),
    (1_000_000_000, "HKD", "10.0 亿港元"),
    (1_000_000_000, "XYZ", "10.0 亿 XYZ"),
    (None, "CNY", "–"),
    (float("nan"), "CNY", "–"),
])
def test_format_amount(amount, currency, text):
    assert bnb.format_amount(amount, currency) == text


@pytest.mark.parametrize("day, period, start, label, end", [
    ("2024-03-15", "day", "2024-03-15", "2024-03-15", "2024-03-16"),
    ("2024-03-15", "week", "2024-03-11", "2024-03-11", "2024-03-18"),  # weeks start on Monday
    ("2024-03-15", "month", "2024-03-01", "2024-03", "2024-04-01"),
    ("2024-03-15", "quarter", "2024-01-01", "2024Q1", "2024-04-01"),
    ("2024-11-30", "quarter", "2024-10-01", "2024Q4", "2025-01-01"),
    ("2024-03-15", "year", "2024-01-01", "2024", "2025-01-01"),
])
def test_periods(day, period, start, label, end):
    got = bnb.period_start([day], period)[0]
    assert got == pd.Timestamp(start)
    assert bnb.period_label(got, period) == label
    assert bnb.period_end(got, period) == pd.Timestamp(end)


def test_complete_periods_leave_out_partly_covered_months():
    issues = pd.Series([3, 31, 28, 31, 30, 9], index=pd.date_range("2024-01-01", periods=6, freq="MS"))
    assert list(bnb.complete_periods(issues)) == list(issues.index[1:5])
    assert list(bnb.complete_periods(issues, min_share=0.25)) == list(issues.index[1:])
    assert list(bnb.complete_periods(issues, min_share=0)) == list(issues.index)
    assert list(bnb.complete_periods(pd.Series([0, 5], index=issues.index[:2]))) == [issues.index[1]]


def test_log_likelihood_matches_dunning():
    # a = 30 of 10,000 against b = 10 of 10,000: expected 20 each.
    g2 = bnb.log_likelihood([30], [10], 10_000, 10_000)[0]
    assert g2 == pytest.approx(2 * (30 * math.log(30 / 20) + 10 * math.log(10 / 20)))
    assert bnb.log_likelihood([5], [5], 1_000, 1_000)[0] == pytest.approx(0)
    assert bnb.log_likelihood([7], [0], 1_000, 1_000)[0] == pytest.approx(2 * 7 * math.log(2))  # 0·log 0 = 0
    # symmetric in the windows
    assert bnb.log_likelihood([3], [12], 500, 900)[0] == pytest.approx(bnb.log_likelihood([12], [3], 900, 500)[0])


def test_compare_terms_ranks_by_evidence_not_by_ratio():
    counts = pd.DataFrame({"recent": [2, 400, 100, 50, 4000, 1], "baseline": [0, 200, 100, 150, 4000, 0]},
                          index=["镜子", "投资", "经济", "会议", "其余", "衣服"])
    table = bnb.compare_terms(counts, "recent", "baseline", min_count=2)
    assert "衣服" not in table.index, "below the minimum count"
    assert table.index[0] == "投资", "twice the share on 600 occurrences beats a word seen twice"
    assert table.loc["镜子", "log2_ratio"] > table.loc["投资", "log2_ratio"]
    assert table.index[-1] == "会议" and table.loc["会议", "g2"] < 0, "falling terms have a negative G²"
    assert table.loc["投资", "recent_per_10k"] == pytest.approx(10_000 * 400 / counts.recent.sum())
    with pytest.raises(ValueError):
        bnb.compare_terms(counts.assign(baseline=0), "recent", "baseline")


def test_top_n_other_keeps_the_largest_and_sums_the_rest():
    frame = pd.DataFrame({"period": ["a", "a", "a", "b", "b"], "topic": ["x", "y", "z", "x", "w"],
                          "amount": [10.0, 5.0, 1.0, 1.0, 2.0], "mentions": [1, 1, 1, 1, 1]})
    shown, order = bnb.top_n_other(frame, "topic", "amount", 1)
    assert order == ["x", "其他"]
    got = shown.set_index(["period", "topic"]).sort_index()
    assert got.loc[("a", "其他"), "amount"] == 6.0 and got.loc[("a", "其他"), "mentions"] == 2
    assert got.loc[("b", "其他"), "amount"] == 2.0 and got.loc[("a", "x"), "amount"] == 10.0
    assert shown.amount.sum() == frame.amount.sum()
    shown, order = bnb.top_n_other(frame, "topic", "amount", 10)
    assert order == ["x", "y", "w", "z"] and "其他" not in set(shown.topic)
    # ties by name
    _, order = bnb.top_n_other(pd.DataFrame({"topic": ["b", "a"], "amount": [1.0, 1.0]}), "topic", "amount", 1)
    assert order == ["a", "其他"]
    with pytest.raises(ValueError):
        bnb.top_n_other(frame, "topic", "amount", len(bnb.PALETTE) + 1)


def _lab(hex_colour):
    rgb = np.array(to_rgb(hex_colour))
    c = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ c
    f = [v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116 for v in xyz / [0.95047, 1.0, 1.08883]]
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_palette_colours_are_far_apart_and_none_is_the_grey_of_other():
    labs = [_lab(c) for c in bnb.PALETTE]
    closest = min(np.linalg.norm(a - b) for i, a in enumerate(labs) for b in labs[i + 1:])
    assert closest >= 20, f"two palette colours only {closest:.1f} apart (CIELAB)"
    assert min(np.linalg.norm(a - _lab(bnb.OTHER_COLOR)) for a in labs) >= 20
    assert len(bnb.PALETTE) >= 24, "the default taxonomy's 23 sectors and 未分类 each get their own colour"


def test_topic_colours_are_fixed_by_order_and_other_is_grey():
    colors = bnb.topic_colors(["高端装备制造", "乡村振兴", "其他", "教育"])
    assert colors == {"高端装备制造": bnb.PALETTE[0], "乡村振兴": bnb.PALETTE[1], "教育": bnb.PALETTE[2],
                      "其他": bnb.OTHER_COLOR}


def test_rolling_mean_per_source_over_a_time_window():
    frame = pd.DataFrame({"source": ["a"] * 4 + ["b"] * 2,
                          "issue_date": ["2024-01-01", "2024-01-02", "2024-01-10", "2024-01-11", "2024-01-01", "2024-01-05"],
                          "tf": [2, 4, 0, 6, 10, 0]})
    got = bnb.rolling_mean(frame, on="issue_date", value="tf", window="7D", by="source")
    assert got[got.source == "a"]["mean"].tolist() == [2, 3, 0, 3]
    assert got[got.source == "b"]["mean"].tolist() == [10, 5]
    assert bnb.auto_window(pd.date_range("2010-01-01", "2013-01-01", freq="7D")) == "55D"
    assert bnb.auto_window(pd.date_range("2024-03-01", "2024-03-31")) == "7D"


def test_date_axis_thins_ticks_to_the_room_it_has():
    def ticks(periods, width, freq="MS"):
        fig, ax = plt.subplots(figsize=(width, 3))
        ax.plot(pd.date_range("2010-01-01", periods=periods, freq=freq), np.arange(periods))
        bnb.date_axis(ax)
        fig.tight_layout()
        fig.canvas.draw()
        labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
        plt.close(fig)
        return labels

    wide, narrow = ticks(40, 12), ticks(40, 4)
    assert "Apr" in wide and "Jul" in wide, "quarters on a wide axis"
    assert len(narrow) < len(wide) and all(t.isdigit() for t in narrow), "years only on a narrow one"
    assert all(t.isdigit() for t in ticks(480, 8)), "forty years: years"
    days = ticks(31, 8, freq="D")
    assert len(days) >= 5 and "Jan" in days, "one month: days"


def test_output_parameters_narrow_every_table(out_dir):
    whole = bnb.Output(out_dir)
    sources = whole.sql("select source, count(*) as n from articles group by source order by n desc")
    one = sources.source[0]
    only = bnb.Output(out_dir, sources=[one])
    assert only.sql("select count(*) as n from articles").n[0] == sources.n[0]
    for table in ("term_frequencies", "term_summary", "investments", "topic_investment_totals"):
        if whole.has(table):
            assert set(only.sql(f"select distinct source from {table}").source) <= {one}

    dates = whole.sql("select min(issue_date) as lo, max(issue_date) as hi from articles")
    lo, hi = dates.lo[0], dates.hi[0]
    later = bnb.Output(out_dir, date_from=hi, period="year")
    assert set(later.sql("select distinct issue_date from articles").issue_date) == {hi}
    assert whole.sql("select count(*) as n from articles where issue_date is null").n[0] >= \
        later.sql("select count(*) as n from articles where issue_date is null").n[0] == 0
    assert later.sql("select distinct period_of(issue_date) as p from articles").p[0] == \
        pd.Timestamp(hi).replace(month=1, day=1)
    assert later.sql("select count(*) as n from all_articles").n[0] == whole.sql("select count(*) as n from articles").n[0]
    periods = later.sql("select distinct period from term_summary").period
    assert all(p >= str(hi)[:len(p)] for p in periods)
    assert len(bnb.Output(out_dir, date_to=lo).sql("select distinct issue_date from articles")) == 1

    with pytest.raises(ValueError, match="PERIOD"):
        bnb.Output(out_dir, period="fortnight")
    with pytest.raises(ValueError, match="not in this run"):
        bnb.Output(out_dir, sources=["no-such-paper"])
    with pytest.raises(ValueError, match="after DATE_TO"):
        bnb.Output(out_dir, date_from="2030-01-01", date_to="2020-01-01")
    with pytest.raises(ValueError, match="DATE_FROM"):
        bnb.Output(out_dir, date_from="yesterday-ish")


def test_period_bars_name_each_bar_while_the_names_fit():
    def labels(periods, period="month", width=8):
        fig, ax = plt.subplots(figsize=(width, 3))
        starts = bnb.period_start(pd.date_range("2010-01-01", periods=periods, freq="MS"), period).unique()
        bnb.period_bars(ax, pd.DataFrame({"a": 1.0}, index=starts), period)
        fig.tight_layout()
        fig.canvas.draw()
        got = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
        plt.close(fig)
        return got

    assert labels(2) == ["2010-01", "2010-02"]
    assert labels(12, "quarter") == ["2010Q1", "2010Q2", "2010Q3", "2010Q4"]
    many = labels(40)
    assert "2010-01" not in many and "2011" in many, "forty months: thinned date ticks instead"
