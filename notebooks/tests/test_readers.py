"""Three readers, one contract: every table of a run read with pyarrow, DuckDB and polars, checked against
docs/tables.md (names, column order, types), against the counts in _run.json, and against each other.

Each reader is used the way its documentation shows for a hive-partitioned Parquet directory:
pyarrow.dataset with partitioning="hive", DuckDB read_parquet('<table>/**/*.parquet', hive_partitioning = true),
polars read_parquet('<table>/**/*.parquet', hive_partitioning=True). The plainest calls of all,
pandas.read_parquet(<table>) and polars.read_parquet(<table>), must work too (see the end of this file).
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from conftest import ROOT

DOC = ROOT / "docs" / "tables.md"


def documented_tables() -> dict[str, dict]:
    """{table: {"partition": column or None, "columns": [(name, type, nullable)]}} from docs/tables.md."""
    text = DOC.read_text(encoding="utf-8")
    tables = {}
    for name, partition in re.findall(r"^\| \[`(\w+)`\]\(#\w+\) \| [^|]+ \| ([^|]+) \|$", text, re.M):
        partition = partition.strip().strip("`")
        tables[name] = {"partition": partition if re.fullmatch(r"\w+", partition) else None, "columns": []}
    section = None
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        m = re.match(r"^\| `(\w+)` \| ([^|]+) \| (yes|no) \|", line)
        if m and section in tables:
            tables[section]["columns"].append((m[1], m[2].strip(), m[3] == "yes"))
    return tables


TABLES = documented_tables()
PARTITIONED = [t for t, spec in TABLES.items() if spec["partition"]]

# docs/tables.md type -> what each reader must give
CO_ENTITIES = "list<struct<entity: string, type: string, articles: int64, npmi: double>>"  # entity_summary.top_co_entities
CO_ENTITY = pa.struct([("entity", pa.string()), ("type", pa.string()), ("articles", pa.int64()), ("npmi", pa.float64())])
POS_COUNTS = "list<struct<pos: string, tf: int64>>"  # term_frequencies.pos_counts
POS_COUNT = pa.struct([("pos", pa.string()), ("tf", pa.int64())])
PYARROW_TYPES = {"string": pa.string(), "date": pa.date32(), "int32": pa.int32(), "int64": pa.int64(),
                 "double": pa.float64(), "bool": pa.bool_(), "decimal(24,2)": pa.decimal128(24, 2),
                 "list<string>": pa.list_(pa.string()),
                 # Spark writes the elements of this list as required (never null)
                 CO_ENTITIES: pa.list_(pa.field("element", CO_ENTITY, nullable=False)),
                 POS_COUNTS: pa.list_(pa.field("element", POS_COUNT, nullable=True))}
DUCKDB_TYPES = {"string": "VARCHAR", "date": "DATE", "int32": "INTEGER", "int64": "BIGINT", "double": "DOUBLE",
                "bool": "BOOLEAN", "decimal(24,2)": "DECIMAL(24,2)", "list<string>": "VARCHAR[]",
                CO_ENTITIES: 'STRUCT(entity VARCHAR, "type" VARCHAR, articles BIGINT, npmi DOUBLE)[]',
                POS_COUNTS: "STRUCT(pos VARCHAR, tf BIGINT)[]"}
POLARS_TYPES = {"string": pl.String, "date": pl.Date, "int32": pl.Int32, "int64": pl.Int64, "double": pl.Float64,
                "bool": pl.Boolean, "decimal(24,2)": pl.Decimal(24, 2), "list<string>": pl.List(pl.String),
                CO_ENTITIES: pl.List(pl.Struct({"entity": pl.String, "type": pl.String, "articles": pl.Int64,
                                                "npmi": pl.Float64})),
                POS_COUNTS: pl.List(pl.Struct({"pos": pl.String, "tf": pl.Int64}))}

# _run.json counts that give a table's row count
RUN_COUNTS = {"articles": "articles", "rejects": "rejects", "warnings": "warnings",
              "term_frequencies": "term_frequency_rows", "term_summary": "term_summary_rows",
              "investments": "investment_mentions", "entities": "entity_mentions",
              "entity_cooccurrence": "entity_cooccurrence_rows", "entity_summary": "entity_summary_rows"}


@lru_cache(maxsize=None)
def read_pyarrow(table_dir: Path) -> pa.Table:
    return ds.dataset(table_dir, format="parquet", partitioning="hive").to_table()


@lru_cache(maxsize=None)
def duckdb_relation_types(table_dir: Path) -> dict[str, str]:
    rows = duckdb.sql(f"describe select * from read_parquet('{table_dir}/**/*.parquet', hive_partitioning = true)")
    return {name: type_ for name, type_, *_ in rows.fetchall()}


@lru_cache(maxsize=None)
def read_duckdb(table_dir: Path) -> pa.Table:
    return duckdb.sql(f"select * from read_parquet('{table_dir}/**/*.parquet', hive_partitioning = true)"
                      ).to_arrow_table()


@lru_cache(maxsize=None)
def read_polars(table_dir: Path) -> pl.DataFrame:
    return pl.read_parquet(f"{table_dir}/**/*.parquet", hive_partitioning=True)


def table_dir(out_dir: Path, table: str) -> Path:
    d = out_dir / table
    if not d.is_dir():
        pytest.fail(f"{table} is in docs/tables.md but the run has no {d}")
    return d


def expected_columns(table: str) -> list[tuple[str, str, bool]]:
    return TABLES[table]["columns"]


def comparable(t: pa.Table, schema: pa.Schema) -> pa.Table:
    """A reader's rows in the documented schema and in one order, for comparing readers row by row."""
    t = t.select(schema.names)
    t = pa.Table.from_arrays([c.combine_chunks().dictionary_decode() if pa.types.is_dictionary(c.type) else c
                              for c in t.columns], names=t.column_names).cast(schema)
    keys = [(f.name, "ascending") for f in schema if not pa.types.is_list(f.type)]
    return t.sort_by(keys)


