package broadsheet.nlp;

import com.hankcs.hanlp.seg.Segment;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

/**
 * Articles to segmented articles: each article is split into sentences (HanLP's role tagging is
 * super-linear in input length, so never whole articles) and each sentence segmented once with the per-JVM
 * segmenter. Articles are spread over {@code partitions} tasks first, because a single input file (the PKU
 * corpus, a big JSONL) would otherwise be segmented by one core. They are spread by issue: a dated issue's
 * articles land in one task, next to each other, so per-issue term counts need no shuffle; undated articles
 * (which all share one "issue" per source) are spread one by one instead, so that a large undated feed does
 * not fall on one core. One output row per article, its sentences nested: what every later stage reads
 * (terms, entities), with no second segmentation.
 */
public final class SegmentStage {
    /** A sentence: offset in the article text, text, and its tokens as parallel arrays (compact, fast to encode). */
    public static final StructType SENTENCE = new StructType()
            .add("start", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false)
            .add("words", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("pos_tags", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("offsets", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

    public static final StructType SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("issue_date", DataTypes.DateType, true)
            .add("headline", DataTypes.StringType, true)
            .add("bylines", DataTypes.createArrayType(DataTypes.StringType, true), true)
            .add("sentences", DataTypes.createArrayType(SENTENCE, false), false);

    private final NlpConfig config;
    private final int partitions;

    public SegmentStage(NlpConfig config, int partitions) {
        this.config = config;
        this.partitions = partitions;
    }

    public Dataset<Row> apply(Dataset<Row> articles) {
        NlpConfig cfg = config;
        MapPartitionsFunction<Row, Row> segment = rows -> segmentAll(cfg, rows);
        return articles.select(col("article_id"), col("source"), col("issue_date"), col("headline"), col("bylines"), col("text"))
                .repartition(partitions, col("source"), col("issue_date"), when(col("issue_date").isNull(), col("article_id")))
                .sortWithinPartitions(col("source"), col("issue_date"), col("article_id"))
                .mapPartitions(segment, ExpressionEncoder.apply(SCHEMA));
    }

    /** Static, so the task closure holds only the config (an anonymous class here would capture the stage). */
    private static Iterator<Row> segmentAll(NlpConfig cfg, Iterator<Row> rows) {
        Segment segmenter = Segmenters.get(cfg);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return segmentArticle(segmenter, rows.next());
            }
        };
    }

    private static Row segmentArticle(Segment segmenter, Row article) {
        String text = article.getString(5);
        List<Row> sentences = new ArrayList<>();
        for (SentenceSplitter.Span span : SentenceSplitter.split(text)) {
            String sentence = span.of(text);
            List<Token> tokens = Segmenters.tokens(segmenter, sentence);
            String[] words = new String[tokens.size()];
            String[] tags = new String[tokens.size()];
            Integer[] offsets = new Integer[tokens.size()];
            for (int t = 0; t < tokens.size(); t++) {
                words[t] = tokens.get(t).word();
                tags[t] = tokens.get(t).pos();
                offsets[t] = tokens.get(t).offset();
            }
            sentences.add(RowFactory.create(span.start(), sentence, seq(words), seq(tags), seq(offsets)));
        }
        return RowFactory.create(article.get(0), article.get(1), article.get(2), article.get(3), article.get(4), seq(sentences.toArray()));
    }

    /** Wraps without copying: a Scala list here costs a node per token. */
    @SuppressWarnings("unchecked")
    private static <T> scala.collection.immutable.Seq<T> seq(T[] values) {
        return (scala.collection.immutable.Seq<T>) scala.collection.immutable.ArraySeq.unsafeWrapArray(values);
    }

    /** Sentence rows of a segmented article. */
    public static List<Row> sentencesOf(Row article) {
        return article.getList(article.fieldIndex("sentences"));
    }

    /** Tokens of one sentence row, for stages that work on them in plain Java. */
    public static List<Token> tokensOf(Row sentence) {
        List<String> words = sentence.getList(sentence.fieldIndex("words"));
        List<String> tags = sentence.getList(sentence.fieldIndex("pos_tags"));
        List<Integer> offsets = sentence.getList(sentence.fieldIndex("offsets"));
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            tokens.add(new Token(words.get(i), tags.get(i), offsets.get(i)));
        }
        return tokens;
    }
}
