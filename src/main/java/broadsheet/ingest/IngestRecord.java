package broadsheet.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What reading one input file yields, one record at a time: an article, a rejected file or record, or a
 * warning. A single bean (rather than three) lets Spark read every file once and split the results after.
 * Field names are camelCase here; {@code broadsheet.io.Tables} maps them to the documented snake_case columns.
 */
public class IngestRecord implements Serializable {
    public static final String ARTICLE = "article";
    public static final String REJECT = "reject";
    public static final String WARNING = "warning";
    /** One per JSON Lines or PKU file read: how many records (non-blank lines) it had and how many loaded. */
    public static final String FILE = "file";

    private String kind;
    private String inputPath;
    private String format;
    private String encoding;
    // article
    private String articleId;
    private String source;
    private LocalDate issueDate;
    private String page;
    private Integer articleSeq;
    private String headline;
    private String dateline;
    private LocalDate datelineDate;
    private List<String> bylines;
    private String text;
    private Integer charCount;
    private Integer sentenceCount;
    // reject / warning
    private Long line;
    private String reason;
    private String detail;
    // file
    private Long recordsRead;
    private Long recordsLoaded;

    public static IngestRecord reject(String inputPath, Long line, String reason, String detail) {
        IngestRecord r = new IngestRecord();
        r.kind = REJECT;
        r.inputPath = inputPath;
        r.line = line;
        r.reason = reason;
        r.detail = detail;
        return r;
    }

    public static IngestRecord warning(String inputPath, Long line, String reason, String detail) {
        IngestRecord r = reject(inputPath, line, reason, detail);
        r.kind = WARNING;
        return r;
    }

    public static IngestRecord fileRecords(String inputPath, String format, long read, long loaded) {
        IngestRecord r = new IngestRecord();
        r.kind = FILE;
        r.inputPath = inputPath;
        r.format = format;
        r.recordsRead = read;
        r.recordsLoaded = loaded;
        return r;
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getInputPath() { return inputPath; }
    public void setInputPath(String inputPath) { this.inputPath = inputPath; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public String getEncoding() { return encoding; }
    public void setEncoding(String encoding) { this.encoding = encoding; }
    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public Integer getArticleSeq() { return articleSeq; }
    public void setArticleSeq(Integer articleSeq) { this.articleSeq = articleSeq; }
    public String getHeadline() { return headline; }
    public void setHeadline(String headline) { this.headline = headline; }
    public String getDateline() { return dateline; }
    public void setDateline(String dateline) { this.dateline = dateline; }
    public LocalDate getDatelineDate() { return datelineDate; }
    public void setDatelineDate(LocalDate datelineDate) { this.datelineDate = datelineDate; }
    public List<String> getBylines() { return bylines; }
    public void setBylines(List<String> bylines) { this.bylines = bylines; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Integer getCharCount() { return charCount; }
    public void setCharCount(Integer charCount) { this.charCount = charCount; }
    public Integer getSentenceCount() { return sentenceCount; }
    public void setSentenceCount(Integer sentenceCount) { this.sentenceCount = sentenceCount; }
    public Long getLine() { return line; }
    public void setLine(Long line) { this.line = line; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
    public Long getRecordsRead() { return recordsRead; }
    public void setRecordsRead(Long recordsRead) { this.recordsRead = recordsRead; }
    public Long getRecordsLoaded() { return recordsLoaded; }
    public void setRecordsLoaded(Long recordsLoaded) { this.recordsLoaded = recordsLoaded; }

    @Override
    public String toString() {
        return kind + "[" + inputPath + (articleId != null ? " " + articleId + " " + headline : " " + reason + ": " + detail) + "]";
    }
}
