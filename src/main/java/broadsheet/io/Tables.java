package broadsheet.io;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

import java.util.List;

/**
 * The one place where output tables, their columns and types are defined. docs/tables.md is generated
 * from this class ({@code broadsheet.io.TablesDoc}) and a test fails when the two disagree.
 */
public final class Tables {
    private static final DataType STRING = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType LONG = DataTypes.LongType;
    private static final DataType DATE = DataTypes.DateType;
    /** Money: exact decimals, never floating point; 24 digits hold 10^22 of any currency to the cent. */
    private static final DataType MONEY = DataTypes.createDecimalType(24, 2);

    /**
     * Partition value for rows without an issue date. A real value rather than Hive's null partition,
     * which pandas/pyarrow cannot read back ("Cannot yet unify dictionaries with nulls").
     */
    public static final String UNDATED_MONTH = "undated";

    /** {@code issue_month} of a date column: {@code yyyy-MM}, or {@link #UNDATED_MONTH}. */
    public static org.apache.spark.sql.Column issueMonth(org.apache.spark.sql.Column date) {
        return org.apache.spark.sql.functions.coalesce(org.apache.spark.sql.functions.date_format(date, "yyyy-MM"),
                org.apache.spark.sql.functions.lit(UNDATED_MONTH));
    }

    /** The run summary file written at the top of the output directory. */
    public static final String RUN_SUMMARY_FILE = "_run.json";

    public static final TableSpec ARTICLES = new TableSpec("articles",
            "one row per article",
            List.of("issue_month"),
            "`article_id` is the key every other table joins on; `source` + `issue_date` identify an issue",
            List.of(
                    new ColumnSpec("article_id", STRING, false, "stable id: hash of source, issue date (or file when undated), page and position; equal across reruns and encodings"),
                    new ColumnSpec("source", STRING, false, "newspaper, from the path (`<source>/…`, `source=…`) or the record; `unknown` when none"),
                    new ColumnSpec("issue_date", DATE, true, "date of the issue; null when neither path nor record gives one (a `no_date` warning is written)"),
                    new ColumnSpec("page", STRING, true, "page label when the input has one (PKU corpus, JSONL `page`, `page=` in the path)"),
                    new ColumnSpec("article_seq", INT, false, "1-based position of the article within its issue (and page)"),
                    new ColumnSpec("headline", STRING, true, "title and subtitle, separated by a space; null when the layout has none"),
                    new ColumnSpec("dateline", STRING, true, "date expression after `本报讯`, as printed (`11月1日至3日`, `11月2日下午`)"),
                    new ColumnSpec("dateline_date", DATE, true, "first day of the dateline resolved with the issue's year"),
                    new ColumnSpec("bylines", DataTypes.createArrayType(STRING), false, "reporters' names from the closing bracket and the lead, in order; empty when none"),
                    new ColumnSpec("text", STRING, false, "body after reflow (cut paragraphs and words rejoined), lead marker and byline removed; paragraphs separated by `\\n`"),
                    new ColumnSpec("char_count", INT, false, "characters in `text`"),
                    new ColumnSpec("sentence_count", INT, false, "sentences in `text` (split on 。！？； and their ASCII forms, and at paragraph ends)"),
                    new ColumnSpec("format", STRING, false, "input format detected from the content: `issue_text`, `html` (a saved web page of an issue), `jsonl` or `pku`"),
                    new ColumnSpec("encoding", STRING, false, "detected encoding: `UTF-8`, `UTF-8-BOM`, `UTF-16LE`, `UTF-16BE`, `GBK` or `GB18030`"),
                    new ColumnSpec("input_path", STRING, false, "the file the article came from; an entry of a zip archive is `<archive>!/<entry>`"),
                    new ColumnSpec("issue_month", STRING, false, "partition column: `yyyy-MM` of `issue_date`, `" + UNDATED_MONTH + "` when it is null")));

