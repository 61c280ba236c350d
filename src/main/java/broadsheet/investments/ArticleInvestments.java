package broadsheet.investments;

import broadsheet.nlp.SentenceSplitter;
import broadsheet.topics.TopicKind;
import broadsheet.topics.TopicMatch;
import broadsheet.topics.TopicMatcher;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
            assignTopic(r, m.sentence(), articleSector, articleAny);
            rows.add(r);
        }
        return rows;
    }

    private void assignTopic(InvestmentRow r, String sentence, Optional<String> articleSector, Optional<String> articleAny) {
        List<TopicMatch> inSentence = topics.match(sentence);
        Optional<String> sentenceSector = topics.primaryTopic(sentence, TopicKind.SECTOR);
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
}
