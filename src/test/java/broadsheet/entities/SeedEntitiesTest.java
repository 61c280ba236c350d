package broadsheet.entities;

import broadsheet.ingest.IssueLayoutParser;
import broadsheet.ingest.ParsedArticle;
import broadsheet.ingest.TextNormalizer;
import broadsheet.nlp.SentenceSplitter;
import broadsheet.nlp.Token;
import broadsheet.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 4's acceptance on the real seed issue (read in place from ../shared, skipped when absent): whole names, the
 * expected pairs and none of the fake persons, for `--ner fast` and, when jobs/train-ner has built the model, for
 * `--ner accurate`. Plain Java over the same parser, sentence splitter and segmenter as the pipeline.
 */
class SeedEntitiesTest {
    private static final Path MODEL = Path.of(EntityEvaluation.DEFAULT_MODEL);

    @Test
    void fastFindsTheSeedsNamesWholeAndPairsThem() throws Exception {
        check(EntityExtractor.defaults());
    }

    @Test
    void accurateFindsTheSeedsNamesWholeAndPairsThem() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(MODEL), "NER model absent (jobs/train-ner builds it): " + MODEL);
        check(EntityExtractor.builder().nerModel(MODEL.toAbsolutePath()).build());
    }

    private static void check(EntityExtractor x) throws Exception {
        Path seed = SharedData.require("seed/wuxi-daily-2022-11-04.txt");
        String text = TextNormalizer.normalize(Files.readString(seed, StandardCharsets.UTF_8));
        List<ParsedArticle> articles = IssueLayoutParser.parse(text, LocalDate.of(2022, 11, 4)).articles();
        assertTrue(articles.size() >= 5, "articles: " + articles.size());
        Set<String> found = new HashSet<>(), surfaces = new HashSet<>();
        Set<EntityPairs.Pair> pairs = new HashSet<>();
        for (ParsedArticle a : articles) {
            List<String> sentences = SentenceSplitter.sentences(a.text());
            List<List<Token>> tokens = new ArrayList<>();
            for (String s : sentences) tokens.add(HanlpTokens.tokens(s));
            List<EntityPairs.Mention> mentions = new ArrayList<>();
            for (EntityMention m : x.extract(a.headline(), sentences, tokens, a.bylines())) {
                found.add(m.canonical() + "/" + m.type());
                surfaces.add(m.surface());
                if (!EntityMention.ROLE_REPORTER.equals(m.role()))
                    mentions.add(new EntityPairs.Mention(new EntityPairs.Entity(m.canonical(), m.type().name()), m.sentenceIdx()));
            }
            for (EntityPairs.Pair p : EntityPairs.of(mentions)) pairs.add(new EntityPairs.Pair(p.a(), p.b(), 0));
        }
        for (String whole : List.of("许昆林/PERSON", "秦咏薪/PERSON", "王怡菽/PERSON", "中电海康集团有限公司/ORGANIZATION"))
            assertTrue(found.contains(whole), whole + " not found whole in " + found);
        for (String fake : List.of("党管", "议军", "堵点", "应检尽", "林在", "许昆", "秦咏", "电海康集团有限公司"))
            assertFalse(surfaces.contains(fake), "fake or cut entity " + fake);
        assertTrue(pairs.contains(pair("无锡", "PLACE", "许昆林", "PERSON")), "许昆林–无锡 not paired");
        assertTrue(pairs.contains(pair("周文栋", "PERSON", "赵建军", "PERSON")) || pairs.contains(pair("赵建军", "PERSON", "周文栋", "PERSON")),
                "赵建军–周文栋 not paired");
    }

    private static EntityPairs.Pair pair(String a, String ta, String b, String tb) {
        return new EntityPairs.Pair(new EntityPairs.Entity(a, ta), new EntityPairs.Entity(b, tb), 0);
    }
}
