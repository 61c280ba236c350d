"""Stand-in `entities` and `entity_cooccurrence` tables, until the pipeline writes real ones.

Built from a run's own articles with a small dictionary (names of the sample corpus and of the People's Daily
1998 corpus), in the columns the entity work announced, so that 03_entities can be executed with them.
Written with pyarrow as Spark would: a directory of Parquet files with a _SUCCESS marker.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pyarrow as pa
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
TITLES = ("市委书记", "副市长", "市长", "秘书长", "主任", "主席", "总理")
SENTENCE_END = re.compile(r"(?<=[。！？；!?;])|\n")
PATTERN = re.compile("|".join(sorted(map(re.escape, LEXICON), key=len, reverse=True)))


def _sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def entity_rows(articles: pa.Table) -> list[dict]:
    rows = []
    for a in articles.select(["article_id", "issue_date", "source", "text"]).to_pylist():
        for idx, sentence in enumerate(_sentences(a["text"])):
            for m in PATTERN.finditer(sentence):
                canonical, type_ = LEXICON[m.group()]
                before = sentence[max(0, m.start() - 4):m.start()]
                role = next((t for t in TITLES if before.endswith(t)), None) if type_ == "PERSON" else None
                rows.append({"article_id": a["article_id"], "issue_date": a["issue_date"], "source": a["source"],
                             "sentence_idx": idx, "start": m.start(), "end": m.end(), "surface": m.group(),
                             "canonical": canonical, "type": type_, "role": role, "method": "dictionary"})
    return rows


def cooccurrence_rows(entities: list[dict], articles: pa.Table) -> list[dict]:
    """Pairs per month and source, within an article and within a sentence; npmi over the units of the scope."""
    def period(d):
        return None if d is None else d.strftime("%Y-%m")

    n_articles = defaultdict(int)
    for a in articles.select(["source", "issue_date"]).to_pylist():
        n_articles[(period(a["issue_date"]), a["source"])] += 1
    nodes_in = {"article": defaultdict(set), "sentence": defaultdict(set)}  # unit -> entities
    for e in entities:
        key, node = (period(e["issue_date"]), e["source"]), (e["canonical"], e["type"])
        nodes_in["article"][(key, e["article_id"])].add(node)
        nodes_in["sentence"][(key, e["article_id"], e["sentence_idx"])].add(node)
    units_of = {}  # scope -> (key, a, b) or (key, node) -> units
    n_units = {"article": n_articles, "sentence": defaultdict(int)}
    for scope, units in nodes_in.items():
        index = units_of[scope] = defaultdict(set)
        for unit, nodes in units.items():
            if scope == "sentence":
                n_units["sentence"][unit[0]] += 1
            for node in nodes:
                index[(unit[0], node)].add(unit)
            for a, b in combinations(sorted(nodes), 2):
                index[(unit[0], a, b)].add(unit)
    rows = []
    for scope in ("article", "sentence"):
        for k, shared in sorted(units_of[scope].items(), key=lambda kv: (str(kv[0][0]), kv[0][1:])):
            if len(k) != 3:
                continue
            key, a, b = k
            n = n_units[scope][key]
            p_ab, p_a, p_b = (len(units_of[scope][x]) / n for x in (k, (key, a), (key, b)))
            npmi = 1.0 if p_ab >= 1 else math.log(p_ab / (p_a * p_b)) / -math.log(p_ab)
            rows.append({"period": key[0], "source": key[1], "entity_a": a[0], "type_a": a[1],
                         "entity_b": b[0], "type_b": b[1], "scope": scope,
                         "articles": len({u[1] for u in shared}),
                         "sentences": len(units_of["sentence"].get(k, ())), "npmi": npmi})
    return rows


ENTITY_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("issue_date", pa.date32()), ("source", pa.string()),
    ("sentence_idx", pa.int32()), ("start", pa.int32()), ("end", pa.int32()), ("surface", pa.string()),
    ("canonical", pa.string()), ("type", pa.string()), ("role", pa.string()), ("method", pa.string())])
PAIR_SCHEMA = pa.schema([
    ("period", pa.string()), ("source", pa.string()), ("entity_a", pa.string()), ("type_a", pa.string()),
    ("entity_b", pa.string()), ("type_b", pa.string()), ("scope", pa.string()), ("articles", pa.int64()),
    ("sentences", pa.int64()), ("npmi", pa.float64())])


def _write(rows: list[dict], schema: pa.Schema, folder: Path):
    folder.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), folder / "part-00000.zstd.parquet", compression="zstd")
    (folder / "_SUCCESS").touch()


def run_with_entities(real_out: Path, target: Path, with_entities: bool = True) -> Path:
    """`target` links every table of `real_out` and, when asked, adds synthetic entity tables."""
    target.mkdir(parents=True, exist_ok=True)
    for item in real_out.iterdir():
        if item.name not in ("entities", "entity_cooccurrence"):
            (target / item.name).symlink_to(item)
    if with_entities:
        articles = ds.dataset(real_out / "articles", format="parquet", partitioning="hive").to_table()
        entities = entity_rows(articles)
        _write(entities, ENTITY_SCHEMA, target / "entities")
        _write(cooccurrence_rows(entities, articles), PAIR_SCHEMA, target / "entity_cooccurrence")
    return target
