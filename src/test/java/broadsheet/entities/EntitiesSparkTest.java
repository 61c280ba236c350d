package broadsheet.entities;

import broadsheet.testing.Duck;
import broadsheet.testing.SampleRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entity tables of the sample run, checked from their definitions with an independent reader. */
class EntitiesSparkTest {
    @Test
    void pairCountsAreTheDistinctArticlesAndSentencesHoldingBoth() throws Exception {
        Path out = SampleRun.output();
        assertTrue(Duck.count(out, "SELECT count(*) FROM entity_cooccurrence") > 10);
        List<Map<String, Object>> wrong = Duck.query(out, """
                WITH m AS (SELECT DISTINCT strftime(issue_date, '%Y-%m') period, source, article_id, sentence_idx, canonical, type
                           FROM entities WHERE role = 'mention'),
                     art AS (SELECT a.period, a.source, a.canonical ea, a.type ta, b.canonical eb, b.type tb,
                                    count(DISTINCT a.article_id) n
                             FROM m a JOIN m b ON a.article_id = b.article_id AND (a.canonical, a.type) < (b.canonical, b.type)
                             GROUP BY ALL),
                     sen AS (SELECT a.period, a.source, a.canonical ea, a.type ta, b.canonical eb, b.type tb,
                                    count(DISTINCT (a.article_id, a.sentence_idx)) n
                             FROM m a JOIN m b ON a.article_id = b.article_id AND a.sentence_idx = b.sentence_idx
                                  AND (a.canonical, a.type) < (b.canonical, b.type)
                             GROUP BY ALL)
                SELECT c.* FROM entity_cooccurrence c
                LEFT JOIN art ON c.scope = 'article' AND art.period IS NOT DISTINCT FROM c.period AND art.source = c.source
                     AND art.ea = c.entity_a AND art.ta = c.type_a AND art.eb = c.entity_b AND art.tb = c.type_b
                LEFT JOIN sen ON c.scope = 'sentence' AND sen.period IS NOT DISTINCT FROM c.period AND sen.source = c.source
                     AND sen.ea = c.entity_a AND sen.ta = c.type_a AND sen.eb = c.entity_b AND sen.tb = c.type_b
                WHERE (c.scope = 'article' AND (art.n IS NULL OR c.articles <> art.n))
                   OR (c.scope = 'sentence' AND (sen.n IS NULL OR c.sentences <> sen.n))
                   OR c.npmi < -1 OR c.npmi > 1""");
        assertEquals(List.of(), wrong);
        // Every co-occurring pair of the mentions is in the table, once per scope.
        assertEquals(Duck.count(out, """
                SELECT count(*) FROM (SELECT DISTINCT strftime(a.issue_date, '%Y-%m'), a.source, a.canonical, a.type, b.canonical, b.type
                FROM entities a JOIN entities b ON a.article_id = b.article_id AND (a.canonical, a.type) < (b.canonical, b.type)
                WHERE a.role = 'mention' AND b.role = 'mention')"""),
                Duck.count(out, "SELECT count(*) FROM entity_cooccurrence WHERE scope = 'article'"));
    }
}
