"""Small helpers shared by the Broadsheet notebooks.

Analysts do not need to read this file: it finds the output directory, opens every table as a DuckDB view
(named exactly as in docs/tables.md) and makes matplotlib draw Chinese text.
"""
from __future__ import annotations

import json
import logging
import os
import subprocess
import warnings
from pathlib import Path

import duckdb
import matplotlib
import matplotlib.pyplot as plt
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


class Output:
    """Every table of one run as a DuckDB view: `bs.sql("select ... from articles")` returns pandas."""

    def __init__(self, out: Path):
        self.path = Path(out)
        self.run = json.loads((self.path / "_run.json").read_text(encoding="utf-8"))
        self.con = duckdb.connect()
        self.tables = []
        for d in sorted(p for p in self.path.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
            if not any(d.rglob("*.parquet")):
                continue
            # hive_types_autocast=false: partition columns (issue_month) stay strings, as docs/tables.md says;
            # undated rows are in the partition issue_month=undated.
            self.con.execute(
                f"create view {d.name} as select * from read_parquet('{d.as_posix()}/**/*.parquet', "
                "hive_partitioning = true, hive_types_autocast = false)")
            self.tables.append(d.name)

    def has(self, table: str) -> bool:
        return table in self.tables

    def sql(self, query: str, **params):
        """Runs SQL against the table views and returns a pandas DataFrame (DECIMAL comes back as float)."""
        return self.con.execute(query, params or None).df()

    def __repr__(self):
        return f"Output({self.path}, tables={self.tables})"


def open_output(default: str | os.PathLike = "../out") -> Output:
    out = Output(output_dir(default))
    print(f"Reading {out.path}\nTables: {', '.join(out.tables)}")
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
