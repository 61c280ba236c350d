package broadsheet.entities;

import broadsheet.entities.EntityMention.Methods;
import broadsheet.nlp.Token;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Extracts person, place and organisation mentions from one article, given the pipeline's HanLP
 * tokens (standard segmenter, name/place/organisation recognition on). The extractor never segments
 * the body again.
 *
 * <p>Layers, each switchable in {@link Builder} so that it can be measured:
 * <ol>
 *   <li>base candidates: HanLP's own nr/ns/nt tags, or (when a model is given) the structured-perceptron
 *       NER over the same words and tags ({@link PerceptronNer});</li>
 *   <li>title grammar: a name right after a job title ({@code 省长许昆林}) and the 、-list after it
 *       ({@code 市领导许峰、张镇、秦咏薪}); a reporter title ({@code 记者}) gives role {@code reporter};</li>
 *   <li>name completion: a two-character name followed by a stray one-character piece
 *       ({@code 许昆}+{@code 林}) becomes one three-character name;</li>
 *   <li>organisation suffixes ({@code 公司, 集团有限公司, 研究院, 指挥部, 委员会} …) extend an organisation
 *       leftwards over the preceding name words, including a bracketed qualifier
 *       ({@code SK海力士半导体(中国)公司});</li>
 *   <li>filters: person names must be 2–4 characters, start with a Chinese surname (unless HanLP marks them
 *       as transliterated) and not be on the common-word list; HanLP's guessed organisations must end in an
 *       organisation suffix or be in its core dictionary as nt;</li>
 *   <li>a gazetteer of provinces, cities and districts;</li>
 *   <li>document consistency: a name found whole by a strong rule fixes its other mentions in the article;</li>
 *   <li>user aliases (canonical names) and exclusions; bylines as reporter mentions.</li>
 * </ol>
 * Instances are immutable, serialisable and thread-safe; the optional model is loaded once per JVM.
 */
