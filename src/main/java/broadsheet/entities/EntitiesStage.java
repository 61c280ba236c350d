package broadsheet.entities;

import broadsheet.io.BatchIterator;
import broadsheet.io.Tables;
import broadsheet.terms.Period;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import scala.jdk.javaapi.CollectionConverters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The {@code entities} table (one row per mention, made in the analysis pass by {@link EntityExtractor}) to
 * {@code entity_cooccurrence} (pairs of entities in the same article, per period and source, with the sentences
 * naming both and PMI) and {@code entity_summary} (each entity per period and source, with its top partners).
 */
public final class EntitiesStage {
    /** Article-level pair rows from {@link EntityPairs}, before they are added up per period and source. */
    static final StructType PAIR_IN_ARTICLE = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("issue_date", DataTypes.DateType, true)
            .add("entity_a", DataTypes.StringType, false)
            .add("type_a", DataTypes.StringType, false)
            .add("entity_b", DataTypes.StringType, false)
            .add("type_b", DataTypes.StringType, false)
            .add("sentences", DataTypes.LongType, false);

    /** One of an entity's best partners within one task, before the lists of all tasks are merged. */
    static final StructType PARTNER_OF_ENTITY = new StructType()
            .add("tp", DataTypes.StringType, true)
            .add("ts", DataTypes.StringType, false)
            .add("tc", DataTypes.StringType, false)
            .add("tt", DataTypes.StringType, false)
            .add("p_entity", DataTypes.StringType, false)
            .add("p_type", DataTypes.StringType, false)
            .add("articles", DataTypes.LongType, false)
            .add("npmi", DataTypes.DoubleType, false);

    /** An entity's best partners over all tasks, as {@code entity_summary.top_co_entities} lists them. */
    static final StructType TOP_OF_ENTITY = new StructType()
            .add("tp", DataTypes.StringType, true)
            .add("ts", DataTypes.StringType, false)
            .add("tc", DataTypes.StringType, false)
            .add("tt", DataTypes.StringType, false)
            .add("top", Tables.ENTITY_SUMMARY.schema().apply("top_co_entities").dataType(), false);

    /**
     * Entities whose partner lists one task holds at once before handing them on: about 470 bytes each with their
     * names shared (930 without, measured with 5 partners each), so some 25 MB, small beside an executor's user memory.
     */
    static final int TOP_PARTNERS_HELD = 50_000;

    /** Partners listed in {@code entity_summary.top_co_entities}. */
    public static final int TOP_CO_ENTITIES = 5;

    private final Period period;
    private final boolean pairsIncludeReporters;

    /** Pairs without reporters, the default. */
    public EntitiesStage(Period period) {
        this(period, false);
    }

    /** @param pairsIncludeReporters true to pair reporters ({@code role = reporter}) too ({@code --pairs-include-reporters}) */
    public EntitiesStage(Period period, boolean pairsIncludeReporters) {
        this.period = period;
        this.pairsIncludeReporters = pairsIncludeReporters;
    }