    public static final TableSpec REJECTS = new TableSpec("rejects",
            "one row per input file, or record of a file, that could not be used",
            List.of(),
            "`input_path` matches `articles.input_path`",
            List.of(
                    new ColumnSpec("input_path", STRING, false, "the file"),
                    new ColumnSpec("line", LONG, true, "1-based line of the record when the problem is on one line (JSONL, PKU corpus), else null for the whole file"),
                    new ColumnSpec("reason", STRING, false, "why: one of the reasons listed below the table"),
                    new ColumnSpec("detail", STRING, true, "human-readable explanation (offset of the bad bytes, the JSON error, the article id it duplicates, …)"),
                    new ColumnSpec("stage", STRING, false, "pipeline stage that rejected it (`ingest`)")));

    public static final TableSpec WARNINGS = new TableSpec("warnings",
            "one row per problem that did not stop an input from being used",
            List.of(),
            "`input_path` matches `articles.input_path`",
            List.of(
                    new ColumnSpec("input_path", STRING, false, "the file"),
                    new ColumnSpec("line", LONG, true, "1-based line when known"),
                    new ColumnSpec("reason", STRING, false, "what: one of the reasons listed below the table"),
                    new ColumnSpec("detail", STRING, true, "human-readable explanation"),
                    new ColumnSpec("stage", STRING, false, "pipeline stage that noticed it")));

    /** A value of {@code rejects.reason} or {@code warnings.reason}: what it means and a real-looking example row. */
    public record Reason(String code, String meaning, String exampleDetail) {
    }

    /** Every value of {@code rejects.reason} (the constants of {@code broadsheet.ingest.RejectReasons}; a test checks). */
    public static final List<Reason> REJECT_REASONS = List.of(
            new Reason("empty", "the file has no bytes, or only whitespace", "file has 0 bytes"),
            new Reason("binary", "not text: many control bytes (more than 1 in 100, and more than 2)",
                    "412 control bytes in the first 65536 bytes"),
            new Reason("undecodable", "bytes that neither UTF-8, UTF-16, GBK nor GB18030 decode",
                    "neither UTF-8, UTF-16, GBK nor GB18030: bad byte sequence at offset 1043"),
            new Reason("too_large", "the file, or what it decompresses to (a zip archive's entries together), is over `--max-file-size`",
                    "gzip content exceeds the size limit of 67108864 bytes"),
            new Reason("unreadable", "the file system would not give the file's bytes", "AccessDeniedException: /data/issues/a.txt"),
            new Reason("no_articles", "the file was read but no article was found in it", "no article found in issue_text content"),
            new Reason("malformed_json", "a JSON Lines record that is not a JSON object (`line` says which)",
                    "not JSON: Unexpected character ('x' (code 120)): was expecting double-quote to start field name"),
            new Reason("missing_text", "a JSON Lines record without `text` (or `content`/`body`)", "no 'text' (or 'content'/'body') field"),
            new Reason("malformed_corpus_line", "a PKU corpus line without a paragraph id or with an untagged token",
                    "no paragraph id (yyyyMMdd-pp-aaa-nnn/m) at line start: 这一行没有编号"),
            new Reason("undecodable_record", "one line of a JSON Lines or PKU file whose bytes are not UTF-8 when the other lines are; the other lines load",
                    "line is not UTF-8 while the file's other lines are"),
            new Reason("unsupported_compression", "an archive or compression Broadsheet does not read (7z, rar, lz4, lzma, tar, .Z); gzip, bzip2, xz, zstd and zip are read",
                    "7z archive: not supported (gzip, bzip2, xz, zstd streams and zip archives are)"),
            new Reason("duplicate_article", "an article already read: the same id from another file, or the same text twice in one issue",
                    "article 3f9a0c1d22e4b5a6 (wuxi 2022-11-04) is already read from file:/data/issues/wuxi/2022-11-04.txt"));

