package broadsheet.cli;

import picocli.CommandLine.Command;

/** {@code broadsheet terms}: term tables from the articles an earlier {@code ingest} wrote. */
@Command(name = "terms", mixinStandardHelpOptions = true,
        description = "Segment the articles in --output and write term_frequencies and term_summary.")
public final class TermsCommand extends PipelineCommand {
    @Override
    protected String[] stages() {
        return new String[] {"terms"};
    }
}
