package broadsheet.cli;

import picocli.CommandLine.Command;

/** {@code broadsheet entities}: entity mentions, co-occurrence and summary from the articles in --output. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Find people, places and organisations in the articles in --output; write entities, entity_cooccurrence and entity_summary.")
public final class EntitiesCommand extends PipelineCommand {
    @Override
    protected String[] stages() {
        return new String[] {"entities"};
    }
}
