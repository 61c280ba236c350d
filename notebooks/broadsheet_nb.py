"""Small helpers shared by the Broadsheet notebooks.

Analysts do not need to read this file: it finds the output directory, opens every table as a DuckDB view
(named exactly as in docs/tables.md, narrowed to the sources and dates of the notebook's parameters), makes
matplotlib draw Chinese text, and holds what keeps the charts readable on a month or on ten years of issues:
date axes whose ticks thin themselves, rolling means, value labels only where they fit, the top topics plus 其他
in one colour per topic, amounts in 亿元, and the log-likelihood test behind the rising and falling terms.
Tested by notebooks/tests/test_broadsheet_nb.py.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import math
import os
import subprocess
import warnings
from pathlib import Path

import duckdb
import matplotlib
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import font_manager

# Fonts tried in order; the first one matplotlib can find draws the Chinese labels.
CJK_FONTS = [
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
    "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback",
    "AR PL UMing CN", "AR PL UKai CN", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC",
    "Noto Sans CJK JP", "Noto Sans CJK TC",
]


def output_dir(default: str | os.PathLike) -> Path:
    """The output directory of a Broadsheet run: $BROADSHEET_OUT when set, else `default`."""
    out = Path(os.environ.get("BROADSHEET_OUT") or default).expanduser().resolve()
    if not (out / "_run.json").exists():
        raise FileNotFoundError(
            f"{out} holds no Broadsheet run (_run.json is missing). Run `jobs/run-local --output {out}` "
            "first, or set BROADSHEET_OUT / the OUT parameter to the directory the pipeline wrote.")
    return out


PERIODS = ("day", "week", "month", "quarter", "year")


def _as_date(value, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return pd.Timestamp(value).date()
    except (ValueError, TypeError) as e:
        raise ValueError(f"{name} must be a date such as '2024-03-01', not {value!r}") from e


class Output:
    """Every table of one run as a DuckDB view: `bs.sql("select ... from articles")` returns pandas.

    The views hold only the rows of `sources` (None = all) and of the dates from `date_from` to `date_to`
    (inclusive; None = open): tables with `issue_date` by that date, the per-period tables by their period
    (a period that overlaps the range is kept whole); undated rows only when no date range is set. `rejects`
    and `warnings` are never narrowed. `period` (day, week, month, quarter, year) is the time step of the
    notebook's charts: the SQL macro `period_of(d)` gives the first day of the period holding date `d`.
    The unfiltered tables stay reachable as `all_<table>`.
    """

    def __init__(self, out: Path, sources=None, date_from=None, date_to=None, period: str = "month"):
        self.path = Path(out)
        self.run = json.loads((self.path / "_run.json").read_text(encoding="utf-8"))
        if period not in PERIODS:
            raise ValueError(f"PERIOD must be one of {', '.join(PERIODS)}, not {period!r}")
        if isinstance(sources, str):
            sources = [sources]
        self.sources = None if sources is None else list(sources)
        self.date_from, self.date_to = _as_date(date_from, "DATE_FROM"), _as_date(date_to, "DATE_TO")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"DATE_FROM {self.date_from} is after DATE_TO {self.date_to}")
        self.period = period
        self.con = duckdb.connect()
        self.con.execute(f"create macro period_of(d) as cast(date_trunc('{period}', d) as date)")
        self.tables = []
        for d in sorted(p for p in self.path.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
            if not any(d.rglob("*.parquet")):
                continue
            # hive_types_autocast=false: partition columns (issue_month) stay strings, as docs/tables.md says;
            # undated rows are in the partition issue_month=undated.
            self.con.execute(
                f"create view all_{d.name} as select * from read_parquet('{d.as_posix()}/**/*.parquet', "
                "hive_partitioning = true, hive_types_autocast = false)")
            columns = set(self.con.execute(f"select * from all_{d.name} limit 0").df().columns)
            self.con.execute(f"create view {d.name} as select * from all_{d.name} where {self._where(columns)}")
            self.tables.append(d.name)
        if self.sources is not None:
            known = set(self.sql("select distinct source from all_articles").source) if self.has("articles") else set()
            missing = sorted(set(self.sources) - known)
            if missing:
                raise ValueError(f"SOURCES names {missing}, not in this run (its sources: {sorted(known)})")

    def _where(self, columns: set) -> str:
        """The SQL condition that narrows a table with these columns to the parameters."""
        conditions = ["true"]
        if self.sources is not None and "source" in columns:
            conditions.append("source in (" + ", ".join("'" + s.replace("'", "''") + "'" for s in self.sources) + ")")
        if "issue_date" in columns:
            day = "issue_date"
        elif "period" in columns:  # 'yyyy-MM-dd', 'yyyy-MM' or 'yyyy': compare with the bound cut to its length
            day = None
        else:
            return " and ".join(conditions)
        for bound, op in ((self.date_from, ">="), (self.date_to, "<=")):
            if bound is None:
                continue
            if day:
                conditions.append(f"{day} {op} date '{bound.isoformat()}'")
            else:
                conditions.append(f"period {op} left('{bound.isoformat()}', length(period))")
        return " and ".join(conditions)

    def has(self, table: str) -> bool:
        return table in self.tables

    def sql(self, query: str, **params):
        """Runs SQL against the table views and returns a pandas DataFrame (DECIMAL comes back as float)."""
        return self.con.execute(query, params or None).df()

    def describe(self) -> str:
        """One line naming what the parameters keep: sources, dates, period."""
        sources = "all sources" if self.sources is None else "sources " + ", ".join(self.sources)
        if self.date_from or self.date_to:
            dates = f"dates {self.date_from or '…'} to {self.date_to or '…'}"
        else:
            dates = "all dates (undated articles included where a table has them)"
        return f"{sources}; {dates}; charts by {self.period}"

    def label(self, start) -> str:
        """The name of the period starting at `start` (2024-03, 2024Q1, 2024, 2024-03-04)."""
        return period_label(start, self.period)

    def topic_colors(self) -> dict:
        """One colour per investment topic of the whole run (whatever the parameters keep), so a topic looks
        the same in every chart of this run: topics ordered by counted mentions, then name."""
        if not self.has("topic_investment_totals"):
            return {OTHER: OTHER_COLOR}
        order = self.sql("select topic, sum(mentions) as n from all_topic_investment_totals "
                         "group by topic order by n desc, topic").topic.tolist()
        return topic_colors(order)

    def source_colors(self) -> dict:
        """One colour per newspaper of the whole run, the same in every chart: sources by articles, then name."""
        if not self.has("articles"):
            return {OTHER: OTHER_COLOR}
        return topic_colors(self.sql("select source, count(*) as n from all_articles group by source "
                                     "order by n desc, source").source.tolist())

    def __repr__(self):
        return f"Output({self.path}, tables={self.tables}, {self.describe()})"


def open_output(default: str | os.PathLike = "../out", sources=None, date_from=None, date_to=None,
                period: str = "month") -> Output:
    """The run of the notebook's parameter cell (see `Output` for what the parameters narrow)."""
    out = Output(output_dir(default), sources=sources, date_from=date_from, date_to=date_to, period=period)
    print(f"Reading {out.path}\nTables: {', '.join(out.tables)}\nShowing {out.describe()}")
    return out


