package broadsheet.cli;

import broadsheet.entities.EntityExtractor;
import broadsheet.io.OutputState;
import broadsheet.io.RunSummary;
import broadsheet.io.SparkMetrics;
import broadsheet.io.SparkSessions;
import broadsheet.nlp.NlpConfig;
import broadsheet.terms.Period;
import broadsheet.topics.TopicMatcher;
import broadsheet.topics.TopicTaxonomy;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What the pipeline commands share: options, their validation before Spark starts, the session, the run
 * summary. Subclasses name the stages they run.
 */
public abstract class PipelineCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "DIR",
            description = "Directory of issues, scanned recursively (local path, hdfs://, s3a://); for commands that ingest.")
    String input;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Directory for the Parquet tables and _run.json.")
    String output;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "64MB", converter = ByteSize.class,
            description = "Files larger than this are rejected unread (default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "full",
            description = "full: replace every table the command writes (default). incremental (all, ingest): add only the issues "
                    + "(source, date) not yet in --output's articles, rewriting only the issue_month partitions they fall in; "
                    + "per-period tables are recomputed. Default: ${DEFAULT-VALUE}.")
    String mode;

    @Mixin
    SparkOptions sparkOptions;

    @Mixin
    NlpOptions nlpOptions;

    @Option(names = "--topics", paramLabel = "FILE",
            description = "Topic taxonomy replacing the default (TSV: topic, kind, keywords; see docs/topics.md).")
    Path topicsFile;

    @Option(names = "--ner", paramLabel = "MODE", defaultValue = "fast",
            description = "Entity recognition: fast (rules over HanLP's tags) or accurate (perceptron model, needs --ner-model; see docs/entities.md). Default: ${DEFAULT-VALUE}.")
    String ner;

    @Option(names = "--ner-model", paramLabel = "FILE",
            description = "Perceptron NER model built by jobs/train-ner; must be readable at this path on every executor.")
    Path nerModel;

    @Option(names = "--entity-aliases", paramLabel = "FILE", description = "alias<TAB>canonical[<TAB>TYPE] per line.")
    Path entityAliases;

    @Option(names = "--entity-exclude", paramLabel = "FILE", description = "Surfaces never reported as entities, one per line.")
    Path entityExclude;

    @Option(names = "--pairs-include-reporters",
            description = "Pair reporters (role reporter: bylines, names after 记者) with the entities of their articles in entity_cooccurrence and entity_summary; left out by default.")
    boolean pairsIncludeReporters;

    @Option(names = "--quiet", description = "No progress lines on stderr (by default: every 10 s, per stage, articles done of total, chars/s, ETA).")
    boolean quiet;

    private EntityExtractor entityExtractor;
    private NlpConfig nlpConfig;
    private TopicMatcher topicMatcher;
    private Period period;
    private Pipeline.Mode runMode;

    protected abstract String[] stages();

    /** Checks everything that can be checked without Spark. */
    protected void validate() {
        if (List.of(stages()).contains("ingest")) {
            if (input == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "missing required option: '--input=DIR'");
            }
            Paths.requireInputDirectory(spec, "--input", input);
            Paths.requireOutputLocation(spec, output);
        } else {
            Paths.requireOutputTable(spec, output, broadsheet.io.Tables.ARTICLES.name(), "broadsheet ingest");
        }
        runMode = runMode();
        nlpConfig = nlpOptions.config(spec);
        period = nlpOptions.period(spec);
        if (List.of(stages()).contains("entities")) {
            entityExtractor = entityExtractor();
        }
        if (List.of(stages()).contains("investments")) {
            try {
                topicMatcher = new TopicMatcher(topicsFile == null ? TopicTaxonomy.loadDefault() : TopicTaxonomy.load(topicsFile));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--topics " + e.getMessage());
            }
        }
    }

    private Pipeline.Mode runMode() {
        Pipeline.Mode m = switch (mode) {
            case "full" -> Pipeline.Mode.FULL;
            case "incremental" -> Pipeline.Mode.INCREMENTAL;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--mode " + mode + ": expected full or incremental");
        };
        if (m == Pipeline.Mode.INCREMENTAL) {
            if (!List.of(stages()).contains("ingest")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--mode incremental needs a command that reads --input (all, ingest): '"
                        + spec.name() + "' recomputes its tables from every article, run it with --mode full");
            }
            if (Paths.isLocal(output)) {
                try {
                    OutputState state = OutputState.uncached(output, new Configuration());
                    try {
                        state.incrementalProblem(output, List.of(stages())).ifPresent(p -> {
                            throw new CommandLine.ParameterException(spec.commandLine(), p);
                        });
                    } finally {
                        OutputState.close(state);
                    }
                } catch (IOException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--output " + output + ": " + e.getMessage());
                }
            }
        }
        return m;
    }

    @Override
    public Integer call() throws Exception {
        validate();
        RunSummary summary = new RunSummary()
                .info("command", spec.name())
                .info("input", input)
                .info("output", output)
                .info("started_at", Instant.now().toString())
                .info("stages", List.of(stages()));
        SparkSession spark = summary.time("spark_start", () ->
                SparkSessions.create("broadsheet " + spec.name(), sparkOptions.master, sparkOptions.conf));
        Progress progress = quiet ? Progress.off() : Progress.start(spark.sparkContext(), System.err, 10);
        try {
            summary.onStageStart(progress::phase);
            summary.info("master", spark.sparkContext().master());
            summary.info("default_parallelism", spark.sparkContext().defaultParallelism());
            SparkMetrics metrics = SparkMetrics.attach(spark);
            Pipeline pipeline = new Pipeline(spark, output, summary, runMode);
            pipeline.progress(progress);
            pipeline.checkIncremental(List.of(stages()));
            if (List.of(stages()).contains("ingest")) {
                pipeline.ingest(input, maxFileSize);
            }
            Pipeline.Analysis analysis = analysis(pipeline);
            if (analysis != null) {
                pipeline.analyse(analysis);
            }
            pipeline.finish();
            pipeline.release();
            summary.section("spark", metrics.drain(spark));
            summary.section("throughput", throughput(summary, spark.sparkContext().defaultParallelism()));
            summary.write(output, spark.sparkContext().hadoopConfiguration());
            System.out.println(summary.toJson());
            return 0;
        } finally {
            progress.close();
            spark.stop();
        }
    }

    /**
     * What the whole process did per second and core, JVM and Spark start included (the JVM's uptime): the
     * characters of the articles read (ingest) or analysed (a stage command on an existing output).
     */
    static java.util.Map<String, Object> throughput(RunSummary summary, int cores) {
        long chars = summary.count("chars") > 0 ? summary.count("chars") : summary.count("chars_analysed");
        double seconds = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        java.util.Map<String, Object> t = new java.util.LinkedHashMap<>();
        t.put("chars", chars);
        t.put("process_seconds", Math.round(seconds * 1000) / 1000.0);
        t.put("cores", cores);
        t.put("chars_per_second_per_core", Math.round(chars / Math.max(seconds, 1e-3) / Math.max(cores, 1)));
        return t;
    }

    /** The one analysis pass of the command's stages after ingest, or null when it has none. */
    private Pipeline.Analysis analysis(Pipeline pipeline) {
        List<String> s = List.of(stages());
        boolean terms = s.contains("terms");
        boolean entities = s.contains("entities");
        boolean investments = s.contains("investments");
        if (!terms && !entities && !investments) {
            return null;
        }
        return new Pipeline.Analysis(nlpConfig, period, nlpPartitions(pipeline), terms, entities ? entityExtractor : null,
                pairsIncludeReporters, investments ? topicMatcher : null, Pipeline.Analysis.DEFAULT_BUDGET_MILLIS);
    }

    private EntityExtractor entityExtractor() {
        EntityExtractor.Builder b = EntityExtractor.builder();
        switch (ner) {
            case "fast" -> {
                if (nerModel != null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--ner-model needs --ner accurate");
                }
            }
            case "accurate" -> {
                if (nerModel == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--ner accurate needs --ner-model FILE (build one with jobs/train-ner)");
                }
                if (!java.nio.file.Files.isReadable(nerModel)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--ner-model " + nerModel + ": no such readable file");
                }
                b.nerModel(nerModel.toAbsolutePath());
            }
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--ner " + ner + ": expected fast or accurate");
        }
        try {
            if (entityAliases != null) {
                b.aliasFile(entityAliases);
            }
            if (entityExclude != null) {
                b.exclusionFile(entityExclude);
            }
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return b.build();
    }

    /** {@code --nlp-partitions}, else chosen from the cores and the months of the corpus. */
    private int nlpPartitions(Pipeline pipeline) {
        return nlpOptions.nlpPartitions != null ? nlpOptions.nlpPartitions : Pipeline.Analysis.AUTO_PARTITIONS;
    }
}