    /**
     * Entity pairs per period and source, one row per pair: {@code articles} naming both, {@code sentences} naming
     * both, first and last issue date, and PMI / normalised PMI over the articles of the period and source.
     * Pairs are made per article in plain Java ({@link EntityPairs}: one row per pair and article, with the
     * article's sentences naming both) and only added up here, so mention rows are never joined with themselves.
     * For N articles in a period and source (all of them, with or without entities), {@code pmi = ln(p(a,b) / (p(a) p(b)))}
     * and {@code npmi = pmi / -ln p(a,b)}, 1 when p(a,b) = 1. Reporters are left out unless the stage includes them.
     *
     * @param entities the {@code entities} table
     * @param articles the {@code articles} table: N per period and source
     */
    public Dataset<Row> cooccurrence(Dataset<Row> entities, Dataset<Row> articles) {
        Dataset<Row> m = pairMentions(entities);
        // Each article's mentions brought together by a shuffle and a sort, then read one article after another:
        // no per-article list is built by an aggregate (collect_list falls back to sorting its input anyway).
        MapPartitionsFunction<Row, Row> toPairs = EntitiesStage::pairRows;
        Dataset<Row> pairs = m.select(col("article_id"), col("source"), col("issue_date"), col("canonical"), col("type"), col("sentence_idx"))
                .repartition(col("article_id"))
                .sortWithinPartitions(col("article_id"))
                .mapPartitions(toPairs, ExpressionEncoder.apply(PAIR_IN_ARTICLE))
                .withColumn("period", period.label(col("issue_date")))
                .groupBy("period", "source", "entity_a", "type_a", "entity_b", "type_b")
                .agg(count(lit(1)).as("articles"), sum("sentences").as("sentences"),
                        min("issue_date").as("first_date"), max("issue_date").as("last_date"));
        Dataset<Row> single = m.withColumn("period", period.label(col("issue_date")))
                .groupBy("period", "source", "canonical", "type").agg(countDistinct("article_id").as("n"));
        Dataset<Row> na = single.select(col("period").as("pa"), col("source").as("sa"), col("canonical").as("ca"), col("type").as("ta"), col("n").as("n_a"));
        Dataset<Row> nb = single.select(col("period").as("pb"), col("source").as("sb"), col("canonical").as("cb"), col("type").as("tb"), col("n").as("n_b"));
        Dataset<Row> totals = articles.withColumn("pn", period.label(col("issue_date")))
                .groupBy(col("pn"), col("source").as("sn")).agg(count(lit(1)).as("n_articles"));
        // Ratios of exact integers, each rounded once: pmi is exactly 0 for independent pairs and npmi exactly 1
        // when a and b are in the same articles.
        Column nab = col("articles");
        Column pmi = log(nab.multiply(col("n_articles")).divide(col("n_a").multiply(col("n_b"))));
        Column negLogPab = log(col("n_articles").divide(nab));
        return pairs
                .join(na, col("period").eqNullSafe(col("pa")).and(col("source").equalTo(col("sa")))
                        .and(col("entity_a").equalTo(col("ca"))).and(col("type_a").equalTo(col("ta"))))
                .join(nb, col("period").eqNullSafe(col("pb")).and(col("source").equalTo(col("sb")))
                        .and(col("entity_b").equalTo(col("cb"))).and(col("type_b").equalTo(col("tb"))))
                .join(totals, col("period").eqNullSafe(col("pn")).and(col("source").equalTo(col("sn"))))
                .withColumn("pmi", pmi)
                // p(a,b) = 1: -ln p(a,b) = 0, and npmi is 1 by definition.
                .withColumn("npmi", when(nab.geq(col("n_articles")), lit(1.0)).otherwise(col("pmi").divide(negLogPab)))
                .withColumn("period_grain", lit(period.cliName()))
                .select(Tables.ENTITY_COOCCURRENCE.projection());
    }

    /** The mention rows pairs are made of: every role, or all but reporters. */
    Dataset<Row> pairMentions(Dataset<Row> entities) {
        return pairsIncludeReporters ? entities : entities.filter(col("role").notEqual(EntityMention.ROLE_REPORTER));
    }