def reference_schema(table: str) -> pa.Schema:
    return pa.schema([pa.field(n, PYARROW_TYPES[t]) for n, t, _ in expected_columns(table)])


# ---------------------------------------------------------------------------------------------------------------

def test_contract_document_lists_tables_and_columns():
    assert {"articles", "rejects", "warnings", "term_frequencies", "term_summary", "investments",
            "topic_investment_totals"} <= set(TABLES)
    for table, spec in TABLES.items():
        assert spec["columns"], f"{table}: no columns parsed from {DOC}"
        for _, type_, _ in spec["columns"]:
            assert type_ in PYARROW_TYPES, f"{table}: type {type_!r} of docs/tables.md is unknown to this test"
        if spec["partition"]:
            assert spec["columns"][-1][0] == spec["partition"], "partition column comes last"


@pytest.mark.parametrize("table", TABLES)
def test_success_marker_and_files(out_dir, table):
    d = table_dir(out_dir, table)
    assert (d / "_SUCCESS").is_file(), f"{table}: no _SUCCESS marker"
    assert list(d.rglob("*.parquet")), f"{table}: no Parquet files"


@pytest.mark.parametrize("table", TABLES)
def test_parquet_physical_contract(out_dir, table):
    """snake_case names; no INT96; timestamps in microseconds; zstd or snappy."""
    for f in table_dir(out_dir, table).rglob("*.parquet"):
        meta = pq.ParquetFile(f).metadata
        for i in range(meta.num_columns):
            col = meta.schema.column(i)
            assert re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*", col.path.replace(".list.element", "")), col.path
            assert col.physical_type != "INT96", f"{f.name}: {col.path} is an INT96 timestamp"
            if col.logical_type.type == "TIMESTAMP":
                assert "MICROS" in str(col.logical_type), f"{f.name}: {col.path} is {col.logical_type}"
        for rg in range(meta.num_row_groups):
            for i in range(meta.num_columns):
                assert meta.row_group(rg).column(i).compression in ("ZSTD", "SNAPPY"), f.name


@pytest.mark.parametrize("table", TABLES)
def test_pyarrow_reads_documented_schema(out_dir, table):
    t = read_pyarrow(table_dir(out_dir, table))
    assert t.column_names == [n for n, _, _ in expected_columns(table)]
    for name, type_, nullable in expected_columns(table):
        assert t.schema.field(name).type == PYARROW_TYPES[type_], f"{table}.{name}"
        if not nullable:
            assert t.column(name).null_count == 0, f"{table}.{name} is documented as never null"


@pytest.mark.parametrize("table", TABLES)
def test_duckdb_reads_documented_schema(out_dir, table):
    types = duckdb_relation_types(table_dir(out_dir, table))
    assert list(types) == [n for n, _, _ in expected_columns(table)]
    for name, type_, _ in expected_columns(table):
        assert types[name] == DUCKDB_TYPES[type_], f"{table}.{name}: DuckDB says {types[name]}"


@pytest.mark.parametrize("table", TABLES)
def test_polars_reads_documented_schema(out_dir, table):
    df = read_polars(table_dir(out_dir, table))
    assert df.columns == [n for n, _, _ in expected_columns(table)]
    for name, type_, _ in expected_columns(table):
        assert df.schema[name] == POLARS_TYPES[type_], f"{table}.{name}: polars says {df.schema[name]}"