    /** Every value of {@code warnings.reason} (the constants of {@code broadsheet.ingest.WarningReasons}; a test checks). */
    public static final List<Reason> WARNING_REASONS = List.of(
            new Reason("no_date", "no issue date in the path or the records: articles kept with a null `issue_date`",
                    "no issue date in the path (expected <source>/<yyyy-MM-dd>.txt, yyyyMMdd or date=...) or the records"),
            new Reason("bad_date", "a date that cannot be one (30 February, before 1800, after next year): ignored, named in the detail",
                    "impossible or out-of-range date '2022-02-30' in the path (a calendar day from 1800 to 2027 expected): articles kept without an issue date"),
            new Reason("page_furniture_dropped", "short lines before the first article (page header, column titles) left out",
                    "lines before the first article: 无锡日报 | 2022年11月4日 星期五"),
            new Reason("sentence_cut", "an article with a sentence longer than the segmenter's limit: the sentence is cut for analysis, the text kept whole",
                    "article 3f9a0c1d22e4b5a6 (#1 of wuxi 2022-11-04): 1 sentence(s) over 2048 characters (longest 2000000) cut at commas, spaces or hard for analysis; the text is kept whole"),
            new Reason("control_characters_removed", "NUL and other C0 control characters (not tab, LF, CR) in a text file: removed, the file read",
                    "3 control character(s) removed (first U+0000 on line 12)"),
            new Reason("truncated", "a compressed stream or zip archive cut short: what decoded before the damage is read",
                    "gzip stream cut short after 5120 bytes (EOFException: Unexpected end of deflate stream): what decoded is read"),
            new Reason("directory_loop", "a directory (symlink) leading back to one of its own ancestors: not listed again",
                    "a link back to its own ancestor file:/data/issues, already listed: not listed again"),
            new Reason("analysis_cut_short", "stage `analyse`: an article whose time budget for segmentation ran out; its later sentences are missing from terms and entities",
                    "article 3f9a0c1d22e4b5a6: time budget spent after 812345 of 2000000 characters; the rest was not segmented (terms, entities)"),
            new Reason("directory_seen_twice", "a directory reached a second time by another path (symlink): listed once",
                    "the same directory as file:/data/issues/wuxi, already listed: not listed again"),
            new Reason("output_skipped", "the run's `--output` lies inside `--input`: not read as input",
                    "the run's --output directory is inside --input: not read as input"));

    public static final TableSpec TERM_FREQUENCIES = new TableSpec("term_frequencies",
            "one row per term per issue (source, issue_date)",
            List.of("issue_month"),
            "`source` + `issue_date` join `articles`",
            List.of(
                    new ColumnSpec("source", STRING, false, "newspaper"),
                    new ColumnSpec("issue_date", DATE, true, "date of the issue (null for undated inputs)"),
                    new ColumnSpec("term", STRING, false, "a word as HanLP segments it, sentence by sentence; stopwords, punctuation, numbers, times and words shorter than `--min-term-length` (default 2) are not terms"),
                    new ColumnSpec("pos", STRING, false, "the part of speech the term carries most often in the issue (HanLP tag; ties go to the later tag in alphabetical order)"),
                    new ColumnSpec("tf", LONG, false, "occurrences of the term in the issue"),
                    new ColumnSpec("df", LONG, false, "articles of the issue that contain the term"),
                    // Nullable inside: the merged counts of undated issues are typed so, and only widening casts are allowed.
                    new ColumnSpec("pos_counts", DataTypes.createArrayType(new org.apache.spark.sql.types.StructType()
                            .add("pos", STRING, true).add("tf", LONG, true), true), false,
                            "occurrences per part-of-speech tag, by tag (`sum(pos_counts.tf) = tf`); `term_summary` picks each period's most frequent tag from these"),
                    new ColumnSpec("issue_month", STRING, false, "partition column: `yyyy-MM` of `issue_date`, `" + UNDATED_MONTH + "` when it is null")));

