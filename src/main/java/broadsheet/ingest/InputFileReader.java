package broadsheet.ingest;

import broadsheet.nlp.SentenceSplitter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the bytes of one input file into articles, rejects and warnings: detects compression and archives
 * ({@link Containers}), the encoding and the format (issue text, HTML page, JSON Lines, PKU corpus) from the
 * content, and parses it. Never throws for bad
 * input: every problem becomes a reject record naming the file (and line) and the reason.
 */
public final class InputFileReader {
    public static final String FORMAT_ISSUE_TEXT = "issue_text";
    public static final String FORMAT_JSONL = "jsonl";
    public static final String FORMAT_PKU = "pku";
    public static final String FORMAT_HTML = "html";

    private final long maxBytes;

    public InputFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param inputPath    the file's full path, recorded in every output row
     * @param relativePath the path below the input directory, which carries source and date
     */
    public List<IngestRecord> read(String inputPath, String relativePath, byte[] bytes) {
        return read(inputPath, relativePath, bytes, 0);
    }

    /** Archives and compressed streams nest at most this deep ({@code .zip} of {@code .gz} files, say). */
    private static final int MAX_NESTING = 3;

    private List<IngestRecord> read(String inputPath, String relativePath, byte[] bytes, int depth) {
        Containers.Kind kind = Containers.detect(bytes);
        if (kind == Containers.Kind.NONE || depth >= MAX_NESTING) {
            return readContent(inputPath, relativePath, bytes, List.of());
        }
        try {
            if (kind.isUnsupported()) {
                throw new RejectedInputException(RejectReasons.UNSUPPORTED_COMPRESSION,
                        kind.label() + " archive: not supported (gzip, bzip2, xz, zstd streams and zip archives are)");
            }
            if (kind == Containers.Kind.ZIP) {
                return readZip(inputPath, relativePath, bytes, depth);
            }
            Containers.Decompressed d = Containers.decompress(kind, bytes, maxBytes);
            List<IngestRecord> out = new ArrayList<>();
            if (d.problem() != null) {
                out.add(IngestRecord.warning(inputPath, null, WarningReasons.TRUNCATED, kind.label() + " stream cut short after "
                        + d.bytes().length + " bytes (" + d.problem() + "): what decoded is read"));
            }
            if (Containers.detect(d.bytes()) != Containers.Kind.NONE && depth + 1 < MAX_NESTING) {
                List<IngestRecord> inner = read(inputPath, relativePath, d.bytes(), depth + 1);
                out.addAll(inner);
                return out;
            }
            return readContent(inputPath, relativePath, d.bytes(), out);
        } catch (RejectedInputException e) {
            return List.of(IngestRecord.reject(inputPath, e.line(), e.reason(), e.getMessage()));
        }
    }

    /** Each file entry of a zip archive is an input of its own, {@code archive.zip!/entry}; hidden entries are skipped. */
    private List<IngestRecord> readZip(String inputPath, String relativePath, byte[] bytes, int depth) throws RejectedInputException {
        Containers.Archive archive = Containers.unzip(bytes, maxBytes);
        List<IngestRecord> out = new ArrayList<>();
        // An entry's source and date come from the archive's folder and the entry's own path.
        int slash = relativePath.lastIndexOf('/');
        String folder = slash < 0 ? "" : relativePath.substring(0, slash + 1);
        int read = 0;
        for (Containers.Entry e : archive.entries()) {
            String name = e.name().replace('\\', '/');
            if (java.util.Arrays.stream(name.split("/")).anyMatch(InputFile::isHiddenName)) {
                continue;
            }
            read++;
            String entryPath = inputPath + "!/" + name;
            if (e.problem() != null) {
                out.add(IngestRecord.reject(entryPath, null, e.problem().reason(), e.problem().getMessage()));
            } else {
                out.addAll(read(entryPath, folder + name, e.bytes(), depth + 1));
            }
        }
        if (archive.problem() != null) {
            out.add(IngestRecord.warning(inputPath, null, WarningReasons.TRUNCATED, "zip archive damaged (" + archive.problem()
                    + "): the " + read + " entries before the damage are read"));
        }
        if (read == 0) {
            throw new RejectedInputException(archive.entries().isEmpty() ? RejectReasons.EMPTY : RejectReasons.NO_ARTICLES,
                    archive.entries().isEmpty() ? "zip archive has no file entries" : "zip archive has only hidden entries");
        }
        return out;
    }

