package broadsheet.analysis;

import broadsheet.terms.IssueTermCounter;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A task's articles, an issue's articles next to each other, to what the tables need: each article's analysis
 * as soon as it is made, and each issue's term rows once its last article is counted. Plain Java and lazy: one
 * article at a time in memory, plus the terms of the issue being counted. An issue's rows are complete only when
 * all of its articles are in the task; undated articles (one "issue" per source) may be spread over several
 * tasks, and their partial rows are merged downstream.
 */
public final class IssueAnalysis implements Iterator<IssueAnalysis.Item> {
    /** What comes out: an analysed article, or the term rows of a complete run of one issue's articles. */
    public sealed interface Item permits ArticleDone, IssueTerms {
    }

    public record ArticleDone(ArticleAnalysis analysis) implements Item {
    }

    public record IssueTerms(String source, LocalDate issueDate, List<IssueTermCounter.IssueTerm> terms) implements Item {
    }

    private final Iterator<Article> articles;
    private final ArticleAnalyzer analyzer;
    private final IssueTermCounter counter;
    private final Set<List<Object>> done = new HashSet<>();
    private final ArrayDeque<Item> pending = new ArrayDeque<>();
    private String source;
    private LocalDate date;
    private boolean open;

    /** @param counter null when terms are off: then only {@link ArticleDone} items come out */
    public IssueAnalysis(Iterator<Article> articles, ArticleAnalyzer analyzer, IssueTermCounter counter) {
        this.articles = articles;
        this.analyzer = analyzer;
        this.counter = counter;
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty()) {
            if (articles.hasNext()) {
                Article a = articles.next();
                if (counter != null && (!open || !Objects.equals(source, a.source()) || !Objects.equals(date, a.issueDate()))) {
                    closeIssue();
                    source = a.source();
                    date = a.issueDate();
                    open = true;
                    // A dated issue seen twice in one task: the input is not grouped by issue, and its counts would split.
                    if (date != null && !done.add(List.of(source, date))) {
                        throw new IllegalStateException("articles of issue " + source + " " + date + " are not together in the task");
                    }
                }
                ArticleAnalysis r = analyzer.analyze(a);
                if (counter != null) {
                    counter.addCounts(r.terms());
                }
                pending.add(new ArticleDone(r));
            } else if (open) {
                closeIssue();
            } else {
                return false;
            }
        }
        return true;
    }

    private void closeIssue() {
        if (open) {
            List<IssueTermCounter.IssueTerm> terms = counter.drain();
            if (!terms.isEmpty()) {
                pending.add(new IssueTerms(source, date, terms));
            }
            open = false;
        }
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }
}
