package broadsheet.cli;

import picocli.CommandLine.Command;

/** {@code broadsheet all}: every stage, from input files to the analytics tables. */
@Command(name = "all", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline: ingest, then every analytics stage.")
public final class AllCommand extends PipelineCommand {
    @Override
    protected String[] stages() {
        return new String[] {"ingest", "terms", "entities", "investments"};
    }
}
