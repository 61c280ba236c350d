package broadsheet.io;

import org.apache.spark.executor.ExecutorMetrics;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What Spark did during a run, from its listener bus: tasks, CPU and run time, bytes read, shuffled, spilled
 * and written, and the peak JVM heap each executor reported. Goes into {@code _run.json} under {@code spark}, so
 * a scale run on any cluster says where its time and memory went without an event log or a web UI.
 */
public final class SparkMetrics extends SparkListener {
    private final LongAdder jobs = new LongAdder();
    private final LongAdder stages = new LongAdder();
    private final LongAdder failedStages = new LongAdder();
    private final LongAdder tasks = new LongAdder();
    private final LongAdder failedTasks = new LongAdder();
    private final LongAdder runMs = new LongAdder();
    private final LongAdder cpuNs = new LongAdder();
    private final LongAdder gcMs = new LongAdder();
    private final LongAdder inputBytes = new LongAdder();
    private final LongAdder outputBytes = new LongAdder();
    private final LongAdder shuffleWriteBytes = new LongAdder();
    private final LongAdder shuffleReadBytes = new LongAdder();
    private final LongAdder memorySpilled = new LongAdder();
    private final LongAdder diskSpilled = new LongAdder();
    private final Map<String, Long> peakHeapByExecutor = new ConcurrentHashMap<>();

    /** Registers a new collector on the session's listener bus. */
    public static SparkMetrics attach(SparkSession spark) {
        SparkMetrics m = new SparkMetrics();
        spark.sparkContext().addSparkListener(m);
        return m;
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        jobs.increment();
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        stages.increment();
        if (completed.stageInfo().failureReason().isDefined()) {
            failedStages.increment();
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        tasks.increment();
        if (!end.taskInfo().successful()) {
            failedTasks.increment();
        }
        TaskMetrics m = end.taskMetrics();
        if (m == null) {
            return;
        }
        runMs.add(m.executorRunTime());
        cpuNs.add(m.executorCpuTime());
        gcMs.add(m.jvmGCTime());
        inputBytes.add(m.inputMetrics().bytesRead());
        outputBytes.add(m.outputMetrics().bytesWritten());
        shuffleWriteBytes.add(m.shuffleWriteMetrics().bytesWritten());
        shuffleReadBytes.add(m.shuffleReadMetrics().totalBytesRead());
        memorySpilled.add(m.memoryBytesSpilled());
        diskSpilled.add(m.diskBytesSpilled());
    }

    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        // Heartbeats carry each executor's peak metrics per running stage.
        update.executorUpdates().values().foreach(metrics -> {
            notePeak(update.execId(), metrics);
            return null;
        });
    }

    private void notePeak(String executor, ExecutorMetrics metrics) {
        long heap = metrics.getMetricValue("JVMHeapMemory");
        if (heap > 0) {
            peakHeapByExecutor.merge(executor, heap, Math::max);
        }
    }

    /** Waits for the listener bus to deliver what is queued, then {@link #toMap()}. */
    public Map<String, Object> drain(SparkSession spark) {
        try {
            spark.sparkContext().listenerBus().waitUntilEmpty(10_000);
        } catch (RuntimeException | java.util.concurrent.TimeoutException e) {
            // Late events only make the numbers a little low; the run itself is done.
        }
        return toMap();
    }

    /** The numbers for the run summary; sizes in bytes, times in seconds. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobs", jobs.sum());
        m.put("stages", stages.sum());
        m.put("failed_stages", failedStages.sum());
        m.put("tasks", tasks.sum());
        m.put("failed_tasks", failedTasks.sum());
        m.put("task_run_seconds", round(runMs.sum() / 1e3));
        m.put("task_cpu_seconds", round(cpuNs.sum() / 1e9));
        m.put("task_gc_seconds", round(gcMs.sum() / 1e3));
        m.put("input_bytes", inputBytes.sum());
        m.put("output_bytes", outputBytes.sum());
        m.put("shuffle_write_bytes", shuffleWriteBytes.sum());
        m.put("shuffle_read_bytes", shuffleReadBytes.sum());
        m.put("memory_spilled_bytes", memorySpilled.sum());
        m.put("disk_spilled_bytes", diskSpilled.sum());
        m.put("peak_heap_bytes_by_executor", new java.util.TreeMap<>(peakHeapByExecutor));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
