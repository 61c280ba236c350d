package broadsheet.entities;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;

import java.util.Map;

/**
 * Decoding-time feature look-up for {@link NerFeatures}: the same feature ids in the same order, without building a
 * string per feature or walking HanLP's UTF-8 double-array trie (together about two thirds of the model's decoding
 * time). Each feature string is hashed to 64 bits while its characters are read (the characters HanLP's template and
 * {@link NerFeatures} would append), and an open-addressing table built once from the model's feature map gives its
 * id. Two model features with one hash are resolved at build time by re-hashing with another seed; a feature the
 * model does not know is absent (as in HanLP, where its id is -1 and it is dropped). Immutable, so thread-safe.
 */
final class NerFeatureIndex {
    private static final long PRIME = 0x100000001b3L;
    private final long seed;
    private final long[] keys;
    private final int[] ids;
    private final int mask;

    private NerFeatureIndex(long seed, long[] keys, int[] ids) {
        this.seed = seed; this.keys = keys; this.ids = ids; this.mask = keys.length - 1;
    }

    static NerFeatureIndex of(FeatureMap map) {
        var entries = map.entrySet();
        int cap = Integer.highestOneBit(Math.max(16, entries.size() * 2 - 1)) << 1;
        for (long seed = 0xcbf29ce484222325L; ; seed += 0x9e3779b97f4a7c15L) {
            long[] keys = new long[cap];
            int[] ids = new int[cap];
            boolean clash = false;
            for (Map.Entry<String, Integer> e : entries) {
                long h = fix(str(seed, e.getKey()));
                int slot = (int) mix(h) & (cap - 1);
                while (keys[slot] != 0 && keys[slot] != h) slot = (slot + 1) & (cap - 1);
                if (keys[slot] == h) { clash = true; break; }
                keys[slot] = h;
                ids[slot] = e.getValue();
            }
            if (!clash) return new NerFeatureIndex(seed, keys, ids);
        }
    }

    int size() {
        int n = 0;
        for (long k : keys) if (k != 0) n++;
        return n;
    }

    // --- hashing the characters of a feature string as they would be appended ---
    private static long str(long h, CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) h = (h ^ s.charAt(i)) * PRIME;
        return h;
    }

    private static long chr(long h, char c) { return (h ^ c) * PRIME; }

    private static long fix(long h) { return h == 0 ? 1 : h; }

    private static long mix(long h) {
        h ^= h >>> 33; h *= 0xff51afd7ed558ccdL; h ^= h >>> 33; h *= 0xc4ceb9fe1a85ec53L; h ^= h >>> 33;
        return h;
    }

    private int id(long h) {
        h = fix(h);
        int slot = (int) mix(h) & mask;
        while (true) {
            long k = keys[slot];
            if (k == h) return ids[slot];
            if (k == 0) return -1;
            slot = (slot + 1) & mask;
        }
    }

    /** The feature ids of each word, as {@code new NerFeatures(words, pos, map).featureMatrix} gives them. */
    int[][] features(String[] words, String[] pos) {
        int n = words.length;
        int[][] out = new int[n][];
        int[] buf = new int[40];
        Lexicon lx = Lexicon.get();
        for (int i = 0; i < n; i++) {
            String pre2W = i >= 2 ? words[i - 2] : "_B_", preW = i >= 1 ? words[i - 1] : "_B_", cur = words[i];
            String nextW = i + 1 < n ? words[i + 1] : "_E_", next2W = i + 2 < n ? words[i + 2] : "_E_";
            String pre2P = i >= 2 ? pos[i - 2] : "_B_", preP = i >= 1 ? pos[i - 1] : "_B_", curP = pos[i];
            String nextP = i + 1 < n ? pos[i + 1] : "_E_", next2P = i + 2 < n ? pos[i + 2] : "_E_";
            long s = seed;
            int k = 0;
            // HanLP's NERInstance template
            k = add(buf, k, chr(str(s, pre2W), '1'));
            k = add(buf, k, chr(str(s, preW), '2'));
            k = add(buf, k, chr(str(s, cur), '3'));
            k = add(buf, k, chr(str(s, nextW), '4'));
            k = add(buf, k, chr(str(s, next2W), '5'));
            k = add(buf, k, chr(str(s, pre2P), 'A'));
            k = add(buf, k, chr(str(s, preP), 'B'));
            k = add(buf, k, chr(str(s, curP), 'C'));
            k = add(buf, k, chr(str(s, nextP), 'D'));
            k = add(buf, k, chr(str(s, next2P), 'E'));
            k = add(buf, k, chr(str(str(s, pre2P), preP), 'F'));
            k = add(buf, k, chr(str(str(s, preP), curP), 'G'));
            k = add(buf, k, chr(str(str(s, curP), nextP), 'H'));
            k = add(buf, k, chr(str(str(s, nextP), next2P), 'I'));
            // NerFeatures' character features
            String prev = i > 0 ? words[i - 1] : "\u0002B", next = i + 1 < n ? words[i + 1] : "\u0002E";
            char first = cur.charAt(0), last = cur.charAt(cur.length() - 1);
            char len = (char) ('0' + Math.min(cur.length(), 5));
            k = add(buf, k, tag(chr(s, first), 'a'));
            k = add(buf, k, tag(chr(s, last), 'b'));
            k = add(buf, k, tag(str(chr(s, len), curP), 'c'));
            k = add(buf, k, tag(chr(chr(s, first), len), 'd'));
            k = add(buf, k, tag(str(chr(s, last), curP), 'e'));
            k = add(buf, k, tag(chr(chr(s, prev.charAt(prev.length() - 1)), first), 'f'));
            k = add(buf, k, tag(chr(chr(s, last), next.charAt(0)), 'g'));
            k = add(buf, k, tag(str(str(s, prev), cur), 'h'));
            k = add(buf, k, tag(str(str(s, cur), next), 'i'));
            if (cur.length() > 1) k = add(buf, k, tag(chr(chr(s, first), cur.charAt(1)), 'j'));
            if (cur.length() > 1) k = add(buf, k, tag(chr(chr(s, cur.charAt(cur.length() - 2)), last), 'k'));
            k = add(buf, k, tag(chr(s, prev.charAt(prev.length() - 1)), 'l'));
            k = add(buf, k, tag(chr(s, next.charAt(0)), 'm'));
            if (lx.isPlace(cur)) k = add(buf, k, tag(chr(s, 'P'), 'n'));
            if (i > 0 && lx.isTitle(words[i - 1])) k = add(buf, k, tag(chr(s, 'T'), 'o'));
            int[] f = new int[k + 1]; // the last slot is the transition feature, filled in by the decoder
            System.arraycopy(buf, 0, f, 0, k);
            out[i] = f;
        }
        return out;
    }

    private static long tag(long h, char letter) { return chr(chr(h, '\u0001'), letter); }

    private int add(int[] buf, int k, long h) {
        int id = id(h);
        if (id != -1) buf[k++] = id;
        return k;
    }
}