    public static final TableSpec TERM_SUMMARY = new TableSpec("term_summary",
            "one row per term per period and source",
            List.of(),
            "`period` + `source`; `term` joins `term_frequencies`",
            List.of(
                    new ColumnSpec("period", STRING, true, "`yyyy-MM-dd`, `yyyy-MM` or `yyyy` by `--period` (default month); null for undated inputs"),
                    new ColumnSpec("period_start", DATE, true, "first day of the period"),
                    new ColumnSpec("period_grain", STRING, false, "`day`, `month` or `year`"),
                    new ColumnSpec("source", STRING, false, "newspaper"),
                    new ColumnSpec("term", STRING, false, "the term (see `term_frequencies.term`)"),
                    new ColumnSpec("pos", STRING, false, "the part of speech the term carries most often in the period"),
                    new ColumnSpec("tf", LONG, false, "occurrences in the period"),
                    new ColumnSpec("df", LONG, false, "articles of the period that contain the term"),
                    new ColumnSpec("issues", LONG, false, "issues of the period that contain the term"),
                    new ColumnSpec("tf_idf", DataTypes.DoubleType, false, "`tf × (ln((1 + N) / (1 + corpus_df)) + 1)`, N = articles in the corpus, corpus_df = articles of the whole corpus containing the term"),
                    new ColumnSpec("rank", INT, false, "1 = most frequent term of the period and source (by `tf`, ties by term)"),
                    new ColumnSpec("tfidf_rank", INT, false, "1 = highest `tf_idf` of the period and source (ties by term)")));

