package broadsheet.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One HanLP segmenter per executor JVM (per distinct user dictionary), created lazily on first use and
 * shared by the JVM's concurrent tasks: HanLP segments are not serialisable and cost about a second to
 * build, while {@link Segment#seg(String)} on a configured segment is safe to call from several threads.
 * <p>
 * The segmenter is HanLP's standard one (Viterbi with the core dictionary) with part-of-speech tagging and
 * person, place and organisation recognition on. User words go into a {@link DynamicCustomDictionary}
 * owned by this segmenter, built in memory: nothing global is changed and no {@code .bin} cache is written.
 */
public final class Segmenters {
    private static final ConcurrentMap<String, Segment> SEGMENTS = new ConcurrentHashMap<>();

    private Segmenters() {
    }

    public static Segment get(NlpConfig config) {
        return SEGMENTS.computeIfAbsent(config.segmenterKey(), k -> create(config.userWords()));
    }

    public static Segment create(List<UserDictionary.Entry> userWords) {
        Segment segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enablePartOfSpeechTagging(true)
                .enableOffset(true);
        if (userWords.isEmpty()) {
            // Portable HanLP ships no custom dictionary; leave its global one untouched and unloaded.
            segment.enableCustomDictionary(false);
        } else {
            TreeMap<String, CoreDictionary.Attribute> words = new TreeMap<>();
            for (UserDictionary.Entry e : userWords) {
                words.put(e.word(), CoreDictionary.Attribute.create(e.attribute()));
            }
            DoubleArrayTrie<CoreDictionary.Attribute> trie = new DoubleArrayTrie<>();
            trie.build(words);
            segment.enableCustomDictionary(new DynamicCustomDictionary(trie, new BinTrie<>(), null));
        }
        return segment;
    }

    /** Segments one sentence into tokens with offsets within the sentence. */
    public static List<Token> tokens(Segment segment, String sentence) {
        List<Term> terms = segment.seg(sentence);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term t : terms) {
            tokens.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset));
        }
        return tokens;
    }
}
