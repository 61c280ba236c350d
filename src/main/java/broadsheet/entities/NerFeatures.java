package broadsheet.entities;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.NERInstance;
import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's NER feature template (words and POS tags at -2..+2, POS bigrams) plus character features of the words
 * themselves. HanLP's template knows a word only as a whole string, so a name it has never seen (most names) is one
 * unknown feature; its first character (a surname), last character (`省`, `县`, `委`, `社`), length and the characters
 * at its edges with its neighbours (`在|无锡`, `许|昆林`) generalise to words the training days never had.
 *
 * <p>Used for training ({@link NerTrainer}) and decoding ({@link PerceptronNer}) alike. A model trained with HanLP's
 * template alone still decodes the same way: features it does not know are dropped by the feature map.
 * Feature strings end with a control character and a letter, so they never collide with HanLP's own.
 */
final class NerFeatures extends NERInstance {
    NerFeatures(String[] words, String[] pos, FeatureMap featureMap) { super(words, pos, featureMap); }

    NerFeatures(String[] words, String[] pos, String[] tags, NERTagSet tagSet, FeatureMap featureMap) {
        super(words, pos, tags, tagSet, featureMap);
    }

    @Override
    protected int[] extractFeature(String[] words, String[] pos, FeatureMap featureMap, int i) {
        int[] base = super.extractFeature(words, pos, featureMap, i);
        List<Integer> v = new ArrayList<>(base.length + 12);
        for (int k = 0; k < base.length - 1; k++) v.add(base[k]); // the last slot is kept for the transition feature
        String cur = words[i];
        String prev = i > 0 ? words[i - 1] : "\u0002B";
        String next = i + 1 < words.length ? words[i + 1] : "\u0002E";
        char first = cur.charAt(0), last = cur.charAt(cur.length() - 1);
        int len = Math.min(cur.length(), 5);
        StringBuilder sb = new StringBuilder(16);
        addFeatureThenClear(sb.append(first).append("\u0001a"), v, featureMap);
        addFeatureThenClear(sb.append(last).append("\u0001b"), v, featureMap);
        addFeatureThenClear(sb.append(len).append(pos[i]).append("\u0001c"), v, featureMap);
        addFeatureThenClear(sb.append(first).append(len).append("\u0001d"), v, featureMap);
        addFeatureThenClear(sb.append(last).append(pos[i]).append("\u0001e"), v, featureMap);
        addFeatureThenClear(sb.append(prev.charAt(prev.length() - 1)).append(first).append("\u0001f"), v, featureMap);
        addFeatureThenClear(sb.append(last).append(next.charAt(0)).append("\u0001g"), v, featureMap);
        addFeatureThenClear(sb.append(prev).append(cur).append("\u0001h"), v, featureMap);
        addFeatureThenClear(sb.append(cur).append(next).append("\u0001i"), v, featureMap);
        if (cur.length() > 1) addFeatureThenClear(sb.append(cur, 0, 2).append("\u0001j"), v, featureMap);
        if (cur.length() > 1) addFeatureThenClear(sb.append(cur, cur.length() - 2, cur.length()).append("\u0001k"), v, featureMap);
        // the neighbours' edge characters alone (在|, |说, |市) and two word lists: a known place, a title before
        addFeatureThenClear(sb.append(prev.charAt(prev.length() - 1)).append("\u0001l"), v, featureMap);
        addFeatureThenClear(sb.append(next.charAt(0)).append("\u0001m"), v, featureMap);
        Lexicon lx = Lexicon.get();
        if (lx.isPlace(cur)) addFeatureThenClear(sb.append('P').append("\u0001n"), v, featureMap);
        if (i > 0 && lx.isTitle(words[i - 1])) addFeatureThenClear(sb.append('T').append("\u0001o"), v, featureMap);
        return toFeatureArray(v);
    }
}