public final class EntityExtractor implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String nerModelPath;
    private final boolean hmmOrgFill, refineTokens;
    private final boolean titleRules, nameCompletion, orgSuffixRules, personFilter, orgFilter, gazetteer, consistency, countryAbbreviations;
    private final Map<String, UserLists.Alias> aliases;
    private final Set<String> exclusions;
    private transient volatile PerceptronNer ner;

    private EntityExtractor(Builder b) {
        this.nerModelPath = b.nerModel == null ? null : b.nerModel.toAbsolutePath().toString();
        this.titleRules = b.titleRules;
        this.hmmOrgFill = b.hmmOrgFill;
        this.refineTokens = b.refineTokens != null ? b.refineTokens : b.nerModel != null;
        this.nameCompletion = b.nameCompletion;
        this.orgSuffixRules = b.orgSuffixRules;
        this.personFilter = b.personFilter;
        this.orgFilter = b.orgFilter;
        this.gazetteer = b.gazetteer;
        this.consistency = b.consistency;
        this.countryAbbreviations = b.countryAbbreviations;
        this.aliases = Collections.unmodifiableMap(new LinkedHashMap<>(b.aliases));
        this.exclusions = Collections.unmodifiableSet(new HashSet<>(b.exclusions));
        Lexicon.get();
        if (nerModelPath != null) model();
    }

    public static Builder builder() { return new Builder(); }

    /** All rules on, no perceptron model, no user lists. */
    public static EntityExtractor defaults() { return builder().build(); }

    /** HanLP's own nr/ns/nt tags only, no rules: the baseline. */
    public static EntityExtractor hanlpBaseline() {
        return builder().titleRules(false).nameCompletion(false).orgSuffixRules(false).personFilter(false)
                .orgFilter(false).gazetteer(false).consistency(false).refineTokens(false).build();
    }

    public static final class Builder {
        private Path nerModel;
        private boolean hmmOrgFill = true;
        private Boolean refineTokens;
        private boolean countryAbbreviations = true;
        private boolean titleRules = true, nameCompletion = true, orgSuffixRules = true, personFilter = true,
                orgFilter = true, gazetteer = true, consistency = true;
        private final Map<String, UserLists.Alias> aliases = new LinkedHashMap<>();
        private final Set<String> exclusions = new HashSet<>();

        /** A model written by {@link NerTrainer} (.bin or .bin.gz); null for HanLP's own tags. */
        public Builder nerModel(Path p) { this.nerModel = p; return this; }
        public Builder titleRules(boolean on) { this.titleRules = on; return this; }
        /** With a model: HanLP's own organisation words ending in a real suffix fill the model's gaps. */
        public Builder hmmOrgFill(boolean on) { this.hmmOrgFill = on; return this; }
        /**
         * Split function words off HanLP's out-of-vocabulary name tokens ({@link TokenRefiner}). Default: on with a
         * model (which must have been trained the same way), off without one (it costs HanLP's own organisations).
         */
        public Builder refineTokens(boolean on) { this.refineTokens = on; return this; }
        public Builder nameCompletion(boolean on) { this.nameCompletion = on; return this; }
        public Builder orgSuffixRules(boolean on) { this.orgSuffixRules = on; return this; }
        public Builder personFilter(boolean on) { this.personFilter = on; return this; }
        public Builder orgFilter(boolean on) { this.orgFilter = on; return this; }
        public Builder gazetteer(boolean on) { this.gazetteer = on; return this; }
        public Builder consistency(boolean on) { this.consistency = on; return this; }
        /**
         * One-character country and region abbreviations in compounds ({@code 中美}, {@code 中日韩}, {@code 中欧班列}) as
         * places, canonical = the full name (中国, 美国 …). On by default; People's Daily 1998 tags them {@code j}
         * (no entity), so the evaluation reports them both ways.
         */
        public Builder countryAbbreviations(boolean on) { this.countryAbbreviations = on; return this; }
        public Builder aliases(Map<String, UserLists.Alias> a) { this.aliases.putAll(a); return this; }
        public Builder aliasFile(Path p) { return aliases(UserLists.loadAliases(p)); }
        public Builder exclusions(Set<String> e) { this.exclusions.addAll(e); return this; }
        public Builder exclusionFile(Path p) { return exclusions(UserLists.loadExclusions(p)); }
        public EntityExtractor build() { return new EntityExtractor(this); }
    }

    private PerceptronNer model() {
        PerceptronNer m = ner;
        if (m == null && nerModelPath != null) {
            m = PerceptronNer.load(Path.of(nerModelPath));
            ner = m;
        }
        return m;
    }

    // ---------------------------------------------------------------- candidates

    private static final int P_GAZ = 30, P_HMM = 40, P_MODEL = 50, P_ORG = 60, P_CONSIST = 70, P_TITLE = 80, P_USER = 90;

    private static final class Cand {
        final int start, end, prio;
        final EntityType type;
        final String method;
        final boolean strong;
        String role = EntityMention.ROLE_MENTION;
        String canonical;

        Cand(int start, int end, EntityType type, String method, int prio, boolean strong) {
            this.start = start; this.end = end; this.type = type; this.method = method; this.prio = prio; this.strong = strong;
        }

        boolean overlaps(Cand o) { return start < o.end && o.start < end; }
    }

    /** Per-sentence view: text, tokens, boundaries. */
    private static final class Sent {
        final String text;
        final List<Token> toks;
        final BitSet starts = new BitSet(), ends = new BitSet();
        final BitSet titleTokens = new BitSet();
        List<Cand> cands = new ArrayList<>();

        Sent(String text, List<Token> toks) {
            this.text = text;
            this.toks = toks;
            for (Token t : toks) { starts.set(t.offset()); ends.set(t.end()); }
            starts.set(text.length());
            ends.set(0);
        }

        int tokenAt(int offset) {
            for (int i = 0; i < toks.size(); i++) if (toks.get(i).offset() <= offset && offset < toks.get(i).end()) return i;
            return -1;
        }

        int tokenStartingAt(int offset) {
            for (int i = 0; i < toks.size(); i++) if (toks.get(i).offset() == offset) return i;
            return -1;
        }
    }

    /**
     * Extracts the mentions of one article.
     *
     * @param articleHeadline headline (may be null); used as evidence only (names after titles), never emitted
     * @param sentences       sentence texts
     * @param tokens          the pipeline's tokens for each sentence, offsets relative to the sentence
     * @param bylines         reporter names or raw bylines ({@code 王拓}, {@code (王拓)}, {@code 记者 吴鹏 李静睿}); may be null
     */
    public List<EntityMention> extract(String articleHeadline, List<String> sentences, List<List<Token>> tokens,
                                       List<String> bylines) {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(tokens, "tokens");
        if (sentences.size() != tokens.size()) {
            throw new IllegalArgumentException("sentences (" + sentences.size() + ") and tokens (" + tokens.size() + ") differ in size");
        }
        List<Sent> sents = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i) == null ? "" : sentences.get(i);
            List<Token> t = tokens.get(i) == null ? List.of() : tokens.get(i);
            sents.add(new Sent(s, refineTokens ? TokenRefiner.refine(t) : TokenRefiner.splitPunctuation(t)));
        }
        // 1. per-sentence candidates
        for (Sent s : sents) {
            List<Cand> c = new ArrayList<>();
            if (titleRules) titleCandidates(s, c);
            baseCandidates(s, c);
            if (orgSuffixRules) orgSuffixCandidates(s, c);
            if (gazetteer) gazetteerCandidates(s, c);
            if (countryAbbreviations) abbreviationCandidates(s, c);
            userAliasCandidates(s, c);
            if (gazetteer) placesNamedAsPersons(s, c);
            if (orgFilter) c = cleanOrganisations(s, c);
            if (titleRules) preferLongerBaseNames(c);
            if (orgSuffixRules && nerModelPath != null) promoteContainingOrgs(s, c);
            s.cands = resolve(c);
        }
        // 2. document consistency
        if (consistency) {
            Map<String, EntityType> strong = new LinkedHashMap<>();
            for (Sent s : sents) {
                for (Cand c : s.cands) {
                    if (c.strong && c.end - c.start >= 2) strong.putIfAbsent(s.text.substring(c.start, c.end), c.type);
                }
            }
            if (articleHeadline != null && !articleHeadline.isBlank() && titleRules) {
                Sent h = new Sent(articleHeadline, HanlpTokens.tokens(articleHeadline));
                List<Cand> hc = new ArrayList<>();
                titleCandidates(h, hc);
                for (Cand c : hc) strong.putIfAbsent(h.text.substring(c.start, c.end), c.type);
            }
            strong.keySet().removeIf(exclusions::contains);
            if (!strong.isEmpty()) {
                for (Sent s : sents) {
                    List<Cand> c = new ArrayList<>(s.cands);
                    for (Map.Entry<String, EntityType> e : strong.entrySet()) {
                        String name = e.getKey();
                        for (int from = s.text.indexOf(name); from >= 0; from = s.text.indexOf(name, from + 1)) {
                            int end = from + name.length();
                            if (!s.starts.get(from)) continue;
                            if (!s.ends.get(end) && !(e.getValue() == EntityType.PERSON && looseNameEnd(s, end))) continue;
                            final int f0 = from;
                            if (c.stream().anyMatch(x -> x.start == f0 && x.end == end && x.type == e.getValue())) continue;
                            c.add(new Cand(from, end, e.getValue(), Methods.CONSISTENCY, P_CONSIST, false));
                        }
                    }
                    s.cands = resolve(c);
                }
            }
        }
        // 3. emit
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < sents.size(); i++) {
            Sent s = sents.get(i);
            for (Cand c : s.cands) {
                String surface = s.text.substring(c.start, c.end);
                String canonical = c.canonical != null ? c.canonical : canonical(surface);
                if (exclusions.contains(surface) || exclusions.contains(canonical)) continue;
                out.add(new EntityMention(i, c.start, c.end, surface, canonical, c.type, c.role, c.method));
            }
        }
        if (bylines != null) addBylines(bylines, sents, out);
        out.sort(Comparator.comparingInt(EntityMention::sentenceIdx).thenComparingInt(EntityMention::start));
        return out;
    }

    /** Convenience for callers without headline or bylines. */
    public List<EntityMention> extract(List<String> sentences, List<List<Token>> tokens) {
        return extract(null, sentences, tokens, List.of());
    }

    private static final Set<String> PLACE_TAIL_WORDS = Set.of("自治区", "自治州", "自治县", "特别行政区", "新区", "开发区", "高新区",
            "半岛", "山脉", "高原", "平原", "盆地", "海峡", "群岛", "流域", "地区", "山区", "边区", "老区", "库区", "灾区", "林区",
            "牧区", "矿区", "省", "市", "县", "区", "镇", "乡", "村", "州", "岛", "山", "河", "湖", "江", "海", "路", "街", "港", "湾");

    /** A place span that runs on into an ordinary word (重庆市|大小公园, 海南|黎族乡亲) is cut after its last place word. */
    private static List<Cand> trimPlaces(Sent s, List<Cand> c) {
        List<Cand> out = new ArrayList<>(c.size());
        for (Cand x : c) {
            if (x.type != EntityType.PLACE || x.prio >= P_CONSIST) { out.add(x); continue; }
            int a = s.tokenStartingAt(x.start), b = s.tokenAt(x.end - 1);
            if (a < 0 || b <= a) { out.add(x); continue; }
            Token last = s.toks.get(b);
            if (last.pos().startsWith("ns") || PLACE_TAIL_WORDS.contains(last.word()) || Lexicon.get().isPlace(last.word())) {
                out.add(x);
                continue;
            }
            int k = b - 1;
            while (k >= a && !(s.toks.get(k).pos().startsWith("ns") || Lexicon.get().isPlace(s.toks.get(k).word())
                    || PLACE_TAIL_WORDS.contains(s.toks.get(k).word()))) k--;
            if (k < a) { out.add(x); continue; }
            out.add(new Cand(x.start, s.toks.get(k).end(), x.type, x.method, x.prio, x.strong));
        }
        return out;
    }

    /**
     * HanLP's organisation recogniser glues function words into its tokens (和自治区党委, 协会和市乒乓球协会):
     * trim a leading function character and split "A和B" when both halves end in an organisation suffix.
     */
    private List<Cand> cleanOrganisations(Sent s, List<Cand> c) {
        List<Cand> out = new ArrayList<>(c.size());
        Lexicon lx = Lexicon.get();
        for (Cand x : c) {
            if (x.type != EntityType.ORGANIZATION || x.prio >= P_TITLE) { out.add(x); continue; }
            int a = x.start, b = x.end;
            while (b - a > 2) {
                char ch = s.text.charAt(a);
                if ("和与及、在的继".indexOf(ch) >= 0) { a++; continue; }
                if (ch == '讯' && a >= 2 && s.text.startsWith("本报", a - 2)) { a++; continue; } // 本报|讯湛江海关
                if (ch == '（' || ch == '(') { // （中央人民广播电台: a bracket the span does not close
                    int close = s.text.indexOf(ch == '（' ? '）' : ')', a);
                    if (close < 0 || close >= b) { a++; continue; }
                }
                break;
            }
            // 宿迁)有限公司, 建材（集团: begun or ended inside a bracket (the suffix rule builds the whole name)
            if (unbalanced(s.text, a, b)) continue;
            // 比/p|特/h|朗宜兴公司, 天/q|源储能…公司: one-character pieces before the span are the name's first characters
            int pieces = a == x.start ? namePiecesBefore(s, a) : a;
            // 30亿|元建设…基地, 新建|智能工厂, 7个|制造基地: a unit left over from a number or a verb starts the span, or a
            // number counts it; what is left must then name something (a place, a word no dictionary knows)
            boolean generic = pieces == a && precededByCount(s, x.start);
            a = pieces;
            if (b - a > 2 && UNIT_CHARS.indexOf(s.text.charAt(a)) >= 0 && numeralBefore(s, a)) { a++; generic = true; }
            int ti = a < x.start ? -1 : s.tokenStartingAt(a);
            if (ti >= 0 && s.toks.get(ti).end() < b && (BUILD_VERBS.contains(s.toks.get(ti).word()) || s.toks.get(ti).pos().equals("v")
                    && !ORG_VERBS.contains(s.toks.get(ti).word()))) { a = s.toks.get(ti).end(); generic = true; }
            if (generic) {
                String name = s.text.substring(a, b), suf = lx.orgSuffixOf(name);
                if (!namedPrefix(suf == null ? name : name.substring(0, name.length() - suf.length()))) continue;
                if (isCounted(s, x.start) && !placePrefix(name)) continue;
            }
            String t = s.text.substring(a, b);
            boolean split = false;
            for (int k = 2; k < t.length() - 2; k++) {
                if ("和与及、".indexOf(t.charAt(k)) >= 0 && lx.orgSuffixOf(t.substring(0, k)) != null
                        && lx.orgSuffixOf(t) != null) {
                    out.add(new Cand(a, a + k, x.type, x.method, x.prio, x.strong));
                    out.add(new Cand(a + k + 1, b, x.type, x.method, x.prio, x.strong));
                    split = true;
                    break;
                }
            }
            if (!split) out.add(a == x.start ? x : new Cand(a, b, x.type, x.method, x.prio, x.strong));
        }
        return out;
    }

    /** Characters that are words of their own right before a name, never its first character (在|宏微…, 该|公司). */
    private static boolean notNameStart(char c) {
        return FUNCTION_CHARS.indexOf(c) >= 0 || "继该各每其这那此".indexOf(c) >= 0;
    }

    /**
     * HanLP cuts a name it does not know into one-character pieces and often starts the organisation inside it:
     * 比/p|特/h|朗宜兴公司, 瀚/v|川/j|新/a|材料…公司, 天/q|源储能科技公司, 恒/ag|达精工(南通)有限公司. The one-character
     * pieces glued right before the span at {@code a} are the name's first characters when they follow a phrase
     * boundary (the sentence start, punctuation, a verb, a preposition, a conjunction, a particle) and are two or
     * more (counting those the span starts with), or one that cannot stand alone there (a prefix {@code h}, a bound
     * morpheme {@code ng ag vg Rg}, an unknown {@code x}, a classifier {@code q} with no number before it, a verb right
     * after a preposition, whose object it would have to be). A lone prefix character joins the name whatever precedes
     * it. Pieces that are function words (在, 和, 该), numbers, pronouns, adverbs are never taken. Returns the new start,
     * or {@code a}.
     */
    private static int namePiecesBefore(Sent s, int a) {
        int last = a > 0 ? s.tokenAt(a - 1) : -1;
        if (last < 0 || s.toks.get(last).end() != a) return a;
        int first = last + 1;
        // one-character pieces the span itself starts with (瀚|川/j|新/a|材料…): the same cut name
        int inside = 0;
        for (int i = last + 1; i < s.toks.size() && s.toks.get(i).word().length() == 1 && isCjk(s.toks.get(i).word().charAt(0)); i++) inside++;
        for (int i = last; i >= 0 && last - i < 3; i--) {
            Token t = s.toks.get(i);
            String p = t.pos();
            if (t.word().length() != 1 || !isCjk(t.word().charAt(0)) || notNameStart(t.word().charAt(0))
                    || t.end() != (i == last ? a : s.toks.get(i + 1).offset()) || p.startsWith("m") || p.startsWith("r")
                    || p.startsWith("d") || p.startsWith("c") || p.startsWith("u") || p.startsWith("w")) break;
            // a preposition (由|市文化局) only before a piece that cannot stand alone (比/p|特/h)
            Token next = s.toks.get(i + 1);
            if (p.startsWith("p") && (next.word().length() != 1 || !BOUND_PIECES.contains(next.pos()))) break;
            // two pieces that make a dictionary word are that word (做/v|好/a|国务院)
            if ((i < last || inside > 0) && CoreDictionary.contains(t.word() + s.toks.get(i + 1).word())) break;
            first = i;
        }
        for (int f = first; f <= last; f++) {
            Token t = s.toks.get(f);
            Token before = f == 0 ? null : s.toks.get(f - 1);
            boolean boundary = before == null || phraseBoundary(before) || before.end() != t.offset();
            if (!boundary) continue;
            String p = t.pos();
            if (last - f + inside >= 1 || BOUND_PIECES.contains(p) || p.startsWith("q")
                    || p.equals("v") && before != null && before.pos().startsWith("p")) return t.offset();
        }
        Token t = s.toks.get(last);
        return first <= last && t.pos().equals("h") ? t.offset() : a;
    }

    /** Tags of a lone character that cannot stand alone: a prefix, bound morphemes, an unknown character. */
    private static final Set<String> BOUND_PIECES = Set.of("h", "ng", "ag", "vg", "Rg", "x");

    /**
     * A token after which a name can start: punctuation, a preposition, a conjunction, a particle, a verb of two or
     * more characters or a one-character function word (到, 在).
     */
    private static boolean phraseBoundary(Token t) {
        String p = t.pos();
        if (t.word().equals("之")) return false; // 太湖之|畔: what follows 之 is bound to it
        return p.startsWith("w") || p.startsWith("p") || p.startsWith("c") || p.startsWith("u")
                || p.startsWith("v") && t.word().length() >= 2 || t.word().length() == 1 && notNameStart(t.word().charAt(0));
    }

    /** The span {@code [a, b)} holds a closing bracket before any opening one. */
    private static boolean unmatchedClose(String text, int a, int b) {
        return bracketDepth(text, a, b) < 0;
    }

    /** The span {@code [a, b)} opens or closes a bracket it does not close or open (建材（集团, 宿迁)有限公司). */
    private static boolean unbalanced(String text, int a, int b) {
        return bracketDepth(text, a, b) != 0;
    }

    /** Brackets left open at the end of {@code [a, b)}, or -1 as soon as one closes that was not opened. */
    private static int bracketDepth(String text, int a, int b) {
        int depth = 0;
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') depth++;
            else if (c == ')' || c == '）') { if (depth == 0) return -1; depth--; }
        }
        return depth;
    }

    /** Units and classifiers a number leaves behind when the segmenter cuts after the digit (30亿|元). */
    private static final String UNIT_CHARS = "元个家座所项亿万千百吨米台辆件条批户位次";

    private static boolean numeralBefore(Sent s, int a) {
        if (a == 0) return false;
        char c = s.text.charAt(a - 1);
        if (isDigit(c) || "零一二三四五六七八九十百千万亿两".indexOf(c) >= 0) return true;
        int ti = s.tokenAt(a - 1);
        return ti >= 0 && s.toks.get(ti).pos().startsWith("m");
    }

    /**
     * The word right before the span is a number, a classifier or a verb (7个|制造基地, 新建|智能工厂), or a piece left
     * over from a number (30亿|元建设|…基地): the span is more likely a description than a name.
     */
    private static boolean precededByCount(Sent s, int a) {
        if (a == 0) return false;
        int ti = s.tokenAt(a - 1);
        if (ti < 0 || s.toks.get(ti).end() != a) return false;
        Token t = s.toks.get(ti);
        String p = t.pos();
        return p.startsWith("m") || p.startsWith("q") || BUILD_VERBS.contains(t.word()) || isCounted(s, a);
    }

    /** Verbs of building something new: what follows them is a plant or a base, rarely a name (新建|智能工厂). */
    private static final Set<String> BUILD_VERBS = Set.of("新建", "建设", "建成", "新增", "打造", "筹建", "兴建", "扩建", "投建",
            "改建", "在建", "续建", "共建", "建", "培育", "布局");

    /** After a number, a classifier or a unit residue (30亿|元建设|…, 9个|…): a counted thing must start with a place. */
    private static boolean isCounted(Sent s, int a) {
        if (a == 0) return false;
        int ti = s.tokenAt(a - 1);
        if (ti < 0 || s.toks.get(ti).end() != a) return false;
        Token t = s.toks.get(ti);
        if (t.pos().startsWith("m") || t.pos().startsWith("q")) return true;
        return UNIT_CHARS.indexOf(t.word().charAt(0)) >= 0 && numeralBefore(s, t.offset());
    }

    private static boolean placePrefix(String name) {
        Lexicon lx = Lexicon.get();
        for (int n = Math.min(name.length() - 1, 4); n >= 2; n--) {
            String p = name.substring(0, n);
            if (lx.isPlace(p)) return true;
            CoreDictionary.Attribute at = CoreDictionary.get(p);
            if (at != null) for (Nature nn : at.nature) if (nn != null && nn.toString().startsWith("ns")) return true;
        }
        return false;
    }

    /**
     * With a model, an organisation built by the suffix rule wins over model spans it fully contains
     * (SK海力士半导体(中国)公司 over the place 中国), and loses to spans it crosses. A model organisation that ends where
     * it ends keeps its own start (该分局|湖滨公园派出所), unless the model split the name at a bracketed qualifier
     * (星海物流|(常州)|智能仓储基地).
     */
    private static void promoteContainingOrgs(Sent s, List<Cand> c) {
        for (int i = 0; i < c.size(); i++) {
            Cand o = c.get(i);
            if (!Methods.ORG_SUFFIX.equals(o.method)) continue;
            boolean crosses = false;
            for (Cand m : c) {
                if (m == o || m.prio >= P_TITLE || !m.overlaps(o)) continue;
                // the same name built twice (from HanLP's organisation word and from the model's span) is no rival
                if (Methods.ORG_SUFFIX.equals(m.method) && m.start == o.start && m.end == o.end) continue;
                if (m.start < o.start || m.end > o.end || m.start == o.start && m.end == o.end) { crosses = true; break; }
                // the model stops at a bracketed qualifier (…(常州)|智能仓储基地) or at the 和 of a government body's name
                // (工业和|信息化局): the rule's longer name wins there, elsewhere the model's organisation keeps its start
                if (m.type == EntityType.ORGANIZATION && m.prio > o.prio && m.end == o.end && m.start > o.start
                        && ")）和".indexOf(s.text.charAt(m.start - 1)) < 0) { crosses = true; break; }
            }
            if (!crosses) c.set(i, new Cand(o.start, o.end, o.type, o.method, P_ORG, o.strong));
        }
    }

    /** A title name cut short by the rule (古杰|拉尔) yields to a longer base person starting at the same place. */
    private static void preferLongerBaseNames(List<Cand> c) {
        for (int i = 0; i < c.size(); i++) {
            Cand t = c.get(i);
            if (t.prio != P_TITLE) continue;
            for (Cand b : c) {
                if (b.prio < P_TITLE && b.type == EntityType.PERSON && b.start == t.start && b.end > t.end) {
                    Cand r = new Cand(b.start, b.end, EntityType.PERSON, t.method, P_TITLE, true);
                    r.role = t.role;
                    c.set(i, r);
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- base: HanLP tags or perceptron

    private void baseCandidates(Sent s, List<Cand> out) {
        PerceptronNer m = model();
        List<Token> toks = s.toks;
        if (m != null) {
            for (PerceptronNer.Span sp : mergeTransliterations(s, m.recognize(toks))) {
                int a = toks.get(sp.from()).offset(), b = toks.get(sp.to() - 1).end();
                addBase(s, out, a, b, sp.type(), Methods.PERCEPTRON, P_MODEL, sp.from(), sp.to());
            }
            if (hmmOrgFill) {
                // HanLP's own organisation words with a real suffix fill gaps the model left (卓胜微电子公司)
                for (int i = 0; i < toks.size(); i++) {
                    Token t = toks.get(i);
                    String suf = Lexicon.get().orgSuffixOf(t.word());
                    if (t.pos().startsWith("nt") && suf != null && (suf.length() >= 2 && t.word().length() >= suf.length() + 2
                            && namedPrefix(t.word().substring(0, t.word().length() - suf.length())) || adminBody(t.word(), suf))) {
                        out.add(new Cand(t.offset(), t.end(), EntityType.ORGANIZATION, Methods.HMM, P_HMM, false));
                    }
                }
            }
        } else {
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                EntityType type = EntityType.fromPos(t.pos());
                if (type == null) continue;
                if (type == EntityType.ORGANIZATION && orgFilter && !trustedOrgWord(t.word())) continue;
                addBase(s, out, t.offset(), t.end(), type, Methods.HMM, P_HMM, i, i + 1);
            }
        }
    }

    /** Characters of transliterated foreign names (奥尔布|赖特): two person pieces full of them are one name. */
    private static final String TRANSLIT = "尔特斯克夫娃诺拉基姆德布罗索维亚伊卡纳科托奇蒂恩塞希里兹茨洛瓦普";

    private static List<PerceptronNer.Span> mergeTransliterations(Sent s, List<PerceptronNer.Span> spans) {
        List<PerceptronNer.Span> out = new ArrayList<>(spans.size());
        for (PerceptronNer.Span sp : spans) {
            PerceptronNer.Span prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.type() == EntityType.PERSON && sp.type() == EntityType.PERSON && prev.to() == sp.from()
                    && s.toks.get(prev.to() - 1).end() == s.toks.get(sp.from()).offset()) {
                String name = s.text.substring(s.toks.get(prev.from()).offset(), s.toks.get(sp.to() - 1).end());
                int tr = 0;
                for (int i = 0; i < name.length(); i++) if (TRANSLIT.indexOf(name.charAt(i)) >= 0) tr++;
                if (tr >= 2 && name.length() >= 4 && name.length() <= 10) {
                    out.set(out.size() - 1, new PerceptronNer.Span(prev.from(), sp.to(), EntityType.PERSON));
                    continue;
                }
            }
            out.add(sp);
        }
        return out;
    }

    private void addBase(Sent s, List<Cand> out, int a, int b, EntityType type, String method, int prio, int fromTok, int toTok) {
        if (s.titleTokens.get(fromTok)) return; // a title is not an entity of its own
        if (orgFilter && type == EntityType.ORGANIZATION && Methods.PERCEPTRON.equals(method)) {
            // 无锡战略性新兴产业|发展/nt: the model followed one of HanLP's invented organisation words
            Token last = s.toks.get(toTok - 1);
            if (last.pos().startsWith("nt") && !CoreDictionary.contains(last.word()) && Lexicon.get().orgSuffixOf(last.word()) == null
                    && last.word().length() >= 3 && verbTail(last.word())) return;
        }
        if (type == EntityType.PLACE && toTok - fromTok == 1 && fromTok > 0) {
            Token t = s.toks.get(fromTok), p = s.toks.get(fromTok - 1);
            if (p.end() == t.offset() && p.word().length() == 1 && isCjk(p.word().charAt(0))) {
                if (ZONES.contains(p.word() + t.word())) {
                    // 无锡|经|开区: an abbreviated development zone, with the place it belongs to
                    a = p.offset();
                    if (fromTok > 1 && s.toks.get(fromTok - 2).end() == a && s.toks.get(fromTok - 2).pos().startsWith("ns")) a = s.toks.get(fromTok - 2).offset();
                } else if (!CoreDictionary.contains(t.word()) && !Lexicon.get().isPlace(t.word()) && FRAGMENT_POS.contains(p.pos())) {
                    return; // 夯|基垒台: the tail of a word cut off by the segmenter, not a place
                }
            }
        }
        if (type != EntityType.PERSON) {
            // 2022无锡: digits glued to a name by the segmenter
            while (b - a > 2 && isDigit(s.text.charAt(a))) a++;
        }
        if (type == EntityType.PERSON) {
            // 三万|余件: a name never follows a numeral directly
            if (personFilter && fromTok > 0 && s.toks.get(fromTok - 1).pos().startsWith("m")
                    && s.toks.get(fromTok - 1).end() == s.toks.get(fromTok).offset()) return;
            if (nameCompletion && toTok - fromTok == 1) {
                int[] fixed = completeName(s, fromTok);
                if (fixed != null) { a = fixed[0]; b = fixed[1]; method = method + "+completion"; }
            }
            // the perceptron was trained on real names (foreign, nicknames such as 小赵): only the blacklist applies
            if (personFilter && !personOk(s, a, b, fromTok, toTok, !Methods.PERCEPTRON.equals(method))) return;
        }
        // a whole name the model found in one token (魏德运, 科科申) fixes its other mentions in the article
        boolean strong = Methods.PERCEPTRON.equals(method) && type == EntityType.PERSON && b - a >= 2 && toTok - fromTok == 1;
        out.add(new Cand(a, b, type, method, prio, strong));
    }

    /** Abbreviated development zones the segmenter cuts after their first character (经|开区). */
    private static final Set<String> ZONES = Set.of("经开区", "高新区", "综保区", "自贸区", "保税区", "开发区", "示范区", "产业园");

    /** Tags of a lone character that is part of a word rather than a word of its own before a name. */
    private static final Set<String> FRAGMENT_POS = Set.of("n", "ng", "h", "k", "Rg", "vg", "Vg", "ag", "x");

    /**
     * The part before an organisation suffix names something (卓胜微电子, 上海药物) rather than describing
     * it (一些, 家庭, 地方): it starts with a place or with characters that are no dictionary word.
     */
    private static boolean namedPrefix(String prefix) {
        Lexicon lx = Lexicon.get();
        for (int n = Math.min(prefix.length(), 4); n >= 2; n--) if (lx.isPlace(prefix.substring(0, n))) return true;
        if (prefix.length() < 2) return false;
        CoreDictionary.Attribute a = CoreDictionary.get(prefix.substring(0, 2));
        if (a == null) return true;
        for (Nature n : a.nature) if (n != null && n.toString().startsWith("ns")) return true;
        return false;
    }

    private static boolean trustedOrgWord(String w) {
        if (Lexicon.get().orgSuffixOf(w) != null && w.length() > Lexicon.get().orgSuffixOf(w).length()) return true;
        CoreDictionary.Attribute attr = CoreDictionary.get(w);
        if (attr != null) {
            for (Nature n : attr.nature) if (n != null && n.toString().startsWith("nt")) return true;
        }
        return false;
    }

    private boolean personOk(Sent s, int a, int b, int fromTok, int toTok) {
        return personOk(s, a, b, fromTok, toTok, true);
    }

    private boolean personOk(Sent s, int a, int b, int fromTok, int toTok, boolean strictNames) {
        String name = s.text.substring(a, b);
        Lexicon lx = Lexicon.get();
        if (lx.isNotPerson(name) || exclusions.contains(name)) return false;
        boolean foreign = name.indexOf('·') >= 0 || name.indexOf('•') >= 0;
        for (int i = fromTok; i < toTok && i < s.toks.size(); i++) if (s.toks.get(i).pos().startsWith("nrf")) foreign = true;
        if (foreign) return name.length() >= 2 && name.length() <= 15;
        if (wordShaped(name)) return false;
        if (!strictNames) return true;
        if (name.length() < 2 || name.length() > 4 || !allCjk(name)) return false;
        if (!lx.startsWithSurname(name)) return false;
        if (name.length() == 4 && !lx.isCompoundSurname(name.substring(0, 2)) && !lx.isSurname(name.substring(1, 2))) return false;
        return true;
    }

    // ---------------------------------------------------------------- names

    /** Characters that end words, never Chinese given names: 关键期, 原创性, 连线各, 他们. */
    private static final String NON_NAME_TAIL = "各期性们率者这那此该每其等";

    /** A "name" that is an ordinary word plus a noun or function suffix (关键期, 连线各). */
    static boolean wordShaped(String name) {
        return name.length() >= 2 && NON_NAME_TAIL.indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /** Characters that start a function word right after a name (在, 说, 等 …). */
    private static final String FUNCTION_CHARS = "在说等和与是也都就到对为把被给从向将已的了率及于称曾又还均再所来去会要并"
            + "、，。；：！？,.;:!?（）()“”\"'《》 ";

    private static boolean isFunctionPos(String pos) {
        if (pos.isEmpty()) return true;
        char c = pos.charAt(0);
        return c == 'v' || c == 'p' || c == 'c' || c == 'u' || c == 'd' || c == 'r' || c == 'f' || c == 'm'
                || c == 'q' || c == 'w' || c == 'y' || c == 'e' || c == 'o' || c == 't' || pos.equals("nnt");
    }

    /** The word ends in a verb such as 发展, 合作, 建设: a description, not a name. */
    private static boolean verbTail(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w.substring(w.length() - 2));
        if (a == null) return false;
        for (Nature n : a.nature) if (n != null && n.toString().startsWith("n")) return false;
        return a.nature.length > 0 && a.nature[0].toString().startsWith("v");
    }

    private static boolean isDigit(char ch) { return ch >= '0' && ch <= '9' || ch >= '０' && ch <= '９'; }

    private static boolean isCjk(char ch) { return ch >= '\u4e00' && ch <= '\u9fff'; }

    private static boolean allCjk(String s) {
        for (int i = 0; i < s.length(); i++) if (!isCjk(s.charAt(i))) return false;
        return true;
    }

    /**
     * For a person token that looks cut short ({@code 许昆}+{@code 林}, {@code 许昆}+{@code 林在}), returns the
     * offsets of the completed three-character name, else null.
     */
    private int[] completeName(Sent s, int i) {
        Token t = s.toks.get(i);
        if (t.word().length() != 2 || !allCjk(t.word()) || !Lexicon.get().isSurname(t.word().substring(0, 1))) return null;
        if (i + 1 >= s.toks.size()) return null;
        Token n = s.toks.get(i + 1);
        if (n.offset() != t.end() || !isCjk(n.word().charAt(0))) return null;
        char c = n.word().charAt(0);
        if (FUNCTION_CHARS.indexOf(c) >= 0) return null;
        if (n.word().length() == 1) {
            String np = n.pos();
            boolean namePiece = np.equals("ng") || np.startsWith("nr") || np.equals("x") || np.equals("b") || np.equals("nz")
                    || np.equals("ag") || np.equals("a") || np.equals("n") || np.equals("j") || np.equals("Rg") || np.equals("vf");
            if (!namePiece) return null;
            // the piece must be followed by a boundary that ends a name: punctuation, a verb, a function word
            if (i + 2 < s.toks.size()) {
                Token nn = s.toks.get(i + 2);
                boolean boundary = nn.pos().equals("w") || FUNCTION_CHARS.indexOf(nn.word().charAt(0)) >= 0
                        || (isFunctionPos(nn.pos()) && !nn.pos().equals("f") && (nn.word().length() >= 2 || np.startsWith("n")));
                if (!boundary) return null;
                if (!nn.pos().equals("w") && (np.equals("vf") || np.equals("a"))) return null;
            }
            return new int[]{t.offset(), n.end()};
        }
        if (n.word().length() == 2 && n.pos().startsWith("nr") && FUNCTION_CHARS.indexOf(n.word().charAt(1)) >= 0) {
            return new int[]{t.offset(), n.offset() + 1};
        }
        return null;
    }

    /** A token HanLP's role tagging invented (江泽民为中央民族乐团/nt): a name may end inside it. */
    private static boolean gluedNameToken(Token t) {
        String p = t.pos();
        return p.startsWith("nr") || (p.startsWith("nt") || p.equals("ns") || p.equals("nz")) && t.word().length() >= 4
                && !CoreDictionary.contains(t.word());
    }

    /** A name may end inside a token when HanLP glued it to the next function character ({@code 林在}). */
    private static boolean looseNameEnd(Sent s, int end) {
        if (end >= s.text.length()) return true;
        int ti = s.tokenAt(end);
        if (ti < 0) return true;
        Token t = s.toks.get(ti);
        return t.pos().startsWith("nr") && FUNCTION_CHARS.indexOf(s.text.charAt(end)) >= 0;
    }

    /** Name right at char offset p (after a title or a 、): returns end offset, or -1. */
    private int nameAt(Sent s, int p) {
        String text = s.text;
        Lexicon lx = Lexicon.get();
        int ti = s.tokenStartingAt(p);
        if (ti < 0) return -1;
        Token t = s.toks.get(ti);
        // transliterated names: trust HanLP's token
        if (t.pos().startsWith("nrf")) return personOk(s, p, t.end(), ti, ti + 1) ? t.end() : -1;
        if (!isCjk(text.charAt(p)) || isFunctionPos(t.pos()) && !t.pos().startsWith("nr")) return -1;
        if (FUNCTION_CHARS.indexOf(text.charAt(p)) >= 0 && !t.pos().startsWith("nr")) return -1;
        // 1. HanLP's own person token with a clean right edge
        if (t.pos().startsWith("nr") && t.word().length() >= 2 && t.word().length() <= 4) {
            int[] fixed = completeName(s, ti);
            if (fixed != null) return validName(text.substring(p, fixed[1])) ? fixed[1] : -1;
            return validName(t.word()) ? t.end() : -1;
        }
        // 2. char lengths 3, 2, 4 ending on a token edge (or glued to a function char inside a name-ish token)
        for (int len : new int[]{3, 2, 4}) {
            int e = p + len;
            if (e > text.length()) continue;
            String name = text.substring(p, e);
            if (!validName(name)) continue;
            if (len == 4 && !lx.isCompoundSurname(name.substring(0, 2))) continue;
            if (name.chars().skip(1).anyMatch(ch -> FUNCTION_CHARS.indexOf(ch) >= 0)) continue;
            boolean edge = s.starts.get(e) || e == text.length();
            if (!edge) {
                int ei = s.tokenAt(e);
                edge = ei >= 0 && gluedNameToken(s.toks.get(ei)) && FUNCTION_CHARS.indexOf(text.charAt(e)) >= 0;
            }
            if (!edge) continue;
            // the name must not swallow a normal word: every token inside must be short or name-ish
            boolean ok = true;
            for (int k = ti; k < s.toks.size() && s.toks.get(k).offset() < e; k++) {
                Token x = s.toks.get(k);
                if (x.word().length() >= 2 && !x.pos().startsWith("nr") && !x.pos().equals("ng")
                        && !x.pos().equals("nz") && !x.pos().equals("j") && !x.pos().equals("x")
                        && !(gluedNameToken(x) && x.end() > e)) { ok = false; break; }
            }
            if (ok) return e;
        }
        return -1;
    }

    private boolean validName(String name) {
        Lexicon lx = Lexicon.get();
        if (name.endsWith("先生") || name.endsWith("女士") || name.endsWith("同志") || name.endsWith("小姐")) return false;
        return name.length() >= 2 && name.length() <= 4 && allCjk(name) && lx.startsWithSurname(name)
                && !lx.isNotPerson(name) && !lx.isTitle(name) && !lx.isPlace(name) && !exclusions.contains(name);
    }

    private static final Set<String> REPORTER_TITLES = Set.of("记者", "通讯员", "本报记者", "特约记者", "实习生", "摄影记者");

    /** Title grammar: 省长许昆林, 市委书记杜小刚, 市领导许峰、张镇、秦咏薪, 董事+长田源. */
    private void titleCandidates(Sent s, List<Cand> out) {
        Lexicon lx = Lexicon.get();
        List<Token> toks = s.toks;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String title = null;
            int nameStart = -1;
            boolean glued = false;
            if (t.pos().equals("nnt") || lx.isTitle(t.word()) || endsWithTitle(t.word())) {
                title = t.word();
                nameStart = t.end();
            } else if (i + 1 < toks.size() && lx.isTitle(t.word() + toks.get(i + 1).word())) {
                title = t.word() + toks.get(i + 1).word();
                nameStart = toks.get(i + 1).end();
                s.titleTokens.set(i);
                i++;
            }
            if (title == null) {
                surnameBeforeTitle(s, i, out);
                continue;
            }
            if (t.pos().startsWith("nr") && surnameBeforeTitle(s, i, out)) continue; // 江主席/nr
            s.titleTokens.set(i);
            if (nameStart >= s.text.length()) continue;
            String role = REPORTER_TITLES.contains(title) || title.endsWith("记者") ? EntityMention.ROLE_REPORTER : EntityMention.ROLE_MENTION;
            int p = nameStart;
            // HanLP glued the last character of the title to the name: 董事/nnt 长田源/nr
            if (i + 1 < toks.size()) {
                Token n = toks.get(i + 1);
                if (n.offset() == p && n.pos().startsWith("nr") && n.word().length() >= 3
                        && lx.isTitle(title + n.word().charAt(0)) && validName(n.word().substring(1))) {
                    p = p + 1;
                    glued = true;
                }
            }
            int e = glued ? toks.get(i + 1).end() : nameAt(s, p);
            if (e < 0 || e < s.text.length() && "·•．.".indexOf(s.text.charAt(e)) >= 0) continue;
            Cand c = new Cand(p, e, EntityType.PERSON, Methods.TITLE, P_TITLE, true);
            c.role = role;
            out.add(c);
            // 、-list after the title
            int q = e;
            while (q < s.text.length() && (s.text.charAt(q) == '、' || s.text.startsWith("和", q) || s.text.startsWith("及", q))
                    && q + 1 < s.text.length()) {
                int ne = nameAt(s, q + 1);
                if (ne < 0 || ne < s.text.length() && "·•．.".indexOf(s.text.charAt(ne)) >= 0) break;
                Cand lc = new Cand(q + 1, ne, EntityType.PERSON, Methods.TITLE_LIST, P_TITLE, true);
                lc.role = role;
                out.add(lc);
                q = ne;
            }
        }
    }

    /** 江主席, 李总理: a lone surname right before a title names a known person (江/nr in PKU's convention). */
    private static boolean surnameBeforeTitle(Sent s, int i, List<Cand> out) {
        Lexicon lx = Lexicon.get();
        Token t = s.toks.get(i);
        boolean leftClean = i == 0 || s.toks.get(i - 1).pos().equals("w") || isFunctionPos(s.toks.get(i - 1).pos());
        if (!leftClean) return false;
        // 3国|总统 (a count), 但|总的 (a conjunction), 阿|总统 (a country's abbreviation): no surname
        if (i > 0 && (s.toks.get(i - 1).pos().startsWith("m") || s.toks.get(i - 1).pos().startsWith("q"))) return false;
        if (!t.pos().startsWith("nr") && (isFunctionPos(t.pos()) || t.pos().equals("j"))) return false;
        String w = t.word();
        if (w.length() == 1 && lx.isSurname(w) && i + 1 < s.toks.size()) {
            Token n = s.toks.get(i + 1);
            if (n.offset() == t.end() && HEAD_TITLES.contains(n.word())) {
                out.add(new Cand(t.offset(), t.end(), EntityType.PERSON, Methods.TITLE, P_TITLE, false));
                return true;
            }
        } else if (w.length() == 3 && t.pos().startsWith("nr") && lx.isSurname(w.substring(0, 1)) && HEAD_TITLES.contains(w.substring(1))) {
            out.add(new Cand(t.offset(), t.offset() + 1, EntityType.PERSON, Methods.TITLE, P_TITLE, false));
            s.titleTokens.set(i); // the token as a whole (江主席) is no person
            return true;
        }
        return false;
    }

    private static final Set<String> HEAD_TITLES = Set.of("主席", "总理", "副总理", "委员长", "总书记", "书记", "省长", "市长", "部长",
            "总统", "首相", "司令", "院长", "校长", "局长", "厅长", "县长", "区长", "镇长", "老师", "教授", "院士", "主任", "总");

    private static boolean endsWithTitle(String w) {
        Lexicon lx = Lexicon.get();
        for (int k = 1; k < w.length(); k++) {
            String tail = w.substring(k);
            if (tail.length() >= 2 && lx.isTitle(tail)) {
                String head = w.substring(0, k);
                // 市委书记, 省委常委: a short administrative head glued to a title
                return head.length() <= 3;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- organisations

    /** Verbs that may sit inside an organisation name (联防联控指挥部, 投资促进中心). */
    private static final Set<String> ORG_VERBS = Set.of("联防", "联控", "管理", "监督", "发展", "改革", "建设", "投资", "促进",
            "开发", "服务", "研究", "规划", "设计", "制造", "检测", "检验", "保障", "监测", "防控", "救助", "应急", "保护", "交流",
            "合作", "推广", "招商", "孵化", "培训", "创新", "融资", "担保", "封装", "运营", "评估", "认证", "监察", "执法", "生产",
            "经营", "咨询", "贸易", "物流", "调查", "审计", "统计", "出版", "广播", "勘察", "治理", "协调", "指导", "救援", "维护");

    private void orgSuffixCandidates(Sent s, List<Cand> out) {
        List<Token> toks = s.toks;
        Lexicon lx = Lexicon.get();
        // heads: tokens ending in an organisation suffix, and the ends of organisation candidates found so far
        List<int[]> heads = new ArrayList<>(); // [firstTokenOfCore, lastToken]
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (s.titleTokens.get(i) || t.pos().equals("nnt")) continue;
            if (isOrgHead(t)) heads.add(new int[]{i, i});
        }
        for (Cand c : new ArrayList<>(out)) {
            if (c.type != EntityType.ORGANIZATION || lx.orgSuffixOf(s.text.substring(c.start, c.end)) == null) continue;
            int a = s.tokenStartingAt(c.start);
            int b = s.tokenAt(c.end - 1);
            if (a >= 0 && b >= 0) heads.add(new int[]{a, b, 1}); // already an organisation: no proper word needed
        }
        for (int[] h : heads) {
            int first = h[0], last = h[1];
            int j = first;
            int chars = toks.get(last).end() - toks.get(first).offset();
            boolean proper = false;
            int k = j - 1;
            // (/w 宿迁)有限公司/nt: HanLP's organisation begins inside the bracketed qualifier; the name goes on before it
            if (k >= 1 && unmatchedClose(s.text, toks.get(first).offset(), toks.get(last).end())
                    && (toks.get(k).word().equals("(") || toks.get(k).word().equals("（")) && toks.get(k).end() == toks.get(first).offset()) {
                j = k;
                k--;
            }
            while (k >= 0 && first - k <= 8 && chars < 24) {
                Token t = toks.get(k);
                if (toks.get(k).end() != toks.get(k + 1).offset()) break; // a gap (space) ends the name
                String w = t.word();
                if (w.equals(")") || w.equals("）")) {
                    int open = -1;
                    for (int m = k - 1; m >= 0 && k - m <= 5; m--) {
                        String mw = toks.get(m).word();
                        if (mw.equals("(") || mw.equals("（")) { open = m; break; }
                        if (toks.get(m).pos().equals("w")) break;
                        // 建材（集团/nt|）|有限责任公司: HanLP's word runs into the bracket; the name goes on before it
                        if (mw.length() > 1 && (mw.indexOf('(') > 0 || mw.indexOf('（') > 0)) { open = m; break; }
                    }
                    if (open < 0 || open == 0 && toks.get(0).word().length() == 1) break;
                    int len = toks.get(k).end() - toks.get(open).offset();
                    if (len > 10) break;
                    chars += len;
                    k = open - 1;
                    j = open;
                    continue;
                }
                // 文化广电|和|旅游局, 住房|和|城乡建设局, 工业|和|信息化局: a government body's name joins two fields with 和
                if (w.equals("和") && k >= 1 && governmentBody(toks.get(last).word()) && fieldWord(toks.get(k - 1))
                        && fieldWord(toks.get(k + 1))) {
                    chars += 1;
                    j = k;
                    k--;
                    continue;
                }
                if (!orgPart(s, k)) break;
                if (isProper(t)) proper = true;
                chars += w.length();
                j = k;
                k--;
            }
            // the name does not start with a bracket, a verb or a modifier (促进|上海…中心, 新|政府, 大|公司)
            while (j < first && (toks.get(j).word().equals("(") || toks.get(j).word().equals("（")
                    || badLeftEdge(toks.get(j), j > 0 ? toks.get(j - 1) : null, toks.get(j + 1)))) j++;
            if (j == first) continue;
            proper = false;
            for (int m = j; m < first; m++) if (isProper(toks.get(m))) { proper = true; break; }
            int a = toks.get(j).offset(), b = toks.get(last).end();
            // 远航智能装备(南通)有限公司: a place in brackets inside the name makes it a proper name
            if (!proper) proper = bracketedPlace(s.text.substring(a, b));
            if (!proper && h.length < 3 && !adminPrefix(toks, j, first)) continue;
            if (unbalanced(s.text, a, b)) continue;
            // with a model, the model's own organisations win where they overlap; the rule fills gaps
            out.add(new Cand(a, b, EntityType.ORGANIZATION, Methods.ORG_SUFFIX, nerModelPath != null ? P_MODEL - 5 : P_ORG, b - a >= 4));
        }
    }

    /** The span holds a bracketed place ({@code (南通)}, {@code （徐州）}) after some name: the qualifier of a company's branch. */
    private static boolean bracketedPlace(String span) {
        for (int i = 1; i < span.length(); i++) {
            char c = span.charAt(i);
            if (c != '(' && c != '（') continue;
            int close = span.indexOf(c == '(' ? ')' : '）', i + 1);
            if (close < 0) return false;
            String inside = span.substring(i + 1, close);
            if (inside.length() >= 2 && (Lexicon.get().isPlace(inside) || placeWord(inside))) return true;
        }
        return false;
    }

    /** A dictionary word HanLP tags as a place ({@code ns}). */
    private static boolean placeWord(String w) {
        CoreDictionary.Attribute at = CoreDictionary.get(w);
        if (at != null) for (Nature nn : at.nature) if (nn != null && nn.toString().startsWith("ns")) return true;
        return false;
    }

    /** Words that never belong to an organisation name on its left edge (datelines, determiners). */
    private static final Set<String> ORG_STOP_WORDS = Set.of("本报讯", "本报", "讯", "报讯", "电", "日电", "日讯", "该", "整个", "这个", "那个",
            "一些", "各", "每", "原为", "继", "经", "首家", "一家", "两家", "多家", "数家", "全体");

    /** Common words that end like an organisation but are none (当局, 全部, 到处 …). */
    private static final Set<String> NOT_ORG_WORDS = Set.of("当局", "格局", "布局", "结局", "大局", "全局", "时局", "政局", "骗局",
            "开局", "残局", "出局", "棋局", "全部", "内部", "外部", "局部", "干部", "南部", "北部", "东部", "西部", "中部", "上部",
            "下部", "头部", "胸部", "腹部", "底部", "顶部", "基层", "场所", "处所", "住所", "厕所", "好处", "坏处", "到处", "各处",
            "深处", "长处", "短处", "远处", "近处", "益处", "用处", "此处", "何处", "住处", "出处", "难处", "部队", "军队", "球队",
            "团队", "排队", "车队", "网站", "车站", "举办", "创办", "主办", "承办", "开办", "兴办", "督办", "查办", "包办", "代办",
            "置办", "市中心");

    private static boolean isOrgHead(Token t) {
        String w = t.word(), pos = t.pos();
        if (pos.startsWith("v") || pos.equals("w") || pos.equals("nnt") || NOT_ORG_WORDS.contains(w)) return false;
        String suf = Lexicon.get().orgSuffixOf(w);
        if (suf == null) return false;
        if (suf.length() >= 2) return true;
        return pos.equals("nis") || pos.startsWith("nt") || pos.equals("ni") || w.length() == 1;
    }

    /**
     * One word of HanLP's made of a province/city/county prefix, an abbreviated name and a government body's suffix
     * (市住建局, 县民政局, 区教育局): People's Daily 1998 has no such abbreviations, so the model misses them.
     */
    private static boolean adminBody(String w, String suffix) {
        return w.length() >= 4 && w.length() <= 8 && "省市县区镇".indexOf(w.charAt(0)) >= 0 && GOVERNMENT_BODIES.contains(suffix)
                && allCjk(w) && !CoreDictionary.contains(w);
    }

    /** 省发改委, 市科技局: a province/city prefix before an institution word. */
    private static boolean adminPrefix(List<Token> toks, int j, int head) {
        String w = toks.get(j).word();
        Token h = toks.get(head);
        if (!(w.equals("省") || w.equals("市") || w.equals("县") || w.equals("区") || w.equals("镇"))) return false;
        if (head - j == 1) return h.pos().equals("nis") && h.word().length() >= 2;
        // 市防汛抗旱指挥部: a government body named by its task
        String suf = Lexicon.get().orgSuffixOf(h.word());
        return suf != null && GOVERNMENT_BODIES.contains(suf);
    }

    private static final Set<String> GOVERNMENT_BODIES = Set.of("指挥部", "委员会", "领导小组", "办公室", "管委会", "工委", "党委",
            "党组", "纪委", "监委", "局", "厅", "委", "总局", "中心");

    private static boolean governmentBody(String head) {
        return head.endsWith("局") || head.endsWith("厅") || head.endsWith("委") || head.endsWith("委员会")
                || head.endsWith("部") || head.endsWith("办公室");
    }

    /** A field in a government body's name (文化, 广电, 住房, 城乡建设, 新吴区工业): a noun of two or more characters. */
    private static boolean fieldWord(Token t) {
        String p = t.pos();
        return t.word().length() >= 2 && (p.startsWith("n") && !p.equals("nr") && !p.equals("nnt") || p.equals("j") || p.equals("vn"));
    }

    private boolean orgPart(Sent s, int k) {
        Token t = s.toks.get(k);
        String pos = t.pos(), w = t.word();
        if (s.titleTokens.get(k) || pos.equals("nnt") || ORG_STOP_WORDS.contains(w)) return false;
        if (w.endsWith("日电") || w.endsWith("日讯")) return false; // dateline: 北京１月２６日电
        if (FUNCTION_CHARS.indexOf(w.charAt(0)) >= 0 && !isProperPos(pos)) return false; // 和市, 人向: glued function words
        if (w.length() > 1 && FUNCTION_CHARS.indexOf(w.charAt(w.length() - 1)) >= 0 && !isProperPos(pos)) return false;
        if (pos.startsWith("n") || pos.equals("j") || pos.equals("b") || pos.equals("x") || pos.startsWith("g")) return true;
        if (pos.equals("a") || pos.equals("ag")) return true; // 精密机械, 新: a proper word further left is still required
        if (pos.equals("h") && w.length() == 1 && isCjk(w.charAt(0))) return true; // 微/h|导纳|米|科技公司: a piece of a cut name
        if (pos.startsWith("q") && w.length() == 1 && k > 0) { // 微导纳|米|科技公司: a stray piece, not after a number
            String pp = s.toks.get(k - 1).pos();
            return !pp.startsWith("m") && !pp.startsWith("r") && !pp.equals("w");
        }
        if (pos.startsWith("v")) {
            if (ORG_VERBS.contains(w) || pos.equals("vn") && w.length() >= 2) return true;
            // 、汇/v 川/b 新能源…: a stray one-character piece of an unknown name, right after punctuation
            if (w.length() != 1 || k == 0 || !s.toks.get(k - 1).pos().equals("w")) return false;
            Token n = s.toks.get(k + 1);
            return n.word().length() == 1 && (n.pos().equals("b") || n.pos().equals("ng") || n.pos().equals("n"));
        }
        if (pos.equals("f") && w.length() == 1) { // 中/f 电海康集团: only right after punctuation or a conjunction
            if (k == 0) return true;
            String pp = s.toks.get(k - 1).pos();
            return pp.equals("w") || pp.startsWith("c");
        }
        return false;
    }

    private static boolean badLeftEdge(Token t, Token before, Token after) {
        String p = t.pos();
        // 蓝|湾|新能源…: a run of one-character pieces is an unknown name, whatever HanLP tagged them
        if (t.word().length() == 1 && after != null && after.word().length() == 1
                && (p.startsWith("a") || p.equals("b") || p.equals("v") && (before == null || before.pos().equals("w")))) return false;
        if (p.equals("vn")) return false;
        if (p.startsWith("f")) return !(before == null || before.pos().equals("w") || before.pos().startsWith("c"));
        return p.startsWith("v") || p.startsWith("a") || p.equals("b") || p.startsWith("d") || p.startsWith("m")
                || p.startsWith("q") || p.startsWith("r") || p.startsWith("c") || p.startsWith("p") || p.startsWith("u");
    }

    private static boolean isProperPos(String p) {
        return p.startsWith("ns") || p.startsWith("nr") || p.startsWith("nt") || p.equals("nz") || p.equals("nx") || p.equals("j");
    }

    private static boolean isProper(Token t) {
        String p = t.pos();
        if (p.startsWith("ns") || p.startsWith("nr") || p.startsWith("nt") || p.equals("nz") || p.equals("nx") || p.equals("x")
                || p.equals("j")) return true;
        if (Lexicon.get().isPlace(t.word())) return true;
        // a stray one-character piece of an unknown name (雪|浪, 中科|芯)
        return t.word().length() == 1 && isCjk(t.word().charAt(0))
                && (p.equals("n") || p.equals("ng") || p.equals("b") || p.equals("vg") || p.equals("Rg") || p.equals("ag") || p.equals("h"));
    }

    // ---------------------------------------------------------------- gazetteer and aliases

    private static void gazetteerCandidates(Sent s, List<Cand> out) {
        Lexicon lx = Lexicon.get();
        for (int i = 0; i < s.toks.size(); i++) {
            // a division's name over one or several whole tokens (新|吴区, 梅村|街道), never cutting a token
            StringBuilder name = new StringBuilder();
            for (int j = i; j < s.toks.size() && j < i + 4; j++) {
                Token t = s.toks.get(j);
                name.append(t.word());
                if (name.length() > lx.maxPlaceLength()) break;
                if (name.length() < 2 || !lx.isPlace(name.toString())) continue;
                // several tokens make a name only from content words (not 和|县, 在|湖州)
                if (j > i && (name.length() < 3 || isFunctionPos(s.toks.get(i).pos()))) continue;
                // 新疆维吾尔自治区|党委: the place names an organisation here, not a place
                if (j + 1 < s.toks.size()) {
                    Token n = s.toks.get(j + 1);
                    if (isOrgHead(n) || n.pos().equals("nis")
                            || n.word().length() > 2 && lx.orgSuffixOf(n.word().substring(0, 2)) != null) continue;
                }
                out.add(new Cand(s.toks.get(i).offset(), t.end(), EntityType.PLACE, Methods.GAZETTEER, P_GAZ, false));
            }
        }
    }

    /**
     * A person guess (HanLP's or the model's) whose text is a division's full name is that place (丁蜀镇, 梅村街道): no
     * one is named with a town's name and unit. Short forms are not enough (周宁 is a county and a name), and names
     * found after a title stay persons.
     */
    private static void placesNamedAsPersons(Sent s, List<Cand> c) {
        Lexicon lx = Lexicon.get();
        for (int k = 0; k < c.size(); k++) {
            Cand x = c.get(k);
            if (x.type == EntityType.PERSON && x.prio < P_TITLE && lx.isDivision(s.text.substring(x.start, x.end)))
                c.set(k, new Cand(x.start, x.end, EntityType.PLACE, Methods.GAZETTEER, x.prio, x.strong));
        }
        // a division's full name (新吴区, 梅村街道) beats a guessed place that cuts it (新|吴区, 新吴区梅村|街道)
        for (int k = 0; k < c.size(); k++) {
            Cand g = c.get(k);
            if (!Methods.GAZETTEER.equals(g.method) || g.prio != P_GAZ || !lx.isDivision(s.text.substring(g.start, g.end))) continue;
            int rival = -1;
            for (Cand x : c) {
                if (x == g || x.type != EntityType.PLACE || x.prio >= P_TITLE || !x.overlaps(g)) continue;
                if (x.start <= g.start && x.end >= g.end) continue; // it contains the name: no cut
                rival = Math.max(rival, x.prio);
            }
            if (rival >= 0) c.set(k, new Cand(g.start, g.end, g.type, g.method, rival + 1, g.strong));
        }
    }

    /** One-character abbreviations of countries and regions, with the names they stand for. */
    static final Map<Character, String> ABBREVIATIONS = Map.ofEntries(Map.entry('中', "中国"), Map.entry('美', "美国"),
            Map.entry('日', "日本"), Map.entry('韩', "韩国"), Map.entry('朝', "朝鲜"), Map.entry('俄', "俄罗斯"),
            Map.entry('英', "英国"), Map.entry('法', "法国"), Map.entry('德', "德国"), Map.entry('欧', "欧洲"),
            Map.entry('非', "非洲"), Map.entry('印', "印度"), Map.entry('越', "越南"), Map.entry('澳', "澳门"),
            Map.entry('港', "香港"), Map.entry('台', "台湾"), Map.entry('巴', "巴基斯坦"), Map.entry('新', "新加坡"));

    /** Characters of the table that are common words of their own: never the first of a compound. */
    private static final String ABBR_NOT_FIRST = "新巴非法德台港越";

    /**
     * 中美关系, 中日韩合作, 中欧班列, 港澳台: a run of two or more abbreviations that starts a word (or follows a function
     * character HanLP glued to it: 和中欧) and does not run into a dictionary word (活动中|日益, 中美洲) gives one place
     * per character, at the lowest priority; a HanLP person guess starting inside the run goes (中日|韩自贸/nr).
     */
    private static void abbreviationCandidates(Sent s, List<Cand> out) {
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
                Cand a = new Cand(k, k + 1, EntityType.PLACE, Methods.ABBREVIATION, P_GAZ - 5, false);
                a.canonical = ABBREVIATIONS.get(t.charAt(k));
                out.add(a);
            }
            i = j - 1;
        }
    }

    /** Not a dictionary word, or one that is a place, an abbreviation or an organisation. */
    private static boolean placeOrAbbreviationWord(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) return true;
        for (Nature n : a.nature) if (n != null && (n.toString().startsWith("ns") || n.toString().equals("j") || n.toString().startsWith("nt"))) return true;
        return false;
    }

    private void userAliasCandidates(Sent s, List<Cand> out) {
        if (aliases.isEmpty()) return;
        for (UserLists.Alias a : aliases.values()) {
            if (a.type() == null) continue;
            String name = a.alias();
            for (int from = s.text.indexOf(name); from >= 0; from = s.text.indexOf(name, from + 1)) {
                int end = from + name.length();
                if (s.starts.get(from) && (s.ends.get(end) || (a.type() == EntityType.PERSON && looseNameEnd(s, end)))) {
                    out.add(new Cand(from, end, a.type(), Methods.ALIAS, P_USER, true));
                }
            }
        }
    }

    private String canonical(String surface) {
        String folded = fold(surface);
        UserLists.Alias a = aliases.get(surface);
        if (a == null) a = aliases.get(folded);
        return a != null ? a.canonical() : folded;
    }

    /** Full-width ASCII to half-width, ideographic space to space, trimmed. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            else if (c == '\u3000') c = ' ';
            b.append(c);
        }
        return b.toString().strip();
    }

    // ---------------------------------------------------------------- resolution

    /** Keeps the best non-overlapping candidates: higher priority first, then longer. */
    private static List<Cand> resolve(List<Cand> cands) {
        List<Cand> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.<Cand>comparingInt(c -> -c.prio).thenComparingInt(c -> -(c.end - c.start)).thenComparingInt(c -> c.start));
        List<Cand> kept = new ArrayList<>();
        for (Cand c : sorted) {
            if (c.end <= c.start) continue;
            boolean clash = false;
            for (Cand k : kept) if (k.overlaps(c)) { clash = true; break; }
            if (!clash) kept.add(c);
        }
        kept.sort(Comparator.comparingInt(c -> c.start));
        return kept;
    }

    // ---------------------------------------------------------------- bylines

    private static final String[] BYLINE_PREFIXES = {"本报特约记者", "本报记者", "特约记者", "摄影记者", "见习记者", "记者", "通讯员", "实习生", "摄影", "文/图", "文图", "本报"};

    /** Splits bylines such as {@code (王拓)} or {@code 记者 吴鹏 李静睿} into names. */
    public static List<String> bylineNames(List<String> bylines) {
        List<String> names = new ArrayList<>();
        for (String raw : bylines) {
            if (raw == null) continue;
            String s = raw.replaceAll("[()（）\\[\\]【】]", " ");
            for (String p : BYLINE_PREFIXES) s = s.replace(p, " ");
            for (String n : s.split("[\\s、,，;；/]+")) {
                n = n.strip();
                if (!n.isEmpty() && !names.contains(n)) names.add(n);
            }
        }
        return names;
    }

    private void addBylines(List<String> bylines, List<Sent> sents, List<EntityMention> out) {
        for (String name : bylineNames(bylines)) {
            if (exclusions.contains(name)) continue;
            boolean placed = false;
            // a byline left inside the text, e.g. "(王拓)" at the end of the last paragraph
            for (int i = sents.size() - 1; i >= 0 && !placed; i--) {
                String t = sents.get(i).text;
                for (int from = t.lastIndexOf(name); from >= 0; from = from == 0 ? -1 : t.lastIndexOf(name, from - 1)) {
                    int end = from + name.length();
                    boolean bracketed = from > 0 && "(（ ".indexOf(t.charAt(from - 1)) >= 0;
                    boolean afterReporter = from >= 2 && (t.startsWith("记者", from - 2) || t.startsWith("通讯员", Math.max(0, from - 3)));
                    if (bracketed || afterReporter) {
                        final int fi = i, ff = from;
                        out.removeIf(m -> m.sentenceIdx() == fi && m.start() < end && ff < m.end());
                        out.add(new EntityMention(i, from, end, name, canonical(name), EntityType.PERSON,
                                EntityMention.ROLE_REPORTER, Methods.BYLINE));
                        placed = true;
                        break;
                    }
                }
            }
            if (!placed) {
                out.add(new EntityMention(-1, -1, -1, name, canonical(name), EntityType.PERSON,
                        EntityMention.ROLE_REPORTER, Methods.BYLINE));
            }
        }
    }
}
