"""Stand-in `entities`, `entity_cooccurrence` and `entity_summary` tables, in the columns of docs/tables.md.

Built from a run's own articles with a small dictionary (names of the sample corpus and of the People's Daily
1998 corpus) and counted here in plain Python, by the definitions of docs/tables.md, so that 03_entities runs on
tables that do not come from the pipeline (and on runs made before the pipeline wrote them). Written with pyarrow
as Spark would: a directory of Parquet files with a _SUCCESS marker.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pyarrow as pa
import pyarrow.compute  # noqa: F401  (pa.compute)
import pyarrow.dataset as ds
import pyarrow.parquet as pq

# surface -> (canonical, type)
LEXICON = {
    # sample corpus
    "陈立华": ("陈立华", "PERSON"), "周明远": ("周明远", "PERSON"), "李文博": ("李文博", "PERSON"),
    "郑国平": ("郑国平", "PERSON"), "沈建国": ("沈建国", "PERSON"), "吴海涛": ("吴海涛", "PERSON"),
    "无锡": ("无锡", "PLACE"), "高新区": ("高新区", "PLACE"), "南京": ("南京", "PLACE"),
    "江北新区": ("江北新区", "PLACE"), "苏州": ("苏州", "PLACE"), "常州市": ("常州", "PLACE"), "常州": ("常州", "PLACE"),
    "武进区": ("武进区", "PLACE"), "扬州市": ("扬州", "PLACE"), "扬州": ("扬州", "PLACE"),
    "太湖新城": ("太湖新城", "PLACE"), "运河公园": ("运河公园", "PLACE"),
    "市委常委会": ("市委常委会", "ORGANIZATION"), "华芯微电子公司": ("华芯微电子公司", "ORGANIZATION"),
    "星辰半导体材料公司": ("星辰半导体材料公司", "ORGANIZATION"),
    "星辰新能源科技公司": ("星辰新能源科技公司", "ORGANIZATION"),
    "太湖智能装备公司": ("太湖智能装备公司", "ORGANIZATION"), "苏州工业园区": ("苏州工业园区", "ORGANIZATION"),
    "市志愿者协会": ("市志愿者协会", "ORGANIZATION"), "市文明办": ("市文明办", "ORGANIZATION"),
    "常州市投资促进中心": ("常州市投资促进中心", "ORGANIZATION"),
    "太湖集成电路设计中心": ("太湖集成电路设计中心", "ORGANIZATION"),
    # People's Daily, January 1998
    "江泽民": ("江泽民", "PERSON"), "李鹏": ("李鹏", "PERSON"), "朱镕基": ("朱镕基", "PERSON"),
    "乔石": ("乔石", "PERSON"), "李瑞环": ("李瑞环", "PERSON"), "胡锦涛": ("胡锦涛", "PERSON"),
    "北京": ("北京", "PLACE"), "上海": ("上海", "PLACE"), "香港": ("香港", "PLACE"), "中国": ("中国", "PLACE"),
    "美国": ("美国", "PLACE"), "日本": ("日本", "PLACE"),
    "国务院": ("国务院", "ORGANIZATION"), "中共中央": ("中共中央", "ORGANIZATION"), "党中央": ("中共中央", "ORGANIZATION"),
    "全国人大": ("全国人大", "ORGANIZATION"), "全国政协": ("全国政协", "ORGANIZATION"), "新华社": ("新华社", "ORGANIZATION"),
}
SENTENCE_END = re.compile(r"(?<=[。！？；!?;])|\n")
PATTERN = re.compile("|".join(sorted(map(re.escape, LEXICON), key=len, reverse=True)))
ENTITY_TABLES = ("entities", "entity_cooccurrence", "entity_summary")


def _sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def entity_rows(articles: pa.Table) -> list[dict]:
    """Dictionary matches, sentence by sentence; a person right after 记者 is a reporter."""
    rows = []
    for a in articles.select(["article_id", "issue_date", "source", "text"]).to_pylist():
        for idx, sentence in enumerate(_sentences(a["text"])):
            for m in PATTERN.finditer(sentence):
                canonical, type_ = LEXICON[m.group()]
                reporter = type_ == "PERSON" and sentence[:m.start()].endswith("记者")
                rows.append({"article_id": a["article_id"], "issue_date": a["issue_date"], "source": a["source"],
                             "sentence_idx": idx, "start": m.start(), "end": m.end(), "surface": m.group(),
                             "canonical": canonical, "type": type_, "role": "reporter" if reporter else "mention",
                             "method": "dictionary", "issue_month": _period(a["issue_date"]) or "undated"})
    return rows


def _period(d):
    return None if d is None else d.strftime("%Y-%m")


def _order(name_type):
    """(name, type) compared by code point, as the pipeline orders pairs (UTF-8 byte order)."""
    return name_type[0].encode("utf-8"), name_type[1].encode("utf-8")


def cooccurrence_rows(entities: list[dict], articles: pa.Table, include_reporters: bool = False) -> list[dict]:
    """One row per pair per month and source: articles and sentences naming both, first/last date, pmi and npmi
    over the articles of the month and source (N counts every article, with or without entities)."""
    n_articles = defaultdict(int)
    for a in articles.select(["source", "issue_date"]).to_pylist():
        n_articles[(_period(a["issue_date"]), a["source"])] += 1
    in_article = defaultdict(set)   # (key, article_id) -> entities
    in_sentence = defaultdict(set)  # (key, article_id, sentence_idx) -> entities
    date_of = {}
    for e in entities:
        if e["role"] == "reporter" and not include_reporters:
            continue
        key, node = (_period(e["issue_date"]), e["source"]), (e["canonical"], e["type"])
        in_article[(key, e["article_id"])].add(node)
        date_of[e["article_id"]] = e["issue_date"]
        if e["sentence_idx"] is not None:
            in_sentence[(key, e["article_id"], e["sentence_idx"])].add(node)
    articles_of = defaultdict(set)    # (key, node) -> article ids
    pair_articles = defaultdict(set)  # (key, a, b) -> article ids
    pair_sentences = defaultdict(int)
    for (key, article), nodes in in_article.items():
        for node in nodes:
            articles_of[(key, node)].add(article)
        for a, b in combinations(sorted(nodes, key=_order), 2):
            pair_articles[(key, a, b)].add(article)
    for (key, _, _), nodes in in_sentence.items():
        for a, b in combinations(sorted(nodes, key=_order), 2):
            pair_sentences[(key, a, b)] += 1
    rows = []
    for (key, a, b), shared in sorted(pair_articles.items(), key=lambda kv: (str(kv[0][0][0]), kv[0][0][1], _order(kv[0][1]), _order(kv[0][2]))):
        n, n_ab = n_articles[key], len(shared)
        n_a, n_b = len(articles_of[(key, a)]), len(articles_of[(key, b)])
        pmi = math.log(n_ab * n / (n_a * n_b))
        npmi = 1.0 if n_ab == n else pmi / math.log(n / n_ab)
        dates = [date_of[x] for x in shared if date_of[x] is not None]
        rows.append({"period": key[0], "period_grain": "month", "source": key[1],
                     "entity_a": a[0], "type_a": a[1], "entity_b": b[0], "type_b": b[1],
                     "articles": n_ab, "sentences": pair_sentences[(key, a, b)],
                     "first_date": min(dates, default=None), "last_date": max(dates, default=None),
                     "pmi": pmi, "npmi": npmi})
    return rows


def summary_rows(entities: list[dict], pairs: list[dict], top_n: int = 5) -> list[dict]:
    """One row per entity per month and source (every role), with its top partners: articles, npmi, name."""
    groups = defaultdict(list)
    for e in entities:
        groups[(_period(e["issue_date"]), e["source"], e["canonical"], e["type"])].append(e)
    partners = defaultdict(list)
    for p in pairs:
        a, b = (p["entity_a"], p["type_a"]), (p["entity_b"], p["type_b"])
        for me, other in ((a, b), (b, a)):
            partners[(p["period"], p["source"]) + me].append(
                {"entity": other[0], "type": other[1], "articles": p["articles"], "npmi": p["npmi"]})
    rows = []
    for (period, source, canonical, type_), es in sorted(groups.items(), key=lambda kv: (str(kv[0][0]), kv[0][1:])):
        dates = {e["issue_date"] for e in es}
        first = min((d for d in dates if d is not None), default=None)
        top = sorted(partners[(period, source, canonical, type_)],
                     key=lambda x: (-x["articles"], -x["npmi"], *_order((x["entity"], x["type"]))))[:top_n]
        rows.append({"period": period, "period_start": None if first is None else first.replace(day=1),
                     "period_grain": "month", "source": source, "canonical": canonical, "type": type_,
                     "mentions": len(es), "reporter_mentions": sum(e["role"] == "reporter" for e in es),
                     "articles": len({e["article_id"] for e in es}),
                     "issues": 1 if period is None else len(dates), "top_co_entities": top})
    return rows


ENTITY_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("issue_date", pa.date32()), ("source", pa.string()),
    ("sentence_idx", pa.int32()), ("start", pa.int32()), ("end", pa.int32()), ("surface", pa.string()),
    ("canonical", pa.string()), ("type", pa.string()), ("role", pa.string()), ("method", pa.string()),
    ("issue_month", pa.string())])  # partition column: a directory per month, as Spark writes it
PAIR_SCHEMA = pa.schema([
    ("period", pa.string()), ("period_grain", pa.string()), ("source", pa.string()),
    ("entity_a", pa.string()), ("type_a", pa.string()), ("entity_b", pa.string()), ("type_b", pa.string()),
    ("articles", pa.int64()), ("sentences", pa.int64()), ("first_date", pa.date32()), ("last_date", pa.date32()),
    ("pmi", pa.float64()), ("npmi", pa.float64())])
CO_ENTITY = pa.struct([("entity", pa.string()), ("type", pa.string()), ("articles", pa.int64()), ("npmi", pa.float64())])
SUMMARY_SCHEMA = pa.schema([
    ("period", pa.string()), ("period_start", pa.date32()), ("period_grain", pa.string()), ("source", pa.string()),
    ("canonical", pa.string()), ("type", pa.string()), ("mentions", pa.int64()), ("reporter_mentions", pa.int64()),
    ("articles", pa.int64()), ("issues", pa.int64()),
    ("top_co_entities", pa.list_(pa.field("element", CO_ENTITY, nullable=False)))])  # as Spark writes it


def _write(rows: list[dict], schema: pa.Schema, folder: Path, partition: str | None = None):
    folder.mkdir(parents=True)
    table = pa.Table.from_pylist(rows, schema=schema)
    if partition is None:
        pq.write_table(table, folder / "part-00000.zstd.parquet", compression="zstd")
    else:  # hive-style directories (issue_month=2024-03/), the partition column only in their names
        for value in sorted(set(table.column(partition).to_pylist())):
            part = folder / f"{partition}={value}"
            part.mkdir()
            rows_of = table.filter(pa.compute.equal(table.column(partition), value)).drop_columns([partition])
            pq.write_table(rows_of, part / "part-00000.zstd.parquet", compression="zstd")
    (folder / "_SUCCESS").touch()


def run_with_entities(real_out: Path, target: Path, with_entities: bool = True) -> Path:
    """`target` links every table of `real_out` but the entity tables and, when asked, adds synthetic ones."""
    target.mkdir(parents=True, exist_ok=True)
    for item in real_out.iterdir():
        if item.name not in ENTITY_TABLES:
            (target / item.name).symlink_to(item)
    if with_entities:
        articles = ds.dataset(real_out / "articles", format="parquet", partitioning="hive").to_table()
        entities = entity_rows(articles)
        pairs = cooccurrence_rows(entities, articles)
        _write(entities, ENTITY_SCHEMA, target / "entities", partition="issue_month")
        _write(pairs, PAIR_SCHEMA, target / "entity_cooccurrence")
        _write(summary_rows(entities, pairs), SUMMARY_SCHEMA, target / "entity_summary")
    return target
