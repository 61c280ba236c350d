package broadsheet.cli;

import picocli.CommandLine.Command;

/** {@code broadsheet ingest}: input files to the articles, rejects and warnings tables. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read a corpus of issues into the articles table (plus rejects and warnings).")
public final class IngestCommand extends PipelineCommand {
    @Override
    protected String[] stages() {
        return new String[] {"ingest"};
    }
}
