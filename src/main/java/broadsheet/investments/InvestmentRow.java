package broadsheet.investments;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One row of the {@code investments} table as a bean (Spark encodes it; {@code Tables} names the columns). */
public class InvestmentRow implements Serializable {
    private String mentionId;
    private String articleId;
    private String source;
    private LocalDate issueDate;
    private Integer sentenceIdx;
    private String sentence;
    private String amountText;
    private BigDecimal amount;
    private BigDecimal amountLow;
    private BigDecimal amountHigh;
    private String currency;
    private String qualifier;
    private String kind;
    private String parentId;
    private Integer projectCount;
    private String topic;
    private String topicSector;
    private List<String> topics;
    private String topicBasis;
    private boolean counted;
    private String reason;
    private String status;
    private String nonInvestment;

    public String getMentionId() { return mentionId; }
    public void setMentionId(String v) { mentionId = v; }
    public String getArticleId() { return articleId; }
    public void setArticleId(String v) { articleId = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate v) { issueDate = v; }
    public Integer getSentenceIdx() { return sentenceIdx; }
    public void setSentenceIdx(Integer v) { sentenceIdx = v; }
    public String getSentence() { return sentence; }
    public void setSentence(String v) { sentence = v; }
    public String getAmountText() { return amountText; }
    public void setAmountText(String v) { amountText = v; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { amount = v; }
    public BigDecimal getAmountLow() { return amountLow; }
    public void setAmountLow(BigDecimal v) { amountLow = v; }
    public BigDecimal getAmountHigh() { return amountHigh; }
    public void setAmountHigh(BigDecimal v) { amountHigh = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }
    public String getQualifier() { return qualifier; }
    public void setQualifier(String v) { qualifier = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getParentId() { return parentId; }
    public void setParentId(String v) { parentId = v; }
    public Integer getProjectCount() { return projectCount; }
    public void setProjectCount(Integer v) { projectCount = v; }
    public String getTopic() { return topic; }
    public void setTopic(String v) { topic = v; }
    public String getTopicSector() { return topicSector; }
    public void setTopicSector(String v) { topicSector = v; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> v) { topics = v; }
    public String getTopicBasis() { return topicBasis; }
    public void setTopicBasis(String v) { topicBasis = v; }
    public boolean isCounted() { return counted; }
    public void setCounted(boolean v) { counted = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getNonInvestment() { return nonInvestment; }
    public void setNonInvestment(String v) { nonInvestment = v; }
}
