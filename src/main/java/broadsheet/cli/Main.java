package broadsheet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * Entry point: {@code broadsheet <command> [options]}. Options are checked before Spark starts; a bad one
 * ends the run at once with a one-line message and exit code 2.
 */
@Command(name = "broadsheet", mixinStandardHelpOptions = true, version = "broadsheet 0.1.0",
        description = "Spark batch jobs that turn an archive of Chinese newspaper issues into analytics tables.",
        subcommands = {AllCommand.class, IngestCommand.class, TermsCommand.class, EntitiesCommand.class, InvestmentsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (all, ingest, …)");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("broadsheet: error: " + ex.getMessage());
            err.println("Try 'broadsheet " + (ex.getCommandLine().getCommandName().equals("broadsheet") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            err.flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("broadsheet: run failed: " + ex);
            ex.printStackTrace(err);
            err.flush();
            return 1;
        });
        return cl;
    }
}