    private List<IngestRecord> readContent(String inputPath, String relativePath, byte[] content, List<IngestRecord> before) {
        List<IngestRecord> out = new ArrayList<>(before);
        try {
            DecodedText decoded = TextDecoder.decode(content, holdsRecords(relativePath, content));
            for (Long bad : decoded.badLines()) {
                out.add(IngestRecord.reject(inputPath, bad, RejectReasons.UNDECODABLE_RECORD, "line is not UTF-8 while the file's other lines are"));
            }
            if (decoded.controls() > 0) {
                out.add(IngestRecord.warning(inputPath, null, WarningReasons.CONTROL_CHARACTERS_REMOVED,
                        decoded.controls() + " control character(s) removed (first " + decoded.firstControl() + ")"));
            }
            String raw = decoded.text();
            boolean html = HtmlText.looksLikeHtml(relativePath, raw.stripLeading());
            String text = TextNormalizer.normalize(html ? HtmlText.extract(raw) : raw);
            if (text.isBlank()) {
                throw new RejectedInputException(RejectReasons.EMPTY, html ? "web page without text" : "file holds only whitespace");
            }
            PathMetadata meta = PathMetadata.of(relativePath);
            String format = html ? FORMAT_HTML : detectFormat(relativePath, text);
            Map<String, Integer> seqByIssue = new HashMap<>();
            // Headline and text of each article kept, per issue: the same page pasted twice is read once.
            Map<String, String> keptByContent = new HashMap<>();
            switch (format) {
                case FORMAT_JSONL -> {
                    long loaded = 0;
                    for (JsonLinesParser.LineResult line : JsonLinesParser.parse(text)) {
                        loaded += line.rejected() == null ? 1 : 0;
                        for (String w : line.warnings()) {
                            out.add(IngestRecord.warning(inputPath, line.line(), WarningReasons.BAD_DATE, w));
                        }
                        if (line.rejected() != null) {
                            out.add(IngestRecord.reject(inputPath, line.line(), line.rejected().reason(), line.rejected().getMessage()));
                        }
                        for (ParsedArticle a : line.articles()) {
                            addArticle(out, a, meta, inputPath, relativePath, format, decoded.encoding(), seqByIssue, keptByContent);
                        }
                    }
                    out.add(IngestRecord.fileRecords(inputPath, format, nonBlankLines(text) + decoded.badLines().size(), loaded));
                }
                case FORMAT_PKU -> {
                    PkuCorpusParser.Result r = PkuCorpusParser.parse(text);
                    for (PkuCorpusParser.BadLine b : r.badLines()) {
                        out.add(IngestRecord.reject(inputPath, b.line(), RejectReasons.MALFORMED_CORPUS_LINE, b.detail()));
                    }
                    for (ParsedArticle a : r.articles()) {
                        addArticle(out, a, meta, inputPath, relativePath, format, decoded.encoding(), seqByIssue, keptByContent);
                    }
                    out.add(IngestRecord.fileRecords(inputPath, format, nonBlankLines(text) + decoded.badLines().size(), r.linesLoaded()));
                }
                default -> {
                    IssueLayoutParser.Result r = IssueLayoutParser.parse(text, meta.date());
                    if (!r.dropped().isEmpty()) {
                        out.add(IngestRecord.warning(inputPath, null, WarningReasons.PAGE_FURNITURE_DROPPED,
                                "lines before the first article: " + String.join(" | ", r.dropped())));
                    }
                    for (ParsedArticle a : r.articles()) {
                        addArticle(out, a, meta, inputPath, relativePath, format, decoded.encoding(), seqByIssue, keptByContent);
                    }
                }
            }
            boolean anyArticle = out.stream().anyMatch(r -> IngestRecord.ARTICLE.equals(r.getKind()));
            boolean anyReject = out.stream().anyMatch(r -> IngestRecord.REJECT.equals(r.getKind()));
            if (!anyArticle && !anyReject) {
                throw new RejectedInputException(RejectReasons.NO_ARTICLES, "no article found in " + format + " content");
            }
            if (anyArticle && out.stream().anyMatch(r -> IngestRecord.ARTICLE.equals(r.getKind()) && r.getIssueDate() == null)) {
                if (meta.badDate() != null) {
                    out.add(IngestRecord.warning(inputPath, null, WarningReasons.BAD_DATE, "impossible or out-of-range date '" + meta.badDate()
                            + "' in the path (a calendar day from " + PathMetadata.FIRST_YEAR + " to " + PathMetadata.lastYear()
                            + " expected): articles kept without an issue date"));
                } else {
                    out.add(IngestRecord.warning(inputPath, null, WarningReasons.NO_DATE,
                            "no issue date in the path (expected <source>/<yyyy-MM-dd>.txt, yyyyMMdd or date=...) or the records"));
                }
            }
        } catch (RejectedInputException e) {
            // Whatever was noticed before (a truncated stream) stays with the reject.
            out.removeIf(r -> !IngestRecord.WARNING.equals(r.getKind()) || !WarningReasons.TRUNCATED.equals(r.getReason()));
            out.add(IngestRecord.reject(inputPath, e.line(), e.reason(), e.getMessage()));
        }
        return out;
    }

