package broadsheet.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an output directory knows about itself, for incremental runs: which tables are complete, and from which
 * version of {@code articles} each stage's tables were computed ({@code _state/lineage.json}).
 *
 * <p>{@code articles} is the record of the issues an output holds: an incremental run processes the issues it
 * does not hold. That is only right when every other table was computed from the same articles, so each write of
 * {@code articles} gives it a new version, each stage records the version it read, and an incremental run refuses
 * an output where a stage is behind (e.g. after {@code broadsheet ingest} alone) instead of silently leaving
 * issues out of that stage's tables for good.
 */
public final class OutputState {
    public static final String STATE_DIR = "_state";
    public static final String LINEAGE_FILE = STATE_DIR + "/lineage.json";
    /** Intermediate tables of an incremental run, deleted when it ends. */
    public static final String STAGING_DIR = "_staging";
    /** Present while a staged table is being moved into place; left behind by a run interrupted in that window. */
    public static final String PUBLISHING_MARKER = STAGING_DIR + "/_PUBLISHING";

    static final String ARTICLES_KEY = "articles";
    /**
     * Per-issue term counts with their tags, kept here by versions before term_frequencies had {@code pos_counts};
     * a full terms run deletes it, an incremental one refuses an output that still has it.
     */
    public static final String OBSOLETE_ISSUE_TERMS = STATE_DIR + "/issue_terms";

    /** The tables each stage writes (and an incremental run of it reads back and merges). */
    public static final Map<String, List<TableSpec>> STAGE_TABLES = Map.of(
            "ingest", List.of(Tables.ARTICLES, Tables.REJECTS, Tables.WARNINGS),
            "terms", List.of(Tables.TERM_FREQUENCIES, Tables.TERM_SUMMARY),
            "entities", List.of(Tables.ENTITIES, Tables.ENTITY_COOCCURRENCE, Tables.ENTITY_SUMMARY),
            "investments", List.of(Tables.INVESTMENTS, Tables.TOPIC_INVESTMENT_TOTALS));

    private final FileSystem fs;
    private final Path root;

    public OutputState(String outputDir, Configuration conf) throws IOException {
        this.root = new Path(outputDir);
        this.fs = root.getFileSystem(conf);
    }

    /** For checks before Spark starts: an uncached file system, closed with {@link #close(OutputState)}. */
    public static OutputState uncached(String outputDir, Configuration conf) throws IOException {
        Path root = new Path(outputDir);
        // Not FileSystem.get: its cache would hand this instance (and its settings) to Spark later.
        return new OutputState(FileSystem.newInstance(root.toUri(), conf), root);
    }

    private OutputState(FileSystem fs, Path root) {
        this.fs = fs;
        this.root = root;
    }

    public static void close(OutputState s) throws IOException {
        s.fs.close();
    }

    /** A table is complete when its {@code _SUCCESS} marker is there (Spark writes it last). */
    public boolean hasTable(TableSpec table) throws IOException {
        return fs.exists(new Path(new Path(root, table.name()), "_SUCCESS"));
    }

    public boolean publishingInterrupted() throws IOException {
        return fs.exists(new Path(root, PUBLISHING_MARKER));
    }

    /** Stage name to the articles version its tables were computed from; {@code articles} to the current version. */
    public Map<String, String> lineage() throws IOException {
        Path p = new Path(root, LINEAGE_FILE);
        if (!fs.exists(p)) {
            return Map.of();
        }
        try (FSDataInputStream in = fs.open(p)) {
            Map<?, ?> m = new ObjectMapper().readValue(in.readAllBytes(), Map.class);
            Map<String, String> out = new TreeMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
            return out;
        } catch (IOException e) {
            return Map.of(); // unreadable (a run killed while writing it): as if absent
        }
    }

    /** {@code articles} was written: a new version, which no stage has read yet. */
    public void articlesWritten(String version) throws IOException {
        Map<String, String> m = new TreeMap<>(lineage());
        m.put(ARTICLES_KEY, version);
        writeLineage(m);
    }

    /** {@code stage} wrote its tables from the current articles (given a version here if they had none). */
    public void stageWritten(String stage, String versionIfNone) throws IOException {
        Map<String, String> m = new TreeMap<>(lineage());
        String current = m.computeIfAbsent(ARTICLES_KEY, k -> versionIfNone);
        m.put(stage, current);
        writeLineage(m);
    }