    /**
     * Mention rows (article_id, source, issue_date, canonical, type, sentence_idx), each article's together, to
     * pair rows: each article's pairs as {@link EntityPairs} makes them, one article at a time.
     */
    static Iterator<Row> pairRows(Iterator<Row> mentions) {
        return new BatchIterator<>() {
            private Row lookahead = mentions.hasNext() ? mentions.next() : null;

            @Override
            protected boolean fill(List<Row> pending) {
                if (lookahead == null) {
                    return false;
                }
                Row first = lookahead;
                List<EntityPairs.Mention> article = new ArrayList<>();
                while (lookahead != null && lookahead.getString(0).equals(first.getString(0))) {
                    article.add(new EntityPairs.Mention(lookahead.getString(3), lookahead.getString(4),
                            lookahead.isNullAt(5) ? null : lookahead.getInt(5)));
                    lookahead = mentions.hasNext() ? mentions.next() : null;
                }
                for (EntityPairs.Pair p : EntityPairs.of(article)) {
                    pending.add(RowFactory.create(first.get(1), first.get(2), p.a().canonical(), p.a().type(),
                            p.b().canonical(), p.b().type(), (long) p.sentences()));
                }
                return true;
            }
        };
    }

    /**
     * One row per entity per period and source: mentions (every role, reporters counted apart), articles, issues,
     * and its top {@value #TOP_CO_ENTITIES} partners from {@code entity_cooccurrence} (most shared articles, then
     * higher npmi, then name and type).
     *
     * @param entities    the {@code entities} table
     * @param cooccurrence the {@code entity_cooccurrence} table of the same period grain
     */
    public Dataset<Row> summary(Dataset<Row> entities, Dataset<Row> cooccurrence) {
        Dataset<Row> base = entities
                .withColumn("period", period.label(col("issue_date")))
                .withColumn("period_start", period.start(col("issue_date")))
                .groupBy("period", "period_start", "source", "canonical", "type")
                .agg(count(lit(1)).as("mentions"),
                        count(when(col("role").equalTo(EntityMention.ROLE_REPORTER), lit(1))).as("reporter_mentions"),
                        countDistinct("article_id").as("articles"),
                        countDistinct("issue_date").as("dated_issues"))
                // Undated articles are one issue per source, as in term_summary.
                .withColumn("issues", when(col("period").isNull(), lit(1L)).otherwise(col("dated_issues")));
        // Each entity's best partners, from both sides of each pair, in plain Java: TopPartners keeps at most five per
        // entity in each task, and after a shuffle by entity the few lists of each entity are merged. No aggregate
        // collects the lists (Spark's object aggregate falls back to sorting every row beyond 128 groups in a task).
        MapPartitionsFunction<Row, Row> partial = EntitiesStage::topPartnerRows;
        MapPartitionsFunction<Row, Row> merge = EntitiesStage::mergedTopPartners;
        Dataset<Row> top = cooccurrence
                .select(col("period"), col("source"), col("entity_a"), col("type_a"), col("entity_b"), col("type_b"), col("articles"), col("npmi"))
                .mapPartitions(partial, ExpressionEncoder.apply(PARTNER_OF_ENTITY))
                .repartition(col("tp"), col("ts"), col("tc"), col("tt"))
                .sortWithinPartitions(col("tp"), col("ts"), col("tc"), col("tt"))
                .mapPartitions(merge, ExpressionEncoder.apply(TOP_OF_ENTITY))
                // The files have always said the list's elements are never null, and readers check the schema: an
                // encoded list may hold nulls, a list of named_struct may not.
                .withColumn("top", expr("transform(top, x -> named_struct('entity', x.entity, 'type', x.type, "
                        + "'articles', x.articles, 'npmi', x.npmi))"));
        return base
                .join(top, col("period").eqNullSafe(col("tp")).and(col("source").equalTo(col("ts")))
                        .and(col("canonical").equalTo(col("tc"))).and(col("type").equalTo(col("tt"))), "left")
                .withColumn("top_co_entities", coalesce(col("top"), array()))
                .withColumn("period_grain", lit(period.cliName()))
                .select(Tables.ENTITY_SUMMARY.projection());
    }

    /** An entity of one period and source, as {@link TopPartners} keys it. */
    record EntityInPeriod(String period, String source, String canonical, String type) {
    }

