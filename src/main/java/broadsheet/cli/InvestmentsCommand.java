package broadsheet.cli;

import picocli.CommandLine.Command;

/** {@code broadsheet investments}: investment mentions and topic totals from the articles in --output. */
@Command(name = "investments", mixinStandardHelpOptions = true,
        description = "Find investment amounts in the articles in --output; write investments and topic_investment_totals.")
public final class InvestmentsCommand extends PipelineCommand {
    @Override
    protected String[] stages() {
        return new String[] {"investments"};
    }
}
