package broadsheet.nlp;

import com.hankcs.hanlp.seg.Segment;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * Articles to segmented sentences: each article is split into sentences (HanLP's role tagging is
 * super-linear in input length, so never whole articles) and each sentence segmented once with the per-JVM
 * segmenter. Articles are spread over {@code partitions} tasks first, because a single input file (the PKU
 * corpus, a big JSONL) would otherwise be segmented by one core. The result is what every later stage
 * reads: terms, entities, investments.
 */
public final class SegmentStage {
    /** Columns of the segmented-sentence rows. Tokens are parallel arrays: compact and fast to encode. */
    public static final StructType SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("issue_date", DataTypes.DateType, true)
            .add("sentence_idx", DataTypes.IntegerType, false)
            .add("sentence_start", DataTypes.IntegerType, false)
            .add("sentence", DataTypes.StringType, false)
            .add("words", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("pos_tags", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("offsets", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

    private final NlpConfig config;
    private final int partitions;

    public SegmentStage(NlpConfig config, int partitions) {
        this.config = config;
        this.partitions = partitions;
    }

    public Dataset<Row> apply(Dataset<Row> articles) {
        NlpConfig cfg = config;
        MapPartitionsFunction<Row, Row> segment = rows -> segmentAll(cfg, rows);
        return articles.select(col("article_id"), col("source"), col("issue_date"), col("text"))
                .repartition(partitions, col("article_id"))
                .mapPartitions(segment, ExpressionEncoder.apply(SCHEMA));
    }

    private static Iterator<Row> segmentAll(NlpConfig cfg, Iterator<Row> articles) {
        Segment segment = Segmenters.get(cfg);
        return new Iterator<>() {
            private final List<Row> pending = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (next >= pending.size() && articles.hasNext()) {
                    pending.clear();
                    next = 0;
                    addSentences(segment, articles.next(), pending);
                }
                return next < pending.size();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return pending.get(next++);
            }
        };
    }

    private static void addSentences(Segment segment, Row article, List<Row> out) {
        String articleId = article.getString(0);
        String source = article.getString(1);
        Object date = article.get(2);
        String text = article.getString(3);
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        for (int i = 0; i < spans.size(); i++) {
            SentenceSplitter.Span span = spans.get(i);
            String sentence = span.of(text);
            List<Token> tokens = Segmenters.tokens(segment, sentence);
            String[] words = new String[tokens.size()];
            String[] tags = new String[tokens.size()];
            int[] offsets = new int[tokens.size()];
            for (int t = 0; t < tokens.size(); t++) {
                words[t] = tokens.get(t).word();
                tags[t] = tokens.get(t).pos();
                offsets[t] = tokens.get(t).offset();
            }
            out.add(new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(new Object[] {
                    articleId, source, date, i, span.start(), sentence,
                    scala.jdk.javaapi.CollectionConverters.asScala(List.of(words)).toSeq(),
                    scala.jdk.javaapi.CollectionConverters.asScala(List.of(tags)).toSeq(),
                    scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.stream(offsets).boxed().toList()).toSeq()}, SCHEMA));
        }
    }

    /** Tokens of a segmented-sentence row, for stages that work on them in plain Java. */
    public static List<Token> tokensOf(Row row) {
        List<String> words = row.getList(row.fieldIndex("words"));
        List<String> tags = row.getList(row.fieldIndex("pos_tags"));
        List<Integer> offsets = row.getList(row.fieldIndex("offsets"));
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            tokens.add(new Token(words.get(i), tags.get(i), offsets.get(i)));
        }
        return tokens;
    }

}
