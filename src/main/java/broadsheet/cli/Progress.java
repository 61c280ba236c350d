package broadsheet.cli;

import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live progress of a run on stderr, one line per stage every {@code interval}: for the analysis pass, articles and
 * characters done of the total, chars/s, elapsed time and ETA; for other stages, Spark tasks done of those
 * submitted. Spark's console bar names stage ids; this names the pipeline's stages and counts articles.
 *
 * <p>Counts come from two named accumulators the analysis tasks add to per article. A finished task's count is in
 * the accumulator's value; a running task's count arrives with its executor's heartbeats
 * ({@code spark.executor.heartbeatInterval}, 10 s by default), so progress moves during long tasks too.
 */
public class Progress implements AutoCloseable {
    public static final String ARTICLES = "broadsheet.articles_analysed";
    public static final String CHARS = "broadsheet.chars_analysed";

    /** A progress that prints nothing ({@code --quiet}, tests). */
    public static Progress off() {
        return new Progress();
    }

    private Progress() {
    }

    /** Starts printing to {@code err} every {@code intervalSeconds}, and prints the Spark UI address now. */
    public static Progress start(SparkContext sc, PrintStream err, long intervalSeconds) {
        Live p = new Live(err);
        sc.addSparkListener(p.listener);
        if (sc.uiWebUrl().isDefined()) {
            err.println("broadsheet: Spark UI at " + sc.uiWebUrl().get() + " (this run's jobs, stages, executors)");
        }
        p.timer.scheduleAtFixedRate(p::print, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
        return p;
    }

    /** A pipeline stage starts (timed by the run summary). */
    public void phase(String name) {
    }

    /** The analysis pass starts, with its totals and the accumulators its tasks add to. */
    public void stage(String name, long totalArticles, long totalChars, LongAccumulator articles, LongAccumulator chars) {
    }

    /** The analysis pass has ended. */
    public void stageDone() {
    }

    @Override
    public void close() {
    }

    private static final class Live extends Progress {
        private final PrintStream err;
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "broadsheet-progress");
            t.setDaemon(true);
            return t;
        });
        /** Running tasks' latest heartbeat values: task id -> {articles, chars}. */
        private final Map<Long, long[]> running = new ConcurrentHashMap<>();
        /** Spark stages submitted and not completed: stage id -> {tasks, tasks ended}. */
        private final Map<Integer, long[]> stages = new ConcurrentHashMap<>();
        private volatile String phase = "start";
        private volatile long phaseStart = System.nanoTime();
        private volatile Counting counting;

        private record Counting(long articles, long chars, LongAccumulator doneArticles, LongAccumulator doneChars) {
        }

        Live(PrintStream err) {
            this.err = err;
        }

        @Override
        public void phase(String name) {
            phase = name;
            phaseStart = System.nanoTime();
        }

        @Override
        public void stage(String name, long totalArticles, long totalChars, LongAccumulator articles, LongAccumulator chars) {
            running.clear();
            counting = new Counting(totalArticles, totalChars, articles, chars);
            phase(name);
        }

        @Override
        public void stageDone() {
            counting = null;
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }

        private final SparkListener listener = new SparkListener() {
            @Override
            public void onStageSubmitted(SparkListenerStageSubmitted e) {
                stages.put(e.stageInfo().stageId(), new long[] {e.stageInfo().numTasks(), 0});
            }

            @Override
            public void onStageCompleted(SparkListenerStageCompleted e) {
                stages.remove(e.stageInfo().stageId());
            }

            @Override
            public void onTaskEnd(SparkListenerTaskEnd e) {
                running.remove(e.taskInfo().taskId());
                long[] s = stages.get(e.stageId());
                if (s != null) {
                    s[1]++;
                }
            }

            @Override
            public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate e) {
                Counting c = counting;
                if (c == null) {
                    return;
                }
                for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> u
                        : CollectionConverters.asJava(e.accumUpdates())) {
                    long[] v = null;
                    for (AccumulableInfo info : CollectionConverters.asJava(u._4())) {
                        long id = info.id();
                        if (id == c.doneArticles().id() || id == c.doneChars().id()) {
                            Object value = info.update().isDefined() ? info.update().get() : null;
                            if (value instanceof Number n) {
                                if (v == null) {
                                    v = new long[2];
                                }
                                v[id == c.doneArticles().id() ? 0 : 1] = n.longValue();
                            }
                        }
                    }
                    if (v != null) {
                        running.put((Long) u._1(), v);
                    }
                }
            }
        };

        private void print() {
            try {
                double elapsed = (System.nanoTime() - phaseStart) / 1e9;
                Counting c = counting;
                if (c != null) {
                    long articles = c.doneArticles().value();
                    long chars = c.doneChars().value();
                    for (long[] v : running.values()) {
                        articles += v[0];
                        chars += v[1];
                    }
                    articles = Math.min(articles, c.articles());
                    chars = Math.min(chars, c.chars());
                    double rate = elapsed > 0 ? chars / elapsed : 0;
                    String eta = rate > 0 && chars > 0 ? clock((c.chars() - chars) / rate) : "?";
                    err.printf(Locale.ROOT, "broadsheet [%s] %,d/%,d articles (%.0f%%), %.1fM/%.1fM chars, %,.0f chars/s, elapsed %s, ETA %s%n",
                            phase, articles, c.articles(), c.articles() == 0 ? 100.0 : 100.0 * articles / c.articles(),
                            chars / 1e6, c.chars() / 1e6, rate, clock(elapsed), eta);
                } else {
                    long tasks = 0;
                    long ended = 0;
                    for (long[] s : stages.values()) {
                        tasks += s[0];
                        ended += s[1];
                    }
                    err.printf(Locale.ROOT, "broadsheet [%s] elapsed %s, Spark tasks %d/%d of the running stages%n",
                            phase, clock(elapsed), ended, tasks);
                }
            } catch (RuntimeException e) {
                // Progress must never break a run.
            }
        }

        private static String clock(double seconds) {
            long s = Math.round(seconds);
            return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
    }
}