    public static final TableSpec INVESTMENTS = new TableSpec("investments",
            "one row per money amount the text presents as investment",
            List.of("issue_month"),
            "`article_id` joins `articles`; `parent_id` joins `mention_id` of the total a subtotal belongs to",
            List.of(
                    new ColumnSpec("mention_id", STRING, false, "`<article_id>-<n>`, stable across reruns"),
                    new ColumnSpec("article_id", STRING, false, "the article"),
                    new ColumnSpec("source", STRING, false, "newspaper"),
                    new ColumnSpec("issue_date", DATE, true, "date of the issue"),
                    new ColumnSpec("sentence_idx", INT, false, "sentence of the article text (0-based, as split for every table); -1 for the headline"),
                    new ColumnSpec("sentence", STRING, false, "the sentence the amount was read from: the evidence"),
                    new ColumnSpec("amount_text", STRING, false, "the amount as printed, with its qualifier (`约138亿元`, `超10亿元`)"),
                    new ColumnSpec("amount", MONEY, true, "value in units of `currency` (`约138亿元` = 13800000000); a range's midpoint; the bound for open amounts; null for `vague` amounts (see `qualifier`)"),
                    new ColumnSpec("amount_low", MONEY, true, "lower end (null when unbounded below: `不到5亿元`); for `vague`, the least the words allow (`数十亿元`: 1000000000)"),
                    new ColumnSpec("amount_high", MONEY, true, "upper end (null when unbounded above: `超10亿元`); for `vague`, the most the words allow (`数十亿元`: 10000000000)"),
                    new ColumnSpec("currency", STRING, false, "ISO 4217 code as written (`CNY`, `USD`, `EUR`, `HKD`, `TWD`, `JPY`, `GBP`, `KRW`, `THB`, `AUD`, `CAD`, `RUB`, `DEM`…; a currency word before the number names the currency of a plain 元 after it: `港币两千万元` is `HKD`): never converted"),
                    new ColumnSpec("qualifier", STRING, false, "how the text bounds the value, and how totals sum it: `exact` and `approximate` (约, 左右) by their value; `range` (`10亿至20亿元`, `10-20亿元`, `七八亿元`, `十多亿元` = 10亿..20亿, `50余亿元` = 50亿..60亿, `5亿多元` = 5亿..6亿) by its midpoint (`amount`), with its ends in `amount_low`/`amount_high`; `lower_bound` (超, 逾, 以上, (含)以上), `upper_bound` (不到, 以内) and `below` (近) by the bound; `vague` (`数十亿元`, `几百万元`: one to ten of the magnitude) not at all: its `amount` is null and it is never `counted`"),
                    new ColumnSpec("kind", STRING, false, "`total` (several projects), `single` (one project) or `subtotal` (part of a total: `其中…`)"),
                    new ColumnSpec("parent_id", STRING, true, "the counted `mention_id` this row belongs to: the total of a subtotal, the body amount a headline restates, the amount a conversion or repeat restates"),
                    new ColumnSpec("project_count", INT, true, "projects the amount covers when the text says (`28个…项目`)"),
                    new ColumnSpec("topic", STRING, false, "primary topic: from the project names around the amount, else the sentence, else the article's dominant topic (sectors of 战略性新兴产业 preferred to general topics); `未分类` when none; `sector/sub-topic` for sub-topics"),
                    new ColumnSpec("topic_sector", STRING, false, "top level of `topic`: the key of `topic_investment_totals`"),
                    new ColumnSpec("topics", DataTypes.createArrayType(STRING), false, "every topic the sentence matches, best first"),
                    new ColumnSpec("topic_basis", STRING, false, "`sentence`, `article` or `none`: where `topic` came from"),
                    new ColumnSpec("counted", DataTypes.BooleanType, false, "true when the amount is added to totals: money committed to or spent on building or acquiring productive assets (projects, plants, equity, land for development); false for subtotals, repeats, restatements, vague amounts, money that is not investment (`non_investment`) and money not approved or cancelled (`status`)"),
                    new ColumnSpec("reason", STRING, true, "why an amount is not counted: `subtotal of mention N` (with `; parts add up to more than mention N` when the parts overshoot), `headline restates mention N`, `duplicate of mention N`, `conversion of mention N`, `progress of mention N`, `superseded by mention N`, `rounded restatement of mention N`, `not investment: <non_investment>`, `not approved`, `cancelled`, `vague amount`; null when counted"),
                    new ColumnSpec("status", STRING, true, "where the money stands when the text says it: `planned` (计划, 拟, 将), `signed` (签约, 协议), `approved` (获批, 核准, 备案), `not_approved` (未获批准, 被否决), `started` (开工, 在建), `completed` (竣工, 投产, 完成投资, 到位), `cancelled` (取消, 终止, 叫停); `not_approved` and `cancelled` are not counted; null when the text does not say or the money is not investment"),
                    new ColumnSpec("non_investment", STRING, true, "what an amount worded like investment is instead, never counted: `assets_under_management` (委托规模, 管理规模), `quota` (QFII额度, 上限), `threshold` (最低注册资本, 门槛, 要求…不低于), `fee`, `advertising` (广告, 营销投入), `savings` (储蓄存款, 民间资本规模), `funding_source` (a source inside a 资金来源 breakdown), `resale_purchase` (采购, 收购 of goods); null for investment. What is counted and how well: docs/investments.md (`jobs/eval-investments`)"),
                    new ColumnSpec("issue_month", STRING, false, "partition column: `yyyy-MM` of `issue_date`, `" + UNDATED_MONTH + "` when it is null")));

