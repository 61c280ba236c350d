package broadsheet.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run summary, written as {@code _run.json} at the top of the output directory and printed at the end
 * of a run: what was read, what came out, what was rejected, and how long each stage took.
 */
public final class RunSummary {
    private final Map<String, Object> info = new LinkedHashMap<>();
    private final Map<String, Object> counts = new LinkedHashMap<>();
    private final Map<String, Object> reconciliation = new LinkedHashMap<>();
    private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
    private final Map<String, Object> sections = new LinkedHashMap<>();
    private final long startNanos = System.nanoTime();

    public RunSummary info(String key, Object value) {
        info.put(key, value);
        return this;
    }

    public RunSummary count(String key, long value) {
        counts.put(key, value);
        return this;
    }

    public long count(String key) {
        Object v = counts.get(key);
        return v == null ? 0 : ((Number) v).longValue();
    }

    /** A named block of extra facts (Spark metrics, for one), written after the stage times. */
    public RunSummary section(String key, Map<String, Object> values) {
        sections.put(key, values);
        return this;
    }

    public RunSummary reconcile(String key, Object value) {
        reconciliation.put(key, value);
        return this;
    }

    private java.util.function.Consumer<String> stageStarted = stage -> { };

    /** Told the name of each stage as it starts (live progress). */
    public RunSummary onStageStart(java.util.function.Consumer<String> listener) {
        this.stageStarted = listener;
        return this;
    }

    /** Times one stage; nested calls are not expected. */
    public <T> T time(String stage, ThrowingSupplier<T> work) throws Exception {
        stageStarted.accept(stage);
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            stageSeconds.merge(stage, (System.nanoTime() - t0) / 1e9, Double::sum);
        }
    }

    public interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>(info);
        m.put("counts", counts);
        m.put("reconciliation", reconciliation);
        Map<String, Object> elapsed = new LinkedHashMap<>();
        stageSeconds.forEach((k, v) -> elapsed.put(k, Math.round(v * 1000) / 1000.0));
        elapsed.put("total", Math.round((System.nanoTime() - startNanos) / 1e6) / 1000.0);
        m.put("elapsed_seconds", elapsed);
        m.putAll(sections);
        return m;
    }

    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toMap());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void write(String outputDir, Configuration conf) throws IOException {
        Path path = new Path(outputDir, Tables.RUN_SUMMARY_FILE);
        FileSystem fs = path.getFileSystem(conf);
        try (FSDataOutputStream out = fs.create(path, true)) {
            out.write(toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