def setup_cjk_font() -> str | None:
    """Makes matplotlib use a font with Chinese glyphs; warns (and still works) when the machine has none."""
    names = {f.name for f in font_manager.fontManager.ttflist}
    found = next((n for n in CJK_FONTS if n in names), None)
    if found is None:
        # Fonts installed after matplotlib built its cache are not in it: ask fontconfig for Chinese fonts.
        try:
            files = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True,
                                   timeout=30).stdout.split()
        except (OSError, subprocess.SubprocessError):
            files = []
        for f in files:
            try:
                font_manager.fontManager.addfont(f.rstrip(":"))
            except Exception:  # a font file matplotlib cannot read: try the next one
                pass
        names = {f.name for f in font_manager.fontManager.ttflist}
        found = next((n for n in CJK_FONTS if n in names), None)
        if found is None and files:
            found = font_manager.FontProperties(fname=files[0].rstrip(":")).get_name()
    if found is None:
        warnings.warn("No font with Chinese glyphs was found: Chinese labels will show as boxes. "
                      "Install one, e.g. `apt-get install fonts-wqy-zenhei` or fonts-noto-cjk.")
        # One warning is enough: silence matplotlib's per-glyph complaints.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
    else:
        # WenQuanYi and some Noto faces have no 'normal' weight: matplotlib uses theirs and needn't say so each time.
        logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
        matplotlib.rcParams["font.sans-serif"] = [found] + list(matplotlib.rcParams["font.sans-serif"])
        matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    plt.rcParams["figure.dpi"] = 100
    return found