    /** An incremental run changed {@code articles} and brought {@code stages} up to date with it, in one write. */
    public void incrementWritten(String version, List<String> stages) throws IOException {
        Map<String, String> m = new TreeMap<>(lineage());
        m.put(ARTICLES_KEY, version);
        for (String s : stages) {
            if (!s.equals("ingest")) {
                m.put(s, version);
            }
        }
        writeLineage(m);
    }

    private void writeLineage(Map<String, String> m) throws IOException {
        try (FSDataOutputStream out = fs.create(new Path(root, LINEAGE_FILE), true)) {
            out.write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(new LinkedHashMap<>(m)));
        }
    }

    /**
     * Why an incremental run of {@code stages} cannot build on this output, or empty when it can (also when the
     * output holds no articles yet: the run is then a full one).
     */
    public Optional<String> incrementalProblem(String output, List<String> stages) throws IOException {
        if (!hasTable(Tables.ARTICLES)) {
            return Optional.empty();
        }
        if (publishingInterrupted()) {
            return Optional.of("--output " + output + ": an incremental run was interrupted while replacing tables ("
                    + PUBLISHING_MARKER + " is left): rerun with --mode full");
        }
        Map<String, String> lineage = lineage();
        if (!lineage.containsKey(ARTICLES_KEY)) {
            return Optional.of("--output " + output + " has no " + LINEAGE_FILE
                    + " (written before --mode incremental existed, or not by Broadsheet): run once with --mode full");
        }
        List<String> behind = new ArrayList<>();
        for (String stage : stages) {
            if (!stage.equals("ingest") && !lineage.get(ARTICLES_KEY).equals(lineage.get(stage))) {
                behind.add(stage);
            }
        }
        if (!behind.isEmpty()) {
            return Optional.of("--output " + output + ": the " + String.join(", ", behind)
                    + " tables were not computed from its current articles (a command ran alone since, or did not finish): run 'broadsheet "
                    + String.join("', 'broadsheet ", behind) + "' on it, or use --mode full");
        }
        if (stages.contains("terms") && fs.exists(new Path(root, OBSOLETE_ISSUE_TERMS))) {
            return Optional.of("--output " + output + " has term tables in an earlier layout (" + OBSOLETE_ISSUE_TERMS
                    + "; term_frequencies without pos_counts): run once with --mode full");
        }
        for (String stage : stages) {
            for (TableSpec t : STAGE_TABLES.get(stage)) {
                if (!hasTable(t)) {
                    return Optional.of("--output " + output + " has no complete '" + t.name() + "' table: run with --mode full");
                }
                if (!t.partitionBy().isEmpty() && hasUnpartitionedFiles(t)) {
                    return Optional.of("--output " + output + ": '" + t.name() + "' was written unpartitioned (by a version before it was partitioned by "
                            + String.join(", ", t.partitionBy()) + "): run once with --mode full");
                }
            }
        }
        return Optional.empty();
    }

    /** Deletes the per-issue term state of earlier versions (see {@link #OBSOLETE_ISSUE_TERMS}). */
    public void removeObsoleteTermState() throws IOException {
        fs.delete(new Path(root, OBSOLETE_ISSUE_TERMS), true);
    }

    /**
     * Parquet files at the top of a partitioned table's directory: the table was written unpartitioned by an older
     * version, and replacing some of its partitions would leave those files beside them.
     */
    private boolean hasUnpartitionedFiles(TableSpec table) throws IOException {
        for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(new Path(root, table.name()))) {
            if (f.isFile() && f.getPath().getName().endsWith(".parquet")) {
                return true;
            }
        }
        return false;
    }

    /** Deletes what an earlier run left in {@code _staging} (called only when no publishing was interrupted). */
    public void clearStaging() throws IOException {
        fs.delete(new Path(root, STAGING_DIR), true);
    }

    public void markPublishing(String table) throws IOException {
        try (FSDataOutputStream out = fs.create(new Path(root, PUBLISHING_MARKER), true)) {
            out.write(table.getBytes(StandardCharsets.UTF_8));
        }
    }

    public void publishingDone() throws IOException {
        fs.delete(new Path(root, PUBLISHING_MARKER), false);
    }
}