    public static final TableSpec TOPIC_INVESTMENT_TOTALS = new TableSpec("topic_investment_totals",
            "one row per period, source, topic and currency with counted investment",
            List.of(),
            "`period` + `source` + `topic` (= `investments.topic_sector`); drill down with `investments` on the same keys",
            List.of(
                    new ColumnSpec("period", STRING, true, "`yyyy-MM-dd`, `yyyy-MM` or `yyyy` by `--period`"),
                    new ColumnSpec("period_start", DATE, true, "first day of the period"),
                    new ColumnSpec("period_grain", STRING, false, "`day`, `month` or `year`"),
                    new ColumnSpec("source", STRING, false, "newspaper"),
                    new ColumnSpec("topic", STRING, false, "sector of 战略性新兴产业 or general topic; `未分类` when no topic matched; topics add up to the grand total"),
                    new ColumnSpec("currency", STRING, false, "currency of the amounts (never converted)"),
                    new ColumnSpec("total_amount", MONEY, true, "sum of `amount` over counted mentions: exact and approximate amounts at their value, ranges at their midpoint, bounds at the bound (see `investments.qualifier`); vague amounts never, as they are not counted"),
                    new ColumnSpec("total_low", MONEY, true, "sum of `amount_low` over counted mentions (0 for amounts unbounded below: `upper_bound`, `below`)"),
                    new ColumnSpec("total_high", MONEY, true, "sum of upper ends; null when any counted amount is unbounded above"),
                    new ColumnSpec("mentions", LONG, false, "counted mentions"),
                    new ColumnSpec("projects", LONG, false, "projects stated by the counted mentions (0 when none stated)"),
                    new ColumnSpec("articles", LONG, false, "articles with counted mentions")));

    public static final TableSpec ENTITIES = new TableSpec("entities",
            "one row per mention of a person, place or organisation (and per reporter of a byline)",
            List.of("issue_month"),
            "`article_id` joins `articles`; `start`/`end` index `articles.text`",
            List.of(
                    new ColumnSpec("article_id", STRING, false, "the article"),
                    new ColumnSpec("issue_date", DATE, true, "date of the issue"),
                    new ColumnSpec("source", STRING, false, "newspaper"),
                    new ColumnSpec("sentence_idx", INT, true, "sentence of the article (0-based); null for a byline name not printed in the text"),
                    new ColumnSpec("start", INT, true, "offset of the first character in `articles.text`"),
                    new ColumnSpec("end", INT, true, "offset after the last character (`text[start:end] == surface`)"),
                    new ColumnSpec("surface", STRING, false, "the mention as printed"),
                    new ColumnSpec("canonical", STRING, false, "the entity it names: the full name found elsewhere in the article, the alias file's canonical form, or the full name of a known short form (`工行` → `中国工商银行`, `中` in `中美` → `中国`)"),
                    new ColumnSpec("type", STRING, false, "`PERSON`, `PLACE` or `ORGANIZATION`"),
                    new ColumnSpec("role", STRING, false, "`mention`, or `reporter` for the names in bylines"),
                    new ColumnSpec("method", STRING, false, "what found it: `hanlp-hmm`, `perceptron`, `title`, `title-list`, `org-suffix`, `org-before-title`, `gazetteer`, `country-abbreviation`, `known-name`, `known-abbreviation`, `doc-consistency`, `alias`, `byline`"),
                    new ColumnSpec("issue_month", STRING, false, "partition column: `yyyy-MM` of `issue_date`, `" + UNDATED_MONTH + "` when it is null")));