YI = 100_000_000  # 1 亿 = 10^8: Chinese papers state large amounts in 亿元


def yi(amount) -> float:
    """Amount in units of 亿 (10^8) of its currency, for charts and tables."""
    return None if amount is None else float(amount) / YI


def format_amount(amount, currency: str = "CNY") -> str:
    """An amount in the units a Chinese paper would print it: 4,323.9 亿元, 850.0 万元, 1,200 元 (CNY);
    亿美元, 万欧元… for other currencies (never converted)."""
    if amount is None or (isinstance(amount, float) and math.isnan(amount)):
        return "–"
    unit = CURRENCY_UNITS.get(currency, " " + currency)
    amount = float(amount)
    if abs(amount) >= YI:
        return f"{amount / YI:,.1f} 亿{unit}".replace("  ", " ")
    if abs(amount) >= WAN:
        return f"{amount / WAN:,.1f} 万{unit}".replace("  ", " ")
    return f"{amount:,.0f} {unit.strip()}"


WAN = 10_000
CURRENCY_UNITS = {"CNY": "元", "USD": "美元", "EUR": "欧元", "HKD": "港元", "JPY": "日元", "GBP": "英镑"}


# ---------------------------------------------------------------------------------------------------- periods

def period_start(dates, period: str) -> pd.Series:
    """First day of the period (day, week from Monday, month, quarter, year) holding each date, as Timestamps."""
    d = pd.to_datetime(pd.Series(dates))
    if period == "day":
        return d.dt.normalize()
    if period == "week":
        return (d - pd.to_timedelta(d.dt.weekday, unit="D")).dt.normalize()
    freq = {"month": "M", "quarter": "Q", "year": "Y"}[period]
    return d.dt.to_period(freq).dt.start_time


def period_end(start, period: str) -> pd.Timestamp:
    """First day after the period starting at `start`."""
    start = pd.Timestamp(start)
    step = {"day": pd.DateOffset(days=1), "week": pd.DateOffset(weeks=1), "month": pd.DateOffset(months=1),
            "quarter": pd.DateOffset(months=3), "year": pd.DateOffset(years=1)}[period]
    return start + step


def period_label(start, period: str) -> str:
    start = pd.Timestamp(start)
    if period == "year":
        return f"{start.year}"
    if period == "quarter":
        return f"{start.year}Q{(start.month - 1) // 3 + 1}"
    if period == "month":
        return start.strftime("%Y-%m")
    return start.strftime("%Y-%m-%d")


def complete_periods(issues: pd.Series, min_share: float = 0.5) -> pd.Index:
    """The periods (index of `issues`, the number of issues per period) that hold at least `min_share` times
    the median number of issues per period: a month the archive covers only partly (the last one, still
    being filled, or the first) is not compared with full ones."""
    issues = issues[issues > 0]
    if issues.empty:
        return issues.index
    return issues.index[issues >= min_share * float(issues.median())].sort_values()


# ------------------------------------------------------------------------------------------------ date axes

