"""Executes the Broadsheet notebooks headless against one run's output and writes executed copies as HTML.

    python run_notebooks.py --out DIR --html build/notebooks [--png] [--check-figures] [--readme DIR] [NOTEBOOK ...]

A cell that raises fails the notebook; the exit code is 1 when any notebook failed (its HTML is still written,
with the error in it). With --check-figures every chart is checked as it is rendered (figure_checks.py:
overlapping tick or value labels, two series of a chart in one colour, a legend over MAX_LEGEND_ENTRIES): a chart
with a problem fails its notebook too, and the problems are listed, and kept in HTML/figure-checks.json.
--readme DIR writes the chart of each notebook's cell tagged `readme-figure` to DIR/<notebook>.png.
The committed notebooks are never modified.
"""
from __future__ import annotations

import argparse
import base64
import json
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

HERE = Path(__file__).resolve().parent
NOTEBOOKS = sorted(HERE.glob("[0-9][0-9]_*.ipynb"))


@contextmanager
def broadsheet_out(out: Path):
    """The kernel inherits this process's environment: point BROADSHEET_OUT at the run for its lifetime."""
    # The inline backend, whatever MPLBACKEND says outside (Agg would draw no chart into the notebook).
    values = {"BROADSHEET_OUT": str(out), "MPLBACKEND": "module://matplotlib_inline.backend_inline"}
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


CHECK_TAG = "broadsheet-figure-checks"


def run(nb: nbformat.NotebookNode, out: Path, timeout: int = 900, check_report: Path | None = None
        ) -> nbformat.NotebookNode:
    """Runs every cell of `nb` in place, notebooks folder as working directory; raises CellExecutionError.
    With `check_report`, a first cell (removed again afterwards) installs figure_checks in the kernel."""
    if check_report is not None:
        check_report = check_report.resolve()
        check_report.parent.mkdir(parents=True, exist_ok=True)
        check_report.unlink(missing_ok=True)
        nb.cells.insert(0, nbformat.v4.new_code_cell(
            f"import figure_checks; figure_checks.install({str(check_report)!r})", metadata={"tags": [CHECK_TAG]}))
    # IPC sockets in a private folder: no TCP ports, and no "running over TCP without encryption" warnings.
    try:
        with broadsheet_out(out), tempfile.TemporaryDirectory(prefix="broadsheet-kernel-") as sockets:
            km = KernelManager(kernel_name="python3", transport="ipc", ip=f"{sockets}/kernel")
            try:
                NotebookClient(nb, km=km, timeout=timeout, resources={"metadata": {"path": str(HERE)}}).execute()
            finally:
                if km.has_kernel:
                    km.shutdown_kernel(now=True)
    finally:
        nb.cells = [c for c in nb.cells if CHECK_TAG not in c.get("metadata", {}).get("tags", [])]
    return nb


def figure_problems(nb: nbformat.NotebookNode, report: Path) -> list[dict]:
    """The rows of a figure_checks report, each with the index of the notebook cell that drew the chart."""
    cell_of = {}
    for i, c in enumerate(nb.cells):
        if c.cell_type == "code":
            cell_of.setdefault(c.source, i)
    rows = []
    if report.exists():
        for line in report.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            row["cell"] = cell_of.get(row.pop("source"))
            rows.append(row)
    return rows


def execute(path: Path, out: Path, timeout: int = 900) -> nbformat.NotebookNode:
    """The executed copy of the notebook at `path`; raises CellExecutionError."""
    return run(nbformat.read(path, as_version=4), out, timeout)


def images(nb: nbformat.NotebookNode):
    """(cell index, PNG bytes) of every chart the executed notebook shows."""
    for i, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            png = output.get("data", {}).get("image/png")
            if png:
                yield i, base64.b64decode(png)


def text_of(nb: nbformat.NotebookNode, stream: str | None = None) -> str:
    """All text the cells printed (stream output; `stream` = 'stdout'/'stderr' to pick one) and displayed."""
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                if stream in (None, output.get("name")):
                    parts.append(output.get("text", ""))
            elif stream is None:
                parts.append(output.get("data", {}).get("text/plain", ""))
    return "".join(parts)


def write_html(nb: nbformat.NotebookNode, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    body, _ = HTMLExporter().from_notebook_node(nb)
    path.write_text(body, encoding="utf-8")
    return path


def readme_figure(nb: nbformat.NotebookNode) -> bytes | None:
    """The first chart of the cell tagged `readme-figure`."""
    for i, png in images(nb):
        if "readme-figure" in nb.cells[i].get("metadata", {}).get("tags", []):
            return png
    return None


def write_pngs(nb: nbformat.NotebookNode, folder: Path, stem: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for n, (cell, png) in enumerate(images(nb), 1):
        p = folder / f"{stem}-{n:02d}-cell{cell:02d}.png"
        p.write_bytes(png)
        written.append(p)
    return written


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, type=Path, help="output directory of a Broadsheet run")
    ap.add_argument("--html", required=True, type=Path, help="folder for the executed copies (HTML)")
    ap.add_argument("--png", action="store_true", help="also write every chart as PNG under HTML/png/")
    ap.add_argument("--check-figures", action="store_true",
                    help="check every chart as rendered; a chart with a problem fails its notebook")
    ap.add_argument("--readme", type=Path, help="write each notebook's `readme-figure` chart to README/<name>.png")
    ap.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: all NN_*.ipynb)")
    args = ap.parse_args(argv)
    out, args.html = args.out.resolve(), args.html.resolve()
    failed, checked = [], {}
    for path in args.notebooks or NOTEBOOKS:
        path = path.resolve()
        started = time.monotonic()
        nb = nbformat.read(path, as_version=4)
        report = args.html / "figure-checks" / f"{path.stem}.jsonl" if args.check_figures else None
        try:
            run(nb, out, check_report=report)
            status = "ok"
        except CellExecutionError as e:  # nb holds the outputs up to and including the failing cell
            status = "FAILED"
            failed.append(path.name)
            print(f"\n{path.name}: a cell failed\n{e}\n", file=sys.stderr)
        html = write_html(nb, args.html / f"{path.stem}.html")
        charts = list(images(nb))
        if args.png:
            write_pngs(nb, args.html / "png", path.stem)
        if args.readme:
            png = readme_figure(nb)
            if png is None:
                status = "FAILED"
                failed.append(path.name)
                print(f"{path.name}: no chart in a cell tagged readme-figure", file=sys.stderr)
            else:
                args.readme.mkdir(parents=True, exist_ok=True)
                (args.readme / f"{path.stem}.png").write_bytes(png)
        problems = []
        if report is not None:
            rows = figure_problems(nb, report)
            checked[path.name] = rows
            problems = [f"cell {r['cell']}: {p}" for r in rows for p in r["problems"]]
            if problems and status == "ok":
                status = "FAILED"
                failed.append(path.name)
        warnings = [line for line in text_of(nb, "stderr").splitlines() if "Warning" in line]
        print(f"{status:6} {path.name}: {len(charts)} chart(s)"
              + (f", {len(checked[path.name])} checked, {len(problems)} problem(s)" if report else "")
              + f", {time.monotonic() - started:.1f}s -> {html}")
        for p in problems:
            print(f"       unreadable: {p}")
        for w in warnings:
            print(f"       warning: {w.strip()}")
    if args.check_figures:
        (args.html / "figure-checks.json").write_text(json.dumps(checked, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
    if failed:
        print(f"notebooks failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
