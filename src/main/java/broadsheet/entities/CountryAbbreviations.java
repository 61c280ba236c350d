package broadsheet.entities;

import broadsheet.entities.EntityMention.Methods;
import broadsheet.nlp.Token;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static broadsheet.entities.Candidate.*;
import static broadsheet.entities.Chars.*;
import static broadsheet.entities.Names.*;
import static broadsheet.entities.OrgNames.*;

/** Candidates: one-character country abbreviations in compounds (中美, 中日韩, 中欧班列), one place each, canonical the full name. */
final class CountryAbbreviations implements EntityRule.PerSentence {
    static final String NAME = "country-abbreviations";

    @Override public String name() { return NAME; }

    @Override public Kind kind() { return Kind.CANDIDATES; }

    @Override
    public void apply(Document doc, Sentence s) { abbreviationCandidates(s, s.cands); }

    /** One-character abbreviations of countries and regions, with the names they stand for. */
    static final Map<Character, String> ABBREVIATIONS = Map.ofEntries(Map.entry('中', "中国"), Map.entry('美', "美国"),
            Map.entry('日', "日本"), Map.entry('韩', "韩国"), Map.entry('朝', "朝鲜"), Map.entry('俄', "俄罗斯"),
            Map.entry('英', "英国"), Map.entry('法', "法国"), Map.entry('德', "德国"), Map.entry('欧', "欧洲"),
            Map.entry('非', "非洲"), Map.entry('印', "印度"), Map.entry('越', "越南"), Map.entry('澳', "澳门"),
            Map.entry('港', "香港"), Map.entry('台', "台湾"), Map.entry('巴', "巴基斯坦"), Map.entry('新', "新加坡"));

    /** Characters of the table that are common words of their own: never the first of a compound. */
    static final String ABBR_NOT_FIRST = "新巴非法德台港越";

    /**
     * 中美关系, 中日韩合作, 中欧班列, 港澳台: a run of two or more abbreviations that starts a word (or follows a function
     * character HanLP glued to it: 和中欧) and does not run into a dictionary word (活动中|日益, 中美洲) gives one place
     * per character, at the lowest priority; a HanLP person guess starting inside the run goes (中日|韩自贸/nr).
     */
    static void abbreviationCandidates(Sentence s, List<Candidate> out) {
        String t = s.text;
        for (int i = 0; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if (!ABBREVIATIONS.containsKey(c) || ABBR_NOT_FIRST.indexOf(c) >= 0) continue;
            if (i > 0 && ABBREVIATIONS.containsKey(t.charAt(i - 1))) continue;
            if (i > 0 && (isDigit(t.charAt(i - 1)) || "一二三四五六七八九十今昨明每次当本同".indexOf(t.charAt(i - 1)) >= 0)) continue;
            int ti = s.tokenAt(i);
            if (ti < 0) continue;
            Token first = s.toks.get(ti);
            if (first.offset() != i && !(first.offset() == i - 1 && "和与同及跟对".indexOf(t.charAt(i - 1)) >= 0)) continue;
            int j = i + 1;
            while (j < t.length() && ABBREVIATIONS.containsKey(t.charAt(j)) && j - i < 4) j++;
            if (j - i < 2) continue;
            if (j < t.length() && "洲方国部".indexOf(t.charAt(j)) >= 0) { i = j; continue; } // 中美洲, 中美国, 中日方
            // no token of the run is a dictionary word of another kind (活动中|日益, 中巴|车, 其中)
            boolean word = false;
            for (int k = s.tokenAt(i); k < s.toks.size() && s.toks.get(k).offset() < j; k++) {
                Token x = s.toks.get(k);
                if (x.word().length() >= 2 && !placeOrAbbreviationWord(x.word())) { word = true; break; }
            }
            if (word) { i = j - 1; continue; }
            final int from = i, to = j;
            out.removeIf(x -> x.type == EntityType.PERSON && x.prio <= P_HMM && x.start >= from && x.start < to);
            for (int k = i; k < j; k++) {
                Candidate a = new Candidate(k, k + 1, EntityType.PLACE, Methods.ABBREVIATION, P_GAZ - 5, false);
                a.canonical = ABBREVIATIONS.get(t.charAt(k));
                out.add(a);
            }
            i = j - 1;
        }
    }

    /** Not a dictionary word, or one that is a place, an abbreviation or an organisation. */
    static boolean placeOrAbbreviationWord(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) return true;
        for (Nature n : a.nature) if (n != null && (n.toString().startsWith("ns") || n.toString().equals("j") || n.toString().startsWith("nt"))) return true;
        return false;
    }
}