class PeriodLocator(mdates.AutoDateLocator):
    """Date ticks that thin themselves to the room the axis has: days → weeks → months → quarters → half-years
    → years → 2, 5, 10 years. How many labels fit is worked out at draw time from the axis' length in pixels
    and the tick label font, so a narrow subplot gets fewer ticks than a wide one."""

    LABEL_EMS = 3.6  # a concise label ('2024', 'Sep', '15') plus the gap to the next one, in font sizes

    def __init__(self):
        super().__init__(minticks=3, maxticks=8, interval_multiples=True)
        self.intervald[mdates.YEARLY] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
        self.intervald[mdates.MONTHLY] = [1, 3, 6, 12]
        self.intervald[mdates.DAILY] = [1, 2, 7, 14]

    def fitting_ticks(self) -> int:
        axis = self.axis
        if axis is None or axis.axes is None:
            return 8
        fig = axis.axes.figure
        box = axis.axes.get_window_extent()
        horizontal = axis.axis_name == "x"
        length = box.width if horizontal else box.height
        size_px = font_manager.FontProperties(size=matplotlib.rcParams[f"{axis.axis_name}tick.labelsize"]
                                              ).get_size_in_points() * fig.dpi / 72
        per_label = size_px * (self.LABEL_EMS if horizontal else 2.2)
        return max(2, int(length // per_label))

    def __call__(self):
        fit = self.fitting_ticks()
        self.maxticks = dict.fromkeys(self.maxticks, fit)
        self.minticks = max(2, fit // 2)
        return super().__call__()


class BarPeriodLocator(PeriodLocator):
    """For bars of whole periods: a tick under each bar, named by its period ('2024-03', '2024Q1'), while
    that many names fit; past that, the self-thinning date ticks of PeriodLocator."""

    def __init__(self, centres, labels):
        super().__init__()
        self.centres, self.labels = list(centres), list(labels)
        self.named = False

    def __call__(self):
        longest = max((len(t) for t in self.labels), default=4)
        self.LABEL_EMS = 0.6 * longest + 1.2
        fit = self.fitting_ticks()
        del self.LABEL_EMS
        self.named = len(self.centres) <= fit
        return self.centres if self.named else super().__call__()


class BarPeriodFormatter(mdates.ConciseDateFormatter):
    def __init__(self, locator: BarPeriodLocator):
        super().__init__(locator, show_offset=True)
        self.bars = locator
        self.names = dict(zip(np.round(locator.centres, 6), locator.labels))

    def format_ticks(self, values):
        if self.bars.named:
            return [self.names.get(round(float(v), 6), "") for v in values]
        return super().format_ticks(values)

    def get_offset(self):
        return "" if self.bars.named else super().get_offset()


def date_axis(ax, axis: str = "x"):
    """Makes `ax`'s x (or y) axis a date axis with self-thinning ticks and concise labels
    (2011 · Apr · Jul · Oct · 2012: the year where it changes, months between, days when the span is short)."""
    target = ax.xaxis if axis == "x" else ax.yaxis
    locator = PeriodLocator()
    target.set_major_locator(locator)
    target.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=True))
    target.set_minor_locator(matplotlib.ticker.NullLocator())
    return ax


def period_bars(ax, table: pd.DataFrame, period: str, colors: dict | None = None, fill: float = 0.8):
    """Stacked bars, one per period, on a date axis: `table` has the periods' first days (Timestamps) as index
    and one column per series, the first column at the bottom. Each bar covers `fill` of its period, so a
    quarter's bar is three months wide and gaps in the archive show as gaps. Returns {series: BarContainer}."""
    starts = pd.DatetimeIndex(table.index)
    ends = pd.DatetimeIndex([period_end(s, period) for s in starts])
    left = mdates.date2num(starts.to_pydatetime())
    length = mdates.date2num(ends.to_pydatetime()) - left
    x, width = left + length * (1 - fill) / 2, length * fill
    bottom = np.zeros(len(table))
    bars = {}
    for column in table.columns:
        values = table[column].fillna(0).to_numpy(dtype=float)
        bars[column] = ax.bar(x, values, width=width, bottom=bottom, align="edge", label=str(column),
                              color=None if colors is None else colors.get(column))
        bottom = bottom + values
    ax.xaxis_date()
    locator = BarPeriodLocator(left + length / 2, [period_label(p, period) for p in starts])
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(BarPeriodFormatter(locator))
    ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
    return bars


def legend_outside(ax, bars_or_handles, title: str | None = None, reverse: bool = True, **kw):
    """A legend to the right of the axes, outside it. For a stack, `reverse` lists the top layer first, as
    the eye meets them."""
    if isinstance(bars_or_handles, dict):
        labels, handles = list(map(str, bars_or_handles)), list(bars_or_handles.values())
    else:
        handles = list(bars_or_handles)
        labels = [h.get_label() for h in handles]
    if reverse:
        handles, labels = handles[::-1], labels[::-1]
    return ax.legend(handles, labels, title=title, loc="upper left", bbox_to_anchor=(1.01, 1), borderaxespad=0,
                     fontsize="small", **kw)


def label_bars(ax, x, width, top, texts, pad_px: float = 2.0) -> int:
    """Writes texts[i] above bar i (left edge x[i] and width in data units, top = its height) only where the
    text is narrower than the bar: labels never run into each other. Call it after the layout is done
    (`finish(fig)` does, for callables passed as `after_layout`). Returns how many labels were written."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    written = 0
    for xi, wi, ti, text in zip(np.atleast_1d(x), np.broadcast_to(width, np.shape(np.atleast_1d(x))),
                                np.atleast_1d(top), texts):
        (x0, _), (x1, _) = ax.transData.transform([(xi, 0), (xi + wi, 0)])
        label = ax.annotate(text, (xi + wi / 2, ti), xytext=(0, 2), textcoords="offset points", ha="center",
                            va="bottom", fontsize="small")
        if label.get_window_extent(renderer).width + pad_px > abs(x1 - x0):
            label.remove()
        else:
            written += 1
    return written


def finish(fig, after_layout=()):
    """Lays the figure out (tight_layout, legends outside included), then runs `after_layout` callables that
    need the final geometry (value labels), then shows it."""
    fig.tight_layout()
    for step in after_layout:
        step()
    plt.show()


# ----------------------------------------------------------------------------------------- per-issue series

def auto_window(dates, parts: int = 20, least_days: int = 7) -> str:
    """A rolling window of about 1/`parts` of the span of `dates` (at least `least_days`), as '35D': smooth
    enough on ten years, still detailed on one month."""
    d = pd.to_datetime(pd.Series(dates)).dropna()
    span = (d.max() - d.min()).days if len(d) else 0
    return f"{max(least_days, round(span / parts))}D"


def rolling_mean(frame: pd.DataFrame, on: str, value: str, window: str, by: str | None = None) -> pd.DataFrame:
    """`frame` sorted by date `on`, with `value`'s trailing mean over `window` (a pandas offset: '28D',
    '90D') in a column `mean`, per group `by`. Every issue must be a row (0 when nothing happened), or the mean
    only counts the issues where something did."""
    out = []
    groups = frame.groupby(by, sort=True) if by else [(None, frame)]
    for _, g in groups:
        g = g.assign(**{on: pd.to_datetime(g[on])}).sort_values(on)
        g["mean"] = g.rolling(window, on=on, min_periods=1)[value].mean().to_numpy()
        out.append(g)
    return pd.concat(out, ignore_index=True) if out else frame.assign(mean=[])


# -------------------------------------------------------------------------------------------------- topics

OTHER = "其他"
OTHER_COLOR = "#9e9e9e"
# Distinct to the eye (CIELAB distance ≥ 20 between any two, none grey): tab10's colours first, then colours
# picked to be as far as possible from all before them. 30 of them: more than the default taxonomy's topics.
PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#bcbd22', '#17becf',
           '#0000ff', '#ff17ff', '#2e4600', '#005dff', '#00e800', '#ffb98b', '#00e8b9', '#ff008b', '#7400a2',
           '#b9d18b', '#8b0046', '#a27400', '#00745d', '#ff748b', '#ffb9d1', '#a2e817', '#b9b9ff', '#ffb900',
           '#e874ff', '#2e8bff', '#5d2e5d']


def topic_colors(topics) -> dict:
    """{topic: colour} for topics in a fixed order (most important first), 其他 grey. Topics beyond the
    palette's size get colours again from the start: keep charts to the top len(PALETTE) topics."""
    colors = {}
    for i, t in enumerate(t for t in topics if t != OTHER):
        colors[t] = PALETTE[i % len(PALETTE)]
    colors[OTHER] = OTHER_COLOR
    return colors


