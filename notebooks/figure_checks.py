"""Checks that a rendered chart can be read: no two tick labels (or value labels) overprint, no two series of
one chart share a colour, no legend longer than MAX_LEGEND_ENTRIES.

Measured with the renderer that draws the figure (text bounding boxes in pixels), so what fails here is what
a reader would see. `install(report)` hooks every figure a notebook kernel renders: run_notebooks.py
--check-figures uses it on every notebook; tests/test_figure_checks.py shows what each check catches.
"""
from __future__ import annotations

import json
import math
import os
from itertools import combinations

import numpy as np
from matplotlib.backend_bases import FigureCanvasBase
from matplotlib.collections import Collection
from matplotlib.colors import to_rgba
from matplotlib.container import Container
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Annotation

MAX_LEGEND_ENTRIES = 12
TOLERANCE_PX = 0.5  # touching is not overprinting


def _corners(text, renderer):
    """The four corners (pixels) of the text's rotated box."""
    rotation = text.get_rotation()
    box = text.get_window_extent(renderer)
    if rotation % 90 == 0:
        return np.array([[box.x0, box.y0], [box.x1, box.y0], [box.x1, box.y1], [box.x0, box.y1]])
    text.set_rotation(0)
    flat = text.get_window_extent(renderer)
    text.set_rotation(rotation)
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    w, h = flat.width / 2, flat.height / 2
    t = math.radians(rotation)
    rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    return np.array([[-w, -h], [w, -h], [w, h], [-w, h]]) @ rot.T + [cx, cy]


def _overlap(a: np.ndarray, b: np.ndarray) -> bool:
    """Separating-axis test for two convex quadrilaterals, with TOLERANCE_PX of grace."""
    for poly in (a, b):
        for i in range(4):
            edge = poly[(i + 1) % 4] - poly[i]
            normal = np.array([-edge[1], edge[0]])
            norm = np.hypot(*normal)
            if norm == 0:
                continue
            normal = normal / norm
            pa, pb = a @ normal, b @ normal
            if pa.max() <= pb.min() + TOLERANCE_PX or pb.max() <= pa.min() + TOLERANCE_PX:
                return False
    return True


def _visible_tick_labels(axis):
    lo, hi = sorted(axis.get_view_interval())
    span = (hi - lo) or 1.0
    labels = []
    for which, locs in (("major", axis.get_majorticklocs()), ("minor", axis.get_minorticklocs())):
        ticks = axis.get_major_ticks(len(locs)) if which == "major" else axis.get_minor_ticks(len(locs))
        for loc, tick in zip(locs, ticks):
            if not (lo - 1e-9 * span <= loc <= hi + 1e-9 * span):
                continue
            for label in (tick.label1, tick.label2):
                if label.get_visible() and label.get_text().strip():
                    labels.append(label)
    return labels


def _name(ax) -> str:
    title = ax.get_title() or ax.get_title(loc="left") or ax.figure.get_suptitle() or "(untitled)"
    return f"chart '{title}'"


def overlapping_labels(fig, renderer) -> list[str]:
    problems = []
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            labels = _visible_tick_labels(axis)
            boxes = [_corners(t, renderer) for t in labels]
            clashes = [(labels[i].get_text(), labels[j].get_text())
                       for i, j in combinations(range(len(labels)), 2) if _overlap(boxes[i], boxes[j])]
            if clashes:
                problems.append(f"{_name(ax)}: {len(clashes)} overlapping {axis.axis_name} tick label pair(s), "
                                f"e.g. {clashes[0][0]!r} / {clashes[0][1]!r}")
        notes = [t for t in ax.texts if isinstance(t, Annotation) and t.get_visible() and t.get_text().strip()]
        boxes = [_corners(t, renderer) for t in notes]
        clashes = [(notes[i].get_text(), notes[j].get_text())
                   for i, j in combinations(range(len(notes)), 2) if _overlap(boxes[i], boxes[j])]
        if clashes:
            problems.append(f"{_name(ax)}: {len(clashes)} overlapping value label pair(s), "
                            f"e.g. {clashes[0][0]!r} / {clashes[0][1]!r}")
    return problems


def _colour(handle):
    if isinstance(handle, Container):
        handle = next((c for c in handle.get_children() if isinstance(c, (Patch, Line2D, Collection))), None)
    if isinstance(handle, Line2D):
        return to_rgba(handle.get_color())
    if isinstance(handle, Patch):
        return to_rgba(handle.get_facecolor())
    if isinstance(handle, Collection):
        colours = handle.get_facecolor()
        if len(colours) == 0:
            colours = handle.get_edgecolor()
        return tuple(colours[0]) if len(colours) else None
    return None


def shared_colours(fig) -> list[str]:
    """Series with a label (what a legend would list) in one axes that have the same colour."""
    problems = []
    for ax in fig.axes:
        handles, labels = ax.get_legend_handles_labels()
        seen = {}
        for handle, label in zip(handles, labels):
            colour = _colour(handle)
            if colour is None:
                continue
            key = tuple(round(c, 3) for c in colour)
            if key in seen and seen[key] != label:
                problems.append(f"{_name(ax)}: series {seen[key]!r} and {label!r} share the colour "
                                f"{'#%02x%02x%02x' % tuple(int(round(255 * c)) for c in colour[:3])}")
            seen.setdefault(key, label)
    return problems


def long_legends(fig, max_entries: int = MAX_LEGEND_ENTRIES) -> list[str]:
    legends = [(ax, ax.get_legend()) for ax in fig.axes] + [(None, lg) for lg in fig.legends]
    problems = []
    for ax, legend in legends:
        if legend is not None and len(legend.get_texts()) > max_entries:
            where = _name(ax) if ax is not None else "figure legend"
            problems.append(f"{where}: legend of {len(legend.get_texts())} entries (at most {max_entries})")
    return problems


def check(fig, max_legend_entries: int = MAX_LEGEND_ENTRIES) -> list[str]:
    """Every problem of the figure as drawn now (it is drawn once to lay out its text)."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    return overlapping_labels(fig, renderer) + shared_colours(fig) + long_legends(fig, max_legend_entries)


def install(report: str | os.PathLike, max_legend_entries: int = MAX_LEGEND_ENTRIES):
    """Checks every figure the kernel renders (inline display or savefig) before it is drawn, and appends one
    JSON line per figure to `report`: the source of the cell, the axes' titles and the problems."""
    original = FigureCanvasBase.print_figure
    current = {"cell": None}  # source of the running cell (figures may render after it ends, in post_execute)
    try:
        from IPython import get_ipython
        shell = get_ipython()
    except ImportError:
        shell = None
    if shell is not None:
        shell.events.register("pre_run_cell", lambda info: current.update(cell=info.raw_cell))

    def print_figure(canvas, *args, **kwargs):
        fig = canvas.figure
        if not getattr(fig, "_broadsheet_checked", False):
            fig._broadsheet_checked = True
            from matplotlib.backends.backend_agg import FigureCanvasAgg
            agg = FigureCanvasAgg(fig)  # a renderer whatever backend drew it; restored below
            try:
                problems = check(fig, max_legend_entries)
            finally:
                fig.set_canvas(canvas)
            titles = [ax.get_title() for ax in fig.axes if ax.get_title()] or [fig.get_suptitle()]
            row = {"source": current["cell"], "titles": titles,
                   "problems": problems}
            with open(report, "a", encoding="utf-8") as f:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
            del agg
        return original(canvas, *args, **kwargs)

    FigureCanvasBase.print_figure = print_figure