@pytest.mark.parametrize("table", TABLES)
def test_row_counts_match_run_summary_and_each_other(out_dir, run_summary, table):
    d = table_dir(out_dir, table)
    counts = {"pyarrow": read_pyarrow(d).num_rows, "duckdb": read_duckdb(d).num_rows,
              "polars": read_polars(d).height}
    assert len(set(counts.values())) == 1, f"{table}: readers disagree: {counts}"
    key = RUN_COUNTS.get(table)
    if key in run_summary["counts"]:
        assert counts["pyarrow"] == run_summary["counts"][key], f"{table}: _run.json counts.{key}"


@pytest.mark.parametrize("table", TABLES)
def test_readers_return_the_same_rows(out_dir, table):
    d, schema = table_dir(out_dir, table), reference_schema(table)
    reference = comparable(read_pyarrow(d), schema)
    assert comparable(read_duckdb(d), schema).equals(reference), f"{table}: DuckDB rows differ from pyarrow"
    assert comparable(read_polars(d).to_arrow(), schema).equals(reference), f"{table}: polars rows differ"


@pytest.mark.parametrize("table", PARTITIONED)
def test_partition_column_comes_back_as_string_or_null(out_dir, table):
    """issue_month is 'yyyy-MM' of issue_date in every reader, 'undated' (never Hive's null partition) when undated."""
    d = table_dir(out_dir, table)
    column = TABLES[table]["partition"]
    assert column == "issue_month", "this test knows how issue_month is derived; extend it for a new partition"
    for reader, t in [("pyarrow", read_pyarrow(d)), ("duckdb", read_duckdb(d)), ("polars", read_polars(d).to_arrow())]:
        t = comparable(t, reference_schema(table))
        months, dates = t.column("issue_month"), t.column("issue_date")
        assert pa.types.is_string(months.type), f"{reader}: {months.type}"
        assert months.null_count == 0, f"{reader}: null {column}"
        derived = pc.fill_null(pc.strftime(pc.cast(dates, pa.timestamp("s")), format="%Y-%m"), "undated")
        assert pc.all(pc.equal(months, derived)).as_py(), f"{reader}: {column} != month of issue_date ('undated' when null)"
        assert "__HIVE_DEFAULT_PARTITION__" not in months.to_pylist()


def test_dates_and_amounts_keep_their_types_and_values(out_dir):
    """issue_date a date and money a decimal in all three readers; exact sums agree to the cent."""
    d = table_dir(out_dir, "investments")
    a, dk, p = read_pyarrow(d), read_duckdb(d), read_polars(d)
    assert a.schema.field("issue_date").type == pa.date32() == dk.schema.field("issue_date").type
    assert p.schema["issue_date"] == pl.Date
    for column in ("amount", "amount_low", "amount_high"):
        total_arrow = pc.sum(a.column(column)).as_py() or Decimal(0)
        total_duckdb = duckdb.sql(f"select coalesce(sum({column}), 0) from read_parquet('{d}/**/*.parquet')"
                                  ).fetchone()[0]
        total_polars = p[column].sum()
        assert isinstance(total_arrow, Decimal) and isinstance(total_duckdb, Decimal)
        assert total_arrow == total_duckdb == Decimal(total_polars), column


def test_topic_totals_add_up_to_counted_mentions(out_dir, run_summary):
    inv, tot = table_dir(out_dir, "investments"), table_dir(out_dir, "topic_investment_totals")
    counted, amount = duckdb.sql(f"select count(*), sum(amount) from read_parquet('{inv}/**/*.parquet') "
                                 "where counted and amount is not null").fetchone()
    mentions, total = duckdb.sql(f"select sum(mentions), sum(total_amount) "
                                 f"from read_parquet('{tot}/**/*.parquet')").fetchone()
    assert mentions == counted
    assert total == amount
    if "investment_mentions_counted" in run_summary["counts"]:
        assert read_pyarrow(inv).filter(pc.field("counted")).num_rows == \
            run_summary["counts"]["investment_mentions_counted"]


# The plainest calls of all: a table directory as it is, no glob, no options. ---------------

@pytest.mark.parametrize("table", TABLES)
def test_pandas_reads_the_table_directory_as_is(out_dir, table):
    df = pd.read_parquet(table_dir(out_dir, table))
    assert len(df) == read_pyarrow(table_dir(out_dir, table)).num_rows


@pytest.mark.parametrize("table", TABLES)
def test_polars_reads_the_table_directory_as_is(out_dir, table):
    df = pl.read_parquet(table_dir(out_dir, table))
    assert df.height == read_pyarrow(table_dir(out_dir, table)).num_rows
