"""The entity tables counted a second way: synthetic_entities.py (plain Python, by the definitions of docs/tables.md)
recounts entity_cooccurrence and entity_summary from the run's own `entities` and `articles`, and must agree with
what Spark wrote; its stand-in tables for 03_entities must have the documented columns and types."""
from __future__ import annotations

import math

import pyarrow.dataset as ds
import pytest

from synthetic_entities import ENTITY_TABLES, cooccurrence_rows, run_with_entities, summary_rows
from test_readers import PYARROW_TYPES, TABLES

LARGEST = 200_000  # entities rows recounted in Python; larger runs skip the recount


def _rows(out_dir, table):
    return ds.dataset(out_dir / table, format="parquet", partitioning="hive").to_table().to_pylist()


@pytest.fixture(scope="module")
def recount(out_dir, run_summary):
    if not (out_dir / "entity_summary").is_dir():
        pytest.skip("this run has no entity tables")
    entities = _rows(out_dir, "entities")
    pairs = _rows(out_dir, "entity_cooccurrence")
    if len(entities) > LARGEST:
        pytest.skip(f"{len(entities)} entities rows: too many to recount in Python")
    if any(p["period_grain"] != "month" for p in pairs):
        pytest.skip("the recount knows monthly periods only")
    include = bool(run_summary.get("pairs_include_reporters", False))
    expected = cooccurrence_rows(entities, ds.dataset(out_dir / "articles", partitioning="hive").to_table(), include)
    return entities, pairs, expected


def _key(row, *columns):
    return tuple("" if row[c] is None else str(row[c]) for c in columns)


PAIR_KEY = ("period", "source", "entity_a", "type_a", "entity_b", "type_b")


def test_pairs_agree_with_a_python_recount(recount):
    _, pairs, expected = recount
    assert len(pairs) == len({_key(p, *PAIR_KEY) for p in pairs}), "one row per pair, period and source"
    got = {_key(p, *PAIR_KEY): p for p in pairs}
    want = {_key(p, *PAIR_KEY): p for p in expected}
    assert sorted(got) == sorted(want)
    for k, p in want.items():
        g = got[k]
        assert (g["articles"], g["sentences"], g["first_date"], g["last_date"]) == \
            (p["articles"], p["sentences"], p["first_date"], p["last_date"]), k
        assert math.isclose(g["pmi"], p["pmi"], abs_tol=1e-12) and math.isclose(g["npmi"], p["npmi"], abs_tol=1e-12), k


def test_summary_agrees_with_a_python_recount(recount, out_dir):
    entities, pairs, _ = recount
    key = ("period", "source", "canonical", "type")
    got = {_key(r, *key): r for r in _rows(out_dir, "entity_summary")}
    want = {_key(r, *key): r for r in summary_rows(entities, pairs)}  # partners from the table as written
    assert sorted(got) == sorted(want)
    for k, r in want.items():
        g = got[k]
        for column in ("period_start", "period_grain", "mentions", "reporter_mentions", "articles", "issues"):
            assert g[column] == r[column], (k, column)
        assert [(x["entity"], x["type"], x["articles"], x["npmi"]) for x in g["top_co_entities"]] == \
            [(x["entity"], x["type"], x["articles"], x["npmi"]) for x in r["top_co_entities"]], k


def test_stand_in_tables_have_the_documented_columns_and_types(out_dir, tmp_path):
    out = run_with_entities(out_dir, tmp_path / "out", with_entities=True)
    for table in ENTITY_TABLES:
        partition = TABLES[table]["partition"]
        schema = ds.dataset(out / table, format="parquet", partitioning="hive" if partition else None).schema
        assert [(f.name, f.type) for f in schema] == \
            [(name, PYARROW_TYPES[type_]) for name, type_, _ in TABLES[table]["columns"]], table
        if partition:
            assert sorted(p.name for p in (out / table).iterdir() if p.is_dir()) == \
                sorted(f"{partition}={m}" for m in set(ds.dataset(out / table, partitioning="hive").to_table()
                                                       .column(partition).to_pylist())), table
    assert ds.dataset(out / "entity_cooccurrence", format="parquet").count_rows() > 0