    public static final TableSpec ENTITY_COOCCURRENCE = new TableSpec("entity_cooccurrence",
            "one row per pair of entities named in the same article, per period and source",
            List.of(),
            "`entity_a`/`entity_b` + `type_a`/`type_b` join `entities.canonical` + `entities.type` and `entity_summary`; "
                    + "reporters (`role = reporter`) are left out unless the run had `--pairs-include-reporters`",
            List.of(
                    new ColumnSpec("period", STRING, true, "`yyyy-MM-dd`, `yyyy-MM` or `yyyy` by `--period` (default month); null for undated inputs"),
                    new ColumnSpec("period_grain", STRING, false, "`day`, `month` or `year`"),
                    new ColumnSpec("source", STRING, false, "newspaper"),
                    new ColumnSpec("entity_a", STRING, false, "canonical name of the pair's first entity: pairs are ordered by (name, type), comparing Unicode code points (UTF-8 byte order), so each pair has one row"),
                    new ColumnSpec("type_a", STRING, false, "its type"),
                    new ColumnSpec("entity_b", STRING, false, "canonical name of the other entity"),
                    new ColumnSpec("type_b", STRING, false, "its type"),
                    new ColumnSpec("articles", LONG, false, "articles of the period and source naming both (at least 1)"),
                    new ColumnSpec("sentences", LONG, false, "sentences naming both; 0 when they share articles but no sentence"),
                    new ColumnSpec("first_date", DATE, true, "first `issue_date` of an article naming both; null for undated inputs"),
                    new ColumnSpec("last_date", DATE, true, "last `issue_date` of an article naming both; null for undated inputs"),
                    new ColumnSpec("pmi", DataTypes.DoubleType, false, "pointwise mutual information over the articles of the period and source, `ln(p(a,b) / (p(a) p(b)))` with p(a,b) = `articles` / N, p(a) = articles naming a / N, N = all articles of the period and source (with or without entities); 0 = independent"),
                    new ColumnSpec("npmi", DataTypes.DoubleType, false, "normalised PMI, `pmi / -ln p(a,b)`: 1 = always together (also when p(a,b) = 1), 0 = independent, towards -1 = seldom together")));

    /** Element of {@code entity_summary.top_co_entities}. Nested fields are nullable: Spark cannot cast to non-null ones. */
    private static final DataType CO_ENTITY = DataTypes.createStructType(List.of(
            DataTypes.createStructField("entity", STRING, true),
            DataTypes.createStructField("type", STRING, true),
            DataTypes.createStructField("articles", LONG, true),
            DataTypes.createStructField("npmi", DataTypes.DoubleType, true)));

    public static final TableSpec ENTITY_SUMMARY = new TableSpec("entity_summary",
            "one row per entity (canonical name and type) per period and source",
            List.of(),
            "`period` + `source`; `canonical` + `type` join `entities` and `entity_a`/`type_a` or `entity_b`/`type_b` of `entity_cooccurrence`",
            List.of(
                    new ColumnSpec("period", STRING, true, "`yyyy-MM-dd`, `yyyy-MM` or `yyyy` by `--period` (default month); null for undated inputs"),
                    new ColumnSpec("period_start", DATE, true, "first day of the period"),
                    new ColumnSpec("period_grain", STRING, false, "`day`, `month` or `year`"),
                    new ColumnSpec("source", STRING, false, "newspaper"),
                    new ColumnSpec("canonical", STRING, false, "the entity's canonical name (see `entities.canonical`)"),
                    new ColumnSpec("type", STRING, false, "`PERSON`, `PLACE` or `ORGANIZATION`"),
                    new ColumnSpec("mentions", LONG, false, "rows of `entities` for it in the period and source, every role: `sum(mentions)` = rows of `entities`"),
                    new ColumnSpec("reporter_mentions", LONG, false, "of those, rows with `role = reporter` (bylines, names after 记者); `mentions - reporter_mentions` = mentions in the news"),
                    new ColumnSpec("articles", LONG, false, "articles of the period and source naming it, in any role"),
                    new ColumnSpec("issues", LONG, false, "issues (`issue_date`s) of the period and source naming it; undated articles count as one issue"),
                    new ColumnSpec("top_co_entities", DataTypes.createArrayType(CO_ENTITY), false, "up to 5 partners from `entity_cooccurrence` of the same period and source (`entity`, `type`, shared `articles`, `npmi`): most shared articles first, then higher npmi, then name and type; empty when it has none (an entity named only as a reporter has none unless `--pairs-include-reporters`)")));

    public static List<TableSpec> all() {
        return List.of(ARTICLES, REJECTS, WARNINGS, TERM_FREQUENCIES, TERM_SUMMARY, ENTITIES, ENTITY_COOCCURRENCE, ENTITY_SUMMARY, INVESTMENTS, TOPIC_INVESTMENT_TOTALS);
    }

    private Tables() {
    }
}
