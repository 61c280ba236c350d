package broadsheet.entities;

import broadsheet.entities.EntityMention.Methods;
import broadsheet.nlp.Token;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Extracts person, place and organisation mentions from one article, given the pipeline's HanLP tokens (standard
 * segmenter, name/place/organisation recognition on). The extractor never segments the body again.
 *
 * <p>The work is a pipeline of small named rules ({@link #RULES}, each an {@link EntityRule}): candidate makers,
 * completers, filters, overlap resolution and the document-consistency pass, each switchable by name
 * ({@link Builder#without}) so that the evaluation measures what each adds. Then user exclusions and aliases, and
 * bylines as reporter mentions. Instances are immutable, serialisable and thread-safe; the optional model is loaded once
 * per JVM.
 */
public final class EntityExtractor implements Serializable {
    private static final long serialVersionUID = 2L;

    /** The rules in the order they run. Per-sentence rules see each sentence's candidates so far. */
    static final List<EntityRule> RULES = List.of(
            new TitleGrammar(),          // 省长|许昆林, 市领导周明远、陈立群: names after titles (first: titles are no entities)
            new BaseTags(),              // HanLP's nr/ns/nt words, or the perceptron's spans
            new HmmOrgFill(),            // with a model: HanLP's suffix organisations in the model's gaps
            new NameCompletion(),        // 许昆|林 → 许昆林
            new PersonFilter(),          // surnames, lengths, common words, no name after a numeral
            new BaseOrgFilter(),         // HanLP's guessed organisations need a suffix or the dictionary
            new OrgSuffixGrammar(),      // …科技有限公司, 市…指挥部: organisations grown leftwards from their suffix
            new OrgBeforeTitle(),        // ,星澜网|创始人兼执行董事周敏: the firm before a corporate title
            new Gazetteer(),             // administrative divisions over whole tokens
            new CountryAbbreviations(),  // 中美 → 中国, 美国
            new UserAliases(),           // the user's typed aliases
            new DivisionsOverPersons(),  // 丁蜀镇 is a place, not a person
            new OrgCleanup(),            // glued function words, datelines, counted descriptions, A和B
            // after the cleanup, which would trim a listed name (拉|齐奥 as if 拉 were a verb)
            new KnownOrganisations(KnownOrganisations.FINANCE),      // 央行, 工行 → 中国工商银行, 证监会
            new KnownOrganisations(KnownOrganisations.ARMED_FORCES), // 美军, 美国海军
            new KnownOrganisations(KnownOrganisations.FOOTBALL),     // 英超, 曼联 → 曼彻斯特联
            new KnownOrganisations(KnownOrganisations.GOVERNMENT),   // 商务部, 发改委, 美国国防部
            new TitleNameExtension(),    // a title name cut short yields to a longer base name
            new OrgSuffixOverModel(),    // with a model: the suffix rule's longer name over the spans inside it
            new Resolve(),               // best non-overlapping candidates
            new DocumentConsistency());  // a name found whole once fixes its other mentions

    /** Switch names of {@link #RULES}, for {@link Builder#without} and the ablation rows. */
    public static List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        for (EntityRule r : RULES) if (!r.name().equals(Resolve.NAME)) names.add(r.name());
        return names;
    }

    private final String nerModelPath;
    private final boolean refineTokens;
    private final Set<String> disabled;
    private final Map<String, UserLists.Alias> aliases;
    private final Set<String> exclusions;
    private transient volatile PerceptronNer ner;

    private EntityExtractor(Builder b) {
        this.nerModelPath = b.nerModel == null ? null : b.nerModel.toAbsolutePath().toString();
        this.refineTokens = b.refineTokens != null ? b.refineTokens : b.nerModel != null;
        this.disabled = Collections.unmodifiableSet(new LinkedHashSet<>(b.disabled));
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
        Builder b = builder().refineTokens(false);
        for (String r : ruleNames()) if (!BASELINE_RULES.contains(r)) b.without(r);
        return b.build();
    }

    /** What the baseline keeps: HanLP's tags (and, as before the rules had names, country abbreviations and user aliases). */
    private static final Set<String> BASELINE_RULES = Set.of(BaseTags.NAME, HmmOrgFill.NAME, CountryAbbreviations.NAME, UserAliases.NAME);

    /** The rules switched off in this extractor (switch names of {@link #ruleNames()}). */
    public Set<String> disabledRules() { return disabled; }

    public static final class Builder {
        private Path nerModel;
        private Boolean refineTokens;
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Map<String, UserLists.Alias> aliases = new LinkedHashMap<>();
        private final Set<String> exclusions = new HashSet<>();

        /** A model written by {@link NerTrainer} (.bin or .bin.gz); null for HanLP's own tags. */
        public Builder nerModel(Path p) { this.nerModel = p; return this; }

        /** Switches rules off by name ({@link EntityExtractor#ruleNames()}); an unknown name fails here. */
        public Builder without(String... rules) {
            for (String r : rules) {
                if (!ruleNames().contains(r)) throw new IllegalArgumentException("no entity rule named '" + r + "'; rules: " + ruleNames());
                disabled.add(r);
            }
            return this;
        }

        private Builder set(boolean on, String... rules) {
            for (String r : rules) if (on) disabled.remove(r); else disabled.add(r);
            return this;
        }

        /** Names after titles, and the title name's extension to a longer base name. */
        public Builder titleRules(boolean on) { return set(on, TitleGrammar.NAME, TitleNameExtension.NAME); }
        /** With a model: HanLP's own organisation words ending in a real suffix fill the model's gaps. */
        public Builder hmmOrgFill(boolean on) { return set(on, HmmOrgFill.NAME); }
        /**
         * Split function words off HanLP's out-of-vocabulary name tokens ({@link TokenRefiner}). Default: on with a
         * model (which must have been trained the same way), off without one (it costs HanLP's own organisations).
         */
        public Builder refineTokens(boolean on) { this.refineTokens = on; return this; }
        public Builder nameCompletion(boolean on) { return set(on, NameCompletion.NAME); }
        public Builder orgSuffixRules(boolean on) { return set(on, OrgSuffixGrammar.NAME, OrgSuffixOverModel.NAME); }
        public Builder personFilter(boolean on) { return set(on, PersonFilter.NAME); }
        public Builder orgFilter(boolean on) { return set(on, BaseOrgFilter.NAME, OrgCleanup.NAME); }
        public Builder gazetteer(boolean on) { return set(on, Gazetteer.NAME, DivisionsOverPersons.NAME); }
        public Builder consistency(boolean on) { return set(on, DocumentConsistency.NAME); }
        /**
         * One-character country and region abbreviations in compounds ({@code 中美}, {@code 中日韩}, {@code 中欧班列}) as
         * places, canonical = the full name (中国, 美国 …). On by default; People's Daily 1998 tags them {@code j}
         * (no entity), so the evaluation reports them both ways.
         */
        public Builder countryAbbreviations(boolean on) { return set(on, CountryAbbreviations.NAME); }
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
        List<Sentence> sents = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i) == null ? "" : sentences.get(i);
            List<Token> t = tokens.get(i) == null ? List.of() : tokens.get(i);
            sents.add(new Sentence(s, refineTokens ? TokenRefiner.refine(t) : TokenRefiner.splitPunctuation(t)));
        }
        Document doc = new Document(articleHeadline, sents, model(), aliases, exclusions, disabled);
        for (EntityRule r : RULES) if (doc.enabled(r.name())) r.apply(doc);
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < sents.size(); i++) {
            Sentence s = sents.get(i);
            for (Candidate c : s.cands) {
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

    /** A "name" that is an ordinary word plus a noun or function suffix (关键期, 连线各). */
    static boolean wordShaped(String name) { return Names.wordShaped(name); }

    private String canonical(String surface) {
        String folded = Chars.fold(surface);
        UserLists.Alias a = aliases.get(surface);
        if (a == null) a = aliases.get(folded);
        return a != null ? a.canonical() : folded;
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

    private void addBylines(List<String> bylines, List<Sentence> sents, List<EntityMention> out) {
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
