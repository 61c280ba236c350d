package broadsheet.testing;

import broadsheet.cli.Pipeline;
import broadsheet.io.RunSummary;
import broadsheet.nlp.NlpConfig;
import broadsheet.terms.Period;
import broadsheet.topics.TopicMatcher;
import broadsheet.topics.TopicTaxonomy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The whole pipeline run once over the bundled sample corpus, shared by the tests that read its output. */
public final class SampleRun {
    private static Path output;
    private static RunSummary summary;

    private SampleRun() {
    }

    public static synchronized Path output() throws Exception {
        if (output == null) {
            output = Files.createTempDirectory("broadsheet-sample-run");
            summary = new RunSummary();
            Pipeline p = new Pipeline(SparkTestSession.get(), output.toString(), summary);
            p.ingest(SharedData.sampleCorpus().toString(), 64 << 20);
            p.analyse(Pipeline.Analysis.all(NlpConfig.defaults(), Period.MONTH, 4, broadsheet.entities.EntityExtractor.defaults(),
                    new TopicMatcher(TopicTaxonomy.loadDefault())));
            p.release();
            summary.write(output.toString(), SparkTestSession.get().sparkContext().hadoopConfiguration());
        }
        return output;
    }

    public static synchronized RunSummary summary() throws Exception {
        output();
        return summary;
    }
}