    /**
     * Pair rows (period, source, entity_a, type_a, entity_b, type_b, articles, npmi) to each entity's best
     * {@value #TOP_CO_ENTITIES} partners among them, as {@link #PARTNER_OF_ENTITY} rows; an entity may come out
     * more than once (when the task held too many entities at once), each time with its best partners of a part.
     */
    static Iterator<Row> topPartnerRows(Iterator<Row> pairs) {
        return topPartnerRows(pairs, TOP_PARTNERS_HELD);
    }

    static Iterator<Row> topPartnerRows(Iterator<Row> pairs, int held) {
        TopPartners<EntityInPeriod> best = new TopPartners<>(TOP_CO_ENTITIES, held);
        // One String per distinct name, period, source and type among those held: each row brings new copies.
        Map<String, String> strings = new HashMap<>();
        return new BatchIterator<>() {
            private String shared(String s) {
                String known = strings.putIfAbsent(s, s);
                return known == null ? s : known;
            }

            @Override
            protected boolean fill(List<Row> pending) {
                if (!pairs.hasNext() && best.size() == 0) {
                    return false;
                }
                boolean full = false;
                while (!full && pairs.hasNext()) {
                    Row r = pairs.next();
                    String period = r.isNullAt(0) ? null : shared(r.getString(0));
                    String source = shared(r.getString(1));
                    String a = shared(r.getString(2));
                    String typeA = shared(r.getString(3));
                    String b = shared(r.getString(4));
                    String typeB = shared(r.getString(5));
                    long articles = r.getLong(6);
                    double npmi = r.getDouble(7);
                    full = best.offer(new EntityInPeriod(period, source, a, typeA), new TopPartners.Partner(articles, npmi, b, typeB));
                    full |= best.offer(new EntityInPeriod(period, source, b, typeB), new TopPartners.Partner(articles, npmi, a, typeA));
                }
                strings.clear();
                best.drain((e, partners) -> {
                    for (TopPartners.Partner p : partners) {
                        pending.add(RowFactory.create(e.period(), e.source(), e.canonical(), e.type(),
                                p.entity(), p.type(), p.articles(), p.npmi()));
                    }
                });
                return true;
            }
        };
    }

    /**
     * {@link #PARTNER_OF_ENTITY} rows, each entity's together (as the shuffle and sort give them), to one
     * {@link #TOP_OF_ENTITY} row per entity: the best {@value #TOP_CO_ENTITIES} of its partial lists.
     */
    static Iterator<Row> mergedTopPartners(Iterator<Row> partials) {
        return new BatchIterator<>() {
            private Row lookahead = partials.hasNext() ? partials.next() : null;

            @Override
            protected boolean fill(List<Row> pending) {
                if (lookahead == null) {
                    return false;
                }
                Row first = lookahead;
                List<TopPartners.Partner> partners = new ArrayList<>();
                while (lookahead != null && sameEntity(first, lookahead)) {
                    partners.add(new TopPartners.Partner(lookahead.getLong(6), lookahead.getDouble(7), lookahead.getString(4), lookahead.getString(5)));
                    lookahead = partials.hasNext() ? partials.next() : null;
                }
                partners.sort(TopPartners.BEST_FIRST);
                List<Row> top = new ArrayList<>(TOP_CO_ENTITIES);
                for (TopPartners.Partner p : partners.subList(0, Math.min(TOP_CO_ENTITIES, partners.size()))) {
                    top.add(RowFactory.create(p.entity(), p.type(), p.articles(), p.npmi()));
                }
                // Rows hold arrays as Scala sequences.
                pending.add(RowFactory.create(first.get(0), first.get(1), first.get(2), first.get(3),
                        CollectionConverters.asScala(top).toSeq()));
                return true;
            }
        };
    }

    private static boolean sameEntity(Row x, Row y) {
        return Objects.equals(x.get(0), y.get(0)) && x.getString(1).equals(y.getString(1))
                && x.getString(2).equals(y.getString(2)) && x.getString(3).equals(y.getString(3));
    }
}
