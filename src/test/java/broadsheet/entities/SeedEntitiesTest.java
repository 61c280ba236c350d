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

    /**
     * Our own annotation of the seed: every person and organisation the issue names (distinct names, as an analyst
     * counts them). Not in it: bodies named only inside a title (省政府|秘书长), projects (…产业基地项目), events.
     * Standoff: {offset, length} of each name's first occurrence in the seed file (UTF-16 units of the file as read),
     * so that no text of the seed is copied into the repository.
     */
    private static final int[][] PERSON_SPANS = {
            {1128, 3}, {2, 3}, {274, 3}, {286, 3}, {296, 2}, {308, 3}, {331, 3}, {335, 3}, {339, 2}, {348, 3},
            {1791, 2}, {1794, 2}, {1797, 3}, {1801, 3}, {2550, 2}, {2553, 3}, {2584, 3}, {2615, 3}, {3216, 2},
            {3245, 2}, {3259, 2}, {3271, 2}, {3287, 2}, {3304, 3}, {3328, 3}, {3051, 3}, {1613, 3}, {2446, 3},
            {1066, 2}, {3573, 3}
    };
    private static final int[][] ORGANISATION_SPANS = {
            {278, 4}, {290, 4}, {400, 14}, {435, 8}, {444, 7}, {452, 7}, {503, 9}, {513, 17}, {642, 7}, {650, 8},
            {671, 6}, {678, 6}, {685, 9}, {695, 15}, {1071, 5}, {1154, 3}, {1665, 14}, {2543, 5}, {2563, 5},
            {2569, 9}, {2602, 10}, {2946, 5}, {2793, 11}, {3095, 10}, {3197, 4}, {3207, 6}, {3219, 4}, {3235, 7},
            {3248, 3}, {3262, 6}, {3274, 4}, {3290, 8}, {3308, 4}, {3316, 7}, {3368, 9}
    };
    /** Long organisation names that must be found whole (spans as above). */
    private static final int[][] WHOLE_ORGANISATION_SPANS = {
            {2602, 10}, {3095, 10}, {1665, 14}
    };

    private static String seedText() {
        try {
            return Files.readString(SharedData.require("seed/wuxi-daily-2022-11-04.txt"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> seedNames(int[][] spans) {
        Set<String> names = new HashSet<>();
        String seed = seedText();
        for (int[] s : spans) {
            names.add(seed.substring(s[0], s[0] + s[1]));
        }
        return names;
    }

    /** Issue 15's targets for the default mode: persons P and R >= .95, organisations R >= .9 with P >= .95. */
    @Test
    void fastMeetsThePrecisionAndRecallTargetsOnTheSeed() throws Exception {
        Set<String> persons = new HashSet<>(), orgs = new HashSet<>();
        for (String f : found(EntityExtractor.defaults())) {
            int slash = f.lastIndexOf('/');
            if (f.endsWith("/PERSON")) persons.add(f.substring(0, slash));
            if (f.endsWith("/ORGANIZATION")) orgs.add(f.substring(0, slash));
        }
        Set<String> goldPersons = seedNames(PERSON_SPANS), goldOrganisations = seedNames(ORGANISATION_SPANS);
        double[] p = prf(persons, goldPersons), o = prf(orgs, goldOrganisations);
        assertTrue(p[0] >= 0.95 && p[1] >= 0.95, String.format("persons P %.3f R %.3f; wrong %s, missed %s", p[0], p[1],
                minus(persons, goldPersons), minus(goldPersons, persons)));
        assertTrue(o[0] >= 0.95 && o[1] >= 0.9, String.format("organisations P %.3f R %.3f; wrong %s, missed %s", o[0], o[1],
                minus(orgs, goldOrganisations), minus(goldOrganisations, orgs)));
    }

    private static double[] prf(Set<String> found, Set<String> gold) {
        long tp = found.stream().filter(gold::contains).count();
        return new double[]{found.isEmpty() ? 0 : (double) tp / found.size(), (double) tp / gold.size()};
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> d = new java.util.TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    /** canonical/TYPE of every mention in the seed. */
    private static Set<String> found(EntityExtractor x) throws Exception {
        Path seed = SharedData.require("seed/wuxi-daily-2022-11-04.txt");
        String text = TextNormalizer.normalize(Files.readString(seed, StandardCharsets.UTF_8));
        Set<String> found = new HashSet<>();
        for (ParsedArticle a : IssueLayoutParser.parse(text, LocalDate.of(2022, 11, 4)).articles()) {
            List<String> sentences = SentenceSplitter.sentences(a.text());
            List<List<Token>> tokens = new ArrayList<>();
            for (String s : sentences) tokens.add(HanlpTokens.tokens(s));
            for (EntityMention m : x.extract(a.headline(), sentences, tokens, a.bylines())) found.add(m.canonical() + "/" + m.type());
        }
        return found;
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
        List<String> wholes = new ArrayList<>(List.of("许昆林/PERSON", "秦咏薪/PERSON", "王怡菽/PERSON", "刘泳玉/PERSON",
                "田源/PERSON", "元明资本/ORGANIZATION", "博将资本/ORGANIZATION", "UIOO优诺科技/ORGANIZATION", "军分区/ORGANIZATION"));
        for (String org : seedNames(WHOLE_ORGANISATION_SPANS)) wholes.add(org + "/ORGANIZATION");
        for (String whole : wholes)
            assertTrue(found.contains(whole), whole + " not found whole in " + found);
        for (String fake : List.of("党管", "议军", "堵点", "应检尽", "林在", "许昆", "秦咏", "电海康集团有限公司", "刘泳", "元明"))
            assertFalse(surfaces.contains(fake), "fake or cut entity " + fake);
        assertTrue(pairs.contains(pair("无锡", "PLACE", "许昆林", "PERSON")), "许昆林–无锡 not paired");
        assertTrue(pairs.contains(pair("周文栋", "PERSON", "赵建军", "PERSON")) || pairs.contains(pair("赵建军", "PERSON", "周文栋", "PERSON")),
                "赵建军–周文栋 not paired");
    }

    private static EntityPairs.Pair pair(String a, String ta, String b, String tb) {
        return new EntityPairs.Pair(new EntityPairs.Entity(a, ta), new EntityPairs.Entity(b, tb), 0);
    }
}
