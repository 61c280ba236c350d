package broadsheet.investments;

import broadsheet.nlp.SentenceSplitter;
import broadsheet.topics.KeywordHit;
import broadsheet.topics.TopicKind;
import broadsheet.topics.TopicMatch;
import broadsheet.topics.TopicMatcher;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The investment mentions of one article with their topics: plain Java over
 * {@link InvestmentExtractor} and {@link TopicMatcher}. A mention takes the topic of its own sentence when
 * the sentence names one, else the article's dominant topic; strategic-industry sectors are preferred to
 * general city-news topics (a signing ceremony about chip plants is 新一代信息技术, not 招商引资), and a
 * mention with no topic at all is {@link #UNCLASSIFIED}, so that topic totals always add up to the grand total.
 */
public final class ArticleInvestments implements Serializable {
    public static final String UNCLASSIFIED = "未分类";

    private final TopicMatcher topics;

    /** Nouns that end the name of what an amount pays for. */
    private static final Pattern PROJECT_HEAD = Pattern.compile("项目|基地|产业园|园区|生产线|工厂|工程|中心|电站");
    /** Where such a name starts, looking back from its head: a break, a count, a verb, 的 or 等. */
    private static final Pattern PHRASE_BOUNDARY = Pattern.compile(
            "[，,；;。、：:（()）\\s]|[0-9０-９零〇一二两三四五六七八九十百千]+(?:个|项|宗)"
                    + "|建设|新建|扩建|打造|引进|实施|用于|的|等");
    /** Longest project name considered, in chars before the head noun. */
    private static final int MAX_PHRASE = 16;

    public ArticleInvestments(TopicMatcher topics) {
        this.topics = topics;
    }

    public List<InvestmentRow> extract(String articleId, String source, LocalDate issueDate, String headline, String text) {
        List<String> sentences = SentenceSplitter.sentences(text);
        List<InvestmentMention> mentions = InvestmentExtractor.extract(headline, sentences);
        List<InvestmentRow> rows = new ArrayList<>(mentions.size());
        if (mentions.isEmpty()) {
            return rows;
        }
        Optional<String> articleSector = topics.dominantTopic(sentences, headline, TopicKind.SECTOR);
        Optional<String> articleAny = topics.dominantTopic(sentences, headline);
        for (int i = 0; i < mentions.size(); i++) {
            InvestmentMention m = mentions.get(i);
            MoneyAmount a = m.amount();
            InvestmentRow r = new InvestmentRow();
            r.setMentionId(articleId + "-" + i);
            r.setArticleId(articleId);
            r.setSource(source);
            r.setIssueDate(issueDate);
            r.setSentenceIdx(m.sentenceIdx());
            r.setSentence(m.sentence());
            r.setAmountText(a.text());
            r.setAmount(a.amount());
            r.setAmountLow(a.low());
            r.setAmountHigh(a.high());
            r.setCurrency(a.currency());
            r.setQualifier(a.qualifier().name().toLowerCase(java.util.Locale.ROOT));
            r.setKind(m.kind().name().toLowerCase(java.util.Locale.ROOT));
            r.setParentId(m.parentIndex() == null ? null : articleId + "-" + m.parentIndex());
            r.setProjectCount(m.projectCount());
            r.setCounted(m.counted());
            r.setReason(m.reason());
            r.setStatus(m.status());
            r.setNonInvestment(m.nonInvestment());
            assignTopic(r, m.sentence(), stretch(mentions, m), articleSector, articleAny);
            rows.add(r);
        }
        return rows;
    }

    private void assignTopic(InvestmentRow r, String sentence, int[] stretch, Optional<String> articleSector,
                             Optional<String> articleAny) {
        List<TopicMatch> inSentence = topics.match(sentence);
        Optional<String> sentenceSector = amountSector(sentence, stretch[0], stretch[1])
                .or(() -> topics.primaryTopic(sentence, TopicKind.SECTOR));
        String topic;
        String basis;
        if (sentenceSector.isPresent()) {
            topic = sentenceSector.get();
            basis = "sentence";
        } else if (articleSector.isPresent()) {
            topic = articleSector.get();
            basis = "article";
        } else if (!inSentence.isEmpty()) {
            topic = inSentence.get(0).topic();
            basis = "sentence";
        } else if (articleAny.isPresent()) {
            topic = articleAny.get();
            basis = "article";
        } else {
            topic = UNCLASSIFIED;
            basis = "none";
        }
        r.setTopic(topic);
        r.setTopicSector(TopicMatcher.sectorOf(topic));
        r.setTopicBasis(basis);
        r.setTopics(inSentence.stream().map(TopicMatch::topic).toList());
    }

    /**
     * The part of the mention's sentence that is about it: from the end of the previous investment
     * amount of the sentence to the start of the next one (other money, such as 超亿元 in
     * 26个超亿元项目 or a later 年产值, does not cut it).
     */
    private static int[] stretch(List<InvestmentMention> mentions, InvestmentMention m) {
        int from = 0;
        int to = m.sentence().length();
        for (InvestmentMention other : mentions) {
            if (other.sentenceIdx() != m.sentenceIdx()) {
                continue;
            }
            if (other.amount().end() <= m.amount().start()) {
                from = Math.max(from, other.amount().end());
            } else if (other.amount().start() >= m.amount().end()) {
                to = Math.min(to, other.amount().start());
            }
        }
        return new int[] {from, to};
    }

    /**
     * The sector of the words about one amount, sentence[from, to): its project names, else the whole
     * stretch. Empty when neither names one.
     */
    private Optional<String> amountSector(String sentence, int from, int to) {
        List<KeywordHit> hits = topics.find(sentence);
        List<KeywordHit> inStretch = new ArrayList<>();
        List<KeywordHit> inNames = new ArrayList<>();
        List<int[]> names = projectNames(sentence, from, to);
        for (KeywordHit h : hits) {
            if (h.start() >= from && h.end() <= to) {
                inStretch.add(h);
                if (names.stream().anyMatch(p -> h.start() >= p[0] && h.end() <= p[1])) {
                    inNames.add(h);
                }
            }
        }
        return topics.primaryTopic(inNames, TopicKind.SECTOR).or(() -> topics.primaryTopic(inStretch, TopicKind.SECTOR));
    }

    /** Spans [start, end) of 动力电池生产基地-like names in s[from, to): up to a head noun, from a boundary. */
    static List<int[]> projectNames(String s, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher head = PROJECT_HEAD.matcher(s).region(from, to);
        while (head.find()) {
            int back = Math.max(from, head.start() - MAX_PHRASE);
            int start = back;
            Matcher b = PHRASE_BOUNDARY.matcher(s).region(back, head.start());
            while (b.find()) {
                start = b.end();
            }
            if (start < head.start()) {
                out.add(new int[] {start, head.end()});
            }
        }
        return out;
    }
}
