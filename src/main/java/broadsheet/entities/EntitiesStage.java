package broadsheet.entities;

import broadsheet.io.Tables;
import broadsheet.nlp.SegmentStage;
import broadsheet.nlp.Token;
import broadsheet.terms.Period;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * Segmented articles to the {@code entities} table (one row per mention, via {@link EntityExtractor} over
 * the tokens the pipeline already has) and {@code entity_cooccurrence} (pairs of entities in the same
 * article or sentence, per period and source, with normalised PMI).
 */
public final class EntitiesStage {
    static final StructType MENTION = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("issue_date", DataTypes.DateType, true)
            .add("sentence_idx", DataTypes.IntegerType, true)
            .add("start", DataTypes.IntegerType, true)
            .add("end", DataTypes.IntegerType, true)
            .add("surface", DataTypes.StringType, false)
            .add("canonical", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false)
            .add("role", DataTypes.StringType, false)
            .add("method", DataTypes.StringType, false);

    private final EntityExtractor extractor;
    private final Period period;

    public EntitiesStage(EntityExtractor extractor, Period period) {
        this.extractor = extractor;
        this.period = period;
    }

    public Dataset<Row> mentions(Dataset<Row> segmented) {
        EntityExtractor x = extractor;
        FlatMapFunction<Row, Row> perArticle = a -> extract(x, a).iterator();
        return segmented.flatMap(perArticle, ExpressionEncoder.apply(MENTION)).select(Tables.ENTITIES.projection());
    }

    static List<Row> extract(EntityExtractor x, Row article) {
        List<Row> sentenceRows = SegmentStage.sentencesOf(article);
        List<String> sentences = new ArrayList<>(sentenceRows.size());
        List<List<Token>> tokens = new ArrayList<>(sentenceRows.size());
        for (Row s : sentenceRows) {
            sentences.add(s.getString(s.fieldIndex("text")));
            tokens.add(SegmentStage.tokensOf(s));
        }
        List<String> bylines = article.isNullAt(4) ? List.of() : article.getList(4);
        List<Row> out = new ArrayList<>();
        for (EntityMention m : x.extract(article.getString(3), sentences, tokens, bylines)) {
            boolean placed = m.sentenceIdx() >= 0;
            int base = placed ? sentenceRows.get(m.sentenceIdx()).getInt(0) : 0;
            out.add(RowFactory.create(article.get(0), article.get(1), article.get(2),
                    placed ? m.sentenceIdx() : null, placed ? base + m.start() : null, placed ? base + m.end() : null,
                    m.surface(), m.canonical(), m.type().name(), m.role(), m.method()));
        }
        return out;
    }

    /**
     * Co-occurrence of entity pairs (reporters left out), at article and at sentence scope. For a scope with
     * N units (articles or sentences) in a period and source, {@code npmi = ln(p(a,b) / (p(a) p(b))) / -ln p(a,b)}.
     */
    public Dataset<Row> cooccurrence(Dataset<Row> entities, Dataset<Row> articles) {
        Dataset<Row> m = entities.filter(col("role").equalTo("mention"))
                .withColumn("period", period.label(col("issue_date")))
                .select("period", "source", "article_id", "sentence_idx", "canonical", "type");
        Dataset<Row> byArticle = pairs(m.select("period", "source", "article_id", "canonical", "type").distinct()
                .withColumn("unit", col("article_id")), "article",
                articles.withColumn("period", period.label(col("issue_date"))).groupBy("period", "source").agg(count(lit(1)).as("units")));
        Dataset<Row> sentenceUnits = articles.withColumn("period", period.label(col("issue_date")))
                .groupBy("period", "source").agg(org.apache.spark.sql.functions.sum("sentence_count").as("units"));
        Dataset<Row> bySentence = pairs(m.filter(col("sentence_idx").isNotNull())
                .withColumn("unit", org.apache.spark.sql.functions.concat_ws("#", col("article_id"), col("sentence_idx")))
                .select("period", "source", "article_id", "unit", "canonical", "type").distinct(), "sentence", sentenceUnits);
        return byArticle.unionByName(bySentence)
                .withColumn("period_grain", lit(period.cliName()))
                .select(Tables.ENTITY_COOCCURRENCE.projection());
    }

    private static Dataset<Row> pairs(Dataset<Row> units, String scope, Dataset<Row> unitCounts) {
        Dataset<Row> a = units.select(col("period"), col("source"), col("article_id"), col("unit"),
                col("canonical").as("entity_a"), col("type").as("type_a"));
        Dataset<Row> b = units.select(col("period").as("p2"), col("source").as("s2"), col("unit").as("u2"),
                col("canonical").as("entity_b"), col("type").as("type_b"));
        Column ordered = struct(col("entity_a"), col("type_a")).lt(struct(col("entity_b"), col("type_b")));
        Dataset<Row> joint = a.join(b, col("period").eqNullSafe(col("p2")).and(col("source").equalTo(col("s2")))
                        .and(col("unit").equalTo(col("u2"))))
                .filter(ordered)
                .groupBy("period", "source", "entity_a", "type_a", "entity_b", "type_b")
                .agg(count(lit(1)).as("units_ab"), countDistinct("article_id").as("articles"));
        Dataset<Row> single = units.groupBy("period", "source", "canonical", "type").agg(count(lit(1)).as("n"));
        Dataset<Row> na = single.select(col("period").as("pa"), col("source").as("sa"), col("canonical").as("ca"), col("type").as("ta"), col("n").as("n_a"));
        Dataset<Row> nb = single.select(col("period").as("pb"), col("source").as("sb"), col("canonical").as("cb"), col("type").as("tb"), col("n").as("n_b"));
        Dataset<Row> totals = unitCounts.select(col("period").as("pn"), col("source").as("sn"), col("units"));
        Column pab = col("units_ab").divide(col("units"));
        Column pmi = log(pab.divide(col("n_a").divide(col("units")).multiply(col("n_b").divide(col("units")))));
        return joint
                .join(na, col("period").eqNullSafe(col("pa")).and(col("source").equalTo(col("sa")))
                        .and(col("entity_a").equalTo(col("ca"))).and(col("type_a").equalTo(col("ta"))))
                .join(nb, col("period").eqNullSafe(col("pb")).and(col("source").equalTo(col("sb")))
                        .and(col("entity_b").equalTo(col("cb"))).and(col("type_b").equalTo(col("tb"))))
                .join(totals, col("period").eqNullSafe(col("pn")).and(col("source").equalTo(col("sn"))))
                .withColumn("scope", lit(scope))
                .withColumn("sentences", scope.equals("sentence") ? col("units_ab") : lit(null).cast("long"))
                // A pair present in every unit has p(a,b) = 1 and -ln p(a,b) = 0: npmi is 1 by definition.
                .withColumn("npmi", when(pab.geq(1.0), lit(1.0)).otherwise(pmi.divide(log(pab).multiply(-1.0))))
                .select("period", "source", "scope", "entity_a", "type_a", "entity_b", "type_b", "articles", "sentences", "npmi");
    }
}
