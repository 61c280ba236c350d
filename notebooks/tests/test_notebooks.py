"""The notebooks as committed (no outputs, one parameter cell) and 03_entities with and without entity tables.

jobs/notebooks executes all four notebooks against the run itself; here 03_entities also runs against the same
run without its entity tables (as a run made before they existed) and with stand-in ones (tests/synthetic_entities.py,
counted in plain Python), so its charts do not depend on what the pipeline happens to find. With BROADSHEET_HTML
set, those executed copies are written there under tests/.
"""
import os
from pathlib import Path

import nbformat
import pytest

import run_notebooks
from conftest import NOTEBOOKS
from synthetic_entities import run_with_entities

EXPECTED = ["01_corpus_overview", "02_terms", "03_entities", "04_investments"]


def test_the_four_notebooks_are_there():
    assert [p.stem for p in run_notebooks.NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("name", EXPECTED)
def test_committed_without_outputs_and_with_a_parameter_cell(name):
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, f"{name}: commit it without outputs"
    params = code[0]
    assert "parameters" in params.metadata.get("tags", []), f"{name}: first code cell is the parameter cell"
    assert 'OUT = "../out"' in params.source
    for name_ in ("SOURCES = None", "DATE_FROM = None", "DATE_TO = None", 'PERIOD = "month"'):
        assert name_ in params.source, f"{name}: parameter {name_}"
    assert "open_output(OUT, sources=SOURCES, date_from=DATE_FROM, date_to=DATE_TO, period=PERIOD)" in code[1].source, \
        f"{name}: every chart reads the tables through the parameters"
    assert sum("readme-figure" in c.metadata.get("tags", []) for c in code) == 1, f"{name}: one chart for README"
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")


def _keep(nb, name):
    html = os.environ.get("BROADSHEET_HTML")
    if html:
        run_notebooks.write_html(nb, Path(html) / "tests" / f"{name}.html")


def test_entities_notebook_explains_and_skips_without_the_tables(out_dir, tmp_path):
    out = run_with_entities(out_dir, tmp_path / "out", with_entities=False)
    nb = run_notebooks.execute(NOTEBOOKS / "03_entities.ipynb", out)
    _keep(nb, "03_entities-without-entities")
    assert "No `entities` table" in run_notebooks.text_of(nb, "stdout")
    assert list(run_notebooks.images(nb)) == []


def test_entities_notebook_draws_top_lists_network_and_pairs(out_dir, tmp_path):
    out = run_with_entities(out_dir, tmp_path / "out", with_entities=True)
    nb = run_notebooks.execute(NOTEBOOKS / "03_entities.ipynb", out)
    _keep(nb, "03_entities-synthetic-entities")
    html = os.environ.get("BROADSHEET_HTML")
    if html:
        run_notebooks.write_pngs(nb, Path(html) / "tests" / "png", "03_entities-synthetic-entities")
    text = run_notebooks.text_of(nb)
    assert "No `entities` table" not in text
    assert len(list(run_notebooks.images(nb))) == 3, "top entities per type, over time, and the network"
    assert "npmi" in text and "first_date" in text, "the table of strongest pairs"
    assert "top_co_entities" in text and "reporter_mentions" in text, "the table of entities and their partners"