    /** Records of a JSON Lines or PKU file, counted apart from the parsers so that the run summary checks them. */
    static long nonBlankLines(String text) {
        long n = 0;
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** JSON Lines or PKU corpus, told from the name or the first line's ASCII start before the bytes are decoded. */
    static boolean holdsRecords(String relativePath, byte[] bytes) {
        int from = 0;
        while (from < bytes.length && (bytes[from] == ' ' || bytes[from] == '\n' || bytes[from] == '\r' || bytes[from] == '\t')) {
            from++;
        }
        int to = from;
        while (to < bytes.length && to - from < 200 && bytes[to] != '\n') {
            to++;
        }
        String firstLine = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        return FORMAT_JSONL.equals(detectFormat(relativePath, firstLine)) || PkuCorpusParser.looksLikePku(firstLine);
    }

    static String detectFormat(String relativePath, String text) {
        String name = relativePath.toLowerCase(Locale.ROOT);
        String firstLine = firstNonBlankLine(text);
        if (firstLine.startsWith("{") || name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")) {
            return FORMAT_JSONL;
        }
        if (PkuCorpusParser.looksLikePku(firstLine)) {
            return FORMAT_PKU;
        }
        return FORMAT_ISSUE_TEXT;
    }

    private void addArticle(List<IngestRecord> out, ParsedArticle a, PathMetadata meta, String inputPath, String relativePath,
                            String format, String encoding, Map<String, Integer> seqByIssue, Map<String, String> keptByContent) {
        String source = a.source() != null ? a.source() : meta.source();
        LocalDate date = a.issueDate() != null ? a.issueDate() : meta.date();
        String page = a.page() != null ? a.page() : meta.page();
        // Undated articles are keyed by their file so that two undated files never share ids.
        String issueKey = source + "|" + (date != null ? date.toString() : "path:" + relativePath) + "|" + page;
        String text = a.text();
        String kept = keptByContent.get(issueKey + "\u0000" + a.headline() + "\u0000" + text);
        if (kept != null) {
            out.add(IngestRecord.reject(inputPath, null, RejectReasons.DUPLICATE_ARTICLE, "the same headline and text as article " + kept
                    + " of this issue (" + source + " " + (date != null ? date : "undated") + "), which is kept"));
            return;
        }
        int seq = seqByIssue.merge(issueKey, 1, Integer::sum);

        IngestRecord r = new IngestRecord();
        r.setKind(IngestRecord.ARTICLE);
        r.setArticleId(articleId(issueKey + "|" + seq));
        keptByContent.put(issueKey + "\u0000" + a.headline() + "\u0000" + text, r.getArticleId() + " (#" + seq + ")");
        r.setSource(source);
        r.setIssueDate(date);
        r.setPage(page);
        r.setArticleSeq(seq);
        r.setHeadline(a.headline());
        r.setDateline(a.dateline());
        r.setDatelineDate(a.datelineDate());
        r.setBylines(a.bylines());
        r.setText(text);
        r.setCharCount(text.length());
        SentenceSplitter.Result sentences = SentenceSplitter.splitReporting(text);
        r.setSentenceCount(sentences.spans().size());
        r.setEncoding(encoding);
        r.setFormat(format);
        r.setInputPath(inputPath);
        out.add(r);
        if (sentences.cut() > 0) {
            out.add(IngestRecord.warning(inputPath, null, WarningReasons.SENTENCE_CUT, "article " + r.getArticleId() + " (#" + seq
                    + " of " + source + " " + (date != null ? date : "undated") + "): " + sentences.cut() + " sentence(s) over "
                    + SentenceSplitter.MAX_SENTENCE_CHARS + " characters (longest " + sentences.longest()
                    + ") cut at commas, spaces or hard for analysis; the text is kept whole"));
        }
    }

    /** Stable across runs and machines: a hash of source, issue date, page and position in the issue. */
    public static String articleId(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstNonBlankLine(String text) {
        for (String line : text.split("\n", 50)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
