package broadsheet.nlp;

import broadsheet.ingest.InputFileReader;
import broadsheet.ingest.IngestRecord;
import broadsheet.testing.SharedData;
import com.hankcs.hanlp.seg.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentersTest {
    /** Sentences of the sample corpus, plus up to 8,000 of the People's Daily corpus when it is present. */
    static List<String> sentences() throws Exception {
        List<String> out = new ArrayList<>();
        InputFileReader reader = new InputFileReader(64 << 20);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedData.sampleCorpus())) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
        Path pku = SharedData.root().resolve("corpora/people-daily-1998-01.utf8.txt");
        if (Files.isReadable(pku)) {
            files.add(pku);
        }
        for (Path f : files) {
            for (IngestRecord r : reader.read(f.toString(), f.getFileName().toString(), Files.readAllBytes(f))) {
                if (r.getText() != null) {
                    out.addAll(SentenceSplitter.sentences(r.getText()));
                }
            }
        }
        return out.size() > 8_000 ? out.subList(0, 8_000) : out;
    }

    @Test
    void oneSegmenterPerConfigPerJvm() {
        NlpConfig a = NlpConfig.defaults();
        NlpConfig b = new NlpConfig(List.of(), Set.of("的"), 2);
        assertSame(Segmenters.get(a), Segmenters.get(b), "stopwords do not change the segmenter");
        NlpConfig withDict = new NlpConfig(List.of(new UserDictionary.Entry("卓胜微", "nt", 1000)), Set.of(), 2);
        assertFalse(Segmenters.get(a) == Segmenters.get(withDict));
        assertSame(Segmenters.get(withDict), Segmenters.get(new NlpConfig(withDict.userWords(), Set.of(), 3)));
    }

    @Test
    void concurrentTasksOnOneSegmenterGiveTheSameTokensAsOneThread() throws Exception {
        List<String> sentences = sentences();
        Segment shared = Segmenters.get(NlpConfig.defaults());
        Segment alone = Segmenters.create(List.of());
        List<List<Token>> expected = new ArrayList<>();
        for (String s : sentences) {
            expected.add(Segmenters.tokens(alone, s));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Token>>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    // Each thread walks the sentences from a different start so calls interleave differently.
                    List<List<Token>> got = new ArrayList<>(java.util.Collections.nCopies(sentences.size(), null));
                    for (int i = 0; i < sentences.size(); i++) {
                        int k = (i + offset * sentences.size() / 4) % sentences.size();
                        got.set(k, Segmenters.tokens(shared, sentences.get(k)));
                    }
                    return got;
                }));
            }
            for (Future<List<List<Token>>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(sentences.size() > 40);
    }

    @Test
    void userDictionaryEntryChangesTheSegmentationOfItsWord() {
        String sentence = "加快战略性新兴产业集群建设,卓胜微扩大产能。";
        List<String> plain = words(Segmenters.create(List.of()), sentence);
        assertFalse(plain.contains("战略性新兴产业"), plain.toString());
        List<UserDictionary.Entry> dict = UserDictionary.parse("test.dict", """
                # domain words
                战略性新兴产业 nz 2000
                卓胜微 nt
                """);
        List<String> withDict = words(Segmenters.create(dict), sentence);
        assertTrue(withDict.contains("战略性新兴产业"), withDict.toString());
        assertTrue(withDict.contains("卓胜微"), withDict.toString());
        assertEquals(sentence, String.join("", withDict));
    }

    private static List<String> words(Segment segment, String sentence) {
        return Segmenters.tokens(segment, sentence).stream().map(Token::word).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SK海力士 qq 10|my.dict:1: unknown part of speech 'qq'",
            "SK海力士 nt ten|my.dict:1: frequency 'ten' is not a whole number",
            "SK海力士 nt -5|my.dict:1: frequency must be positive",
            "SK海力士 nt 5 extra|my.dict:1: expected 'word [pos [frequency]]'",
    })
    void badDictionaryLinesAreReportedWithTheirLineNumber(String line, String message) {
        var e = assertThrows(UserDictionary.DictionaryException.class, () -> UserDictionary.parse("my.dict", line));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        var second = assertThrows(UserDictionary.DictionaryException.class, () -> UserDictionary.parse("my.dict", "卓胜微\n" + line));
        assertTrue(second.getMessage().startsWith("my.dict:2:"), second.getMessage());
    }

    @Test
    void stopwordsAndNonWordsAreNotTerms() {
        TermFilter f = NlpConfig.defaults().termFilter();
        assertTrue(f.counts("产业", "n"));
        assertFalse(f.counts("的", "u"));
        assertFalse(f.counts("我们", "r"));
        assertFalse(f.counts("，", "w"));
        assertFalse(f.counts("138亿", "m"));
        assertFalse(f.counts("11月", "t"));
        assertFalse(f.counts("2022", "nx"));
        assertFalse(f.counts("市", "n"), "shorter than the minimum length");
        assertTrue(new TermFilter(Set.of(), 1).counts("市", "n"));
    }
}
