"""Shared fixtures: the run under test is $BROADSHEET_OUT (jobs/notebooks sets it), else ../out like the notebooks."""
import json
import os
import sys
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1]
ROOT = NOTEBOOKS.parent
sys.path.insert(0, str(NOTEBOOKS))  # broadsheet_nb, run_notebooks


@pytest.fixture(scope="session")
def out_dir() -> Path:
    out = Path(os.environ.get("BROADSHEET_OUT") or ROOT / "out").resolve()
    if not (out / "_run.json").exists():
        pytest.fail(f"no Broadsheet run in {out} (_run.json missing): run `jobs/run-local --output {out}` "
                    "or `jobs/notebooks`, or set BROADSHEET_OUT")
    return out


@pytest.fixture(scope="session")
def run_summary(out_dir) -> dict:
    return json.loads((out_dir / "_run.json").read_text(encoding="utf-8"))