def top_n_other(frame: pd.DataFrame, key: str, value: str, n: int, other: str = OTHER) -> tuple[pd.DataFrame, list]:
    """The `n` keys with the largest total `value` as they are, every other key renamed `other`, its rows
    summed (numeric columns summed, the other columns kept as groups). Returns the frame and the keys in
    order: largest total first (ties by name), `other` last when there is one."""
    if n > len(PALETTE):
        raise ValueError(f"at most {len(PALETTE)} series can have colours of their own, not {n}")
    totals = frame.groupby(key)[value].sum()
    ranked = sorted((k for k in totals.index if k != other), key=lambda k: (-totals[k], str(k)))
    keep = ranked[:n]
    renamed = frame.assign(**{key: frame[key].where(frame[key].isin(keep), other)})
    numeric = [c for c in renamed.select_dtypes("number").columns if c != key]
    groups = [c for c in renamed.columns if c not in numeric and c != key] + [key]
    summed = renamed.groupby(groups, dropna=False, as_index=False, sort=False)[numeric].sum()
    order = keep + ([other] if (renamed[key] == other).any() else [])
    return summed, order


# ------------------------------------------------------------------------------------ rising / falling terms

def log_likelihood(a, b, size_a: float, size_b: float):
    """Dunning's log-likelihood G² for a count `a` out of `size_a` against `b` out of `size_b` (arrays
    welcome): 0 when the shares are equal; above 3.84 p < 0.05, above 10.83 p < 0.001 (one degree of freedom).
    Unlike a log ratio it grows with the evidence, so a word seen twice does not top the list."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    total = size_a + size_b
    e_a, e_b = size_a * (a + b) / total, size_b * (a + b) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        t_a = np.where(a > 0, a * np.log(a / e_a), 0.0)
        t_b = np.where(b > 0, b * np.log(b / e_b), 0.0)
    return 2 * (t_a + t_b)


def compare_terms(counts: pd.DataFrame, recent: str, baseline: str, min_count: int = 5) -> pd.DataFrame:
    """Terms whose share changed between two windows: `counts` has one row per term (index) and the columns
    `recent` and `baseline` (occurrences). Terms seen fewer than `min_count` times in both windows together
    are left out. Columns: both counts, per 10,000 terms in each window, log₂ of the ratio of the shares
    (+1 = twice the share; half an occurrence added so a term absent before stays finite), G² (signed:
    negative when falling). Sorted by G², rising first."""
    size_r, size_b = float(counts[recent].sum()), float(counts[baseline].sum())
    if size_r == 0 or size_b == 0:
        raise ValueError("both windows need term occurrences")
    c = counts[(counts[recent] + counts[baseline]) >= min_count].copy()
    c[f"{recent}_per_10k"] = 10_000 * c[recent] / size_r
    c[f"{baseline}_per_10k"] = 10_000 * c[baseline] / size_b
    c["log2_ratio"] = np.log2(((c[recent] + 0.5) / size_r) / ((c[baseline] + 0.5) / size_b))
    direction = np.sign(c[recent] / size_r - c[baseline] / size_b)
    c["g2"] = direction * log_likelihood(c[recent], c[baseline], size_r, size_b)
    return c.sort_values(["g2"], ascending=False, kind="stable")
