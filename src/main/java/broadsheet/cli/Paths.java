package broadsheet.cli;

import picocli.CommandLine;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks of input and output locations that can be made before Spark starts. */
final class Paths {
    private Paths() {
    }

    /** True for a path on the local file system (no scheme, or file:). */
    static boolean isLocal(String location) {
        try {
            String scheme = URI.create(location.replace(" ", "%20")).getScheme();
            return scheme == null || scheme.equals("file") || scheme.length() == 1; // C:\ on Windows
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    static Path local(String location) {
        return location.startsWith("file:") ? Path.of(URI.create(location.replace(" ", "%20"))) : Path.of(location);
    }

    static void requireInputDirectory(CommandLine.Model.CommandSpec spec, String option, String location) {
        if (!isLocal(location)) {
            return; // hdfs://, s3a://: checked by the cluster's file system when the job starts
        }
        Path p = local(location);
        if (!Files.exists(p)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + location + ": no such directory");
        }
        if (!Files.isDirectory(p)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + location + ": not a directory");
        }
        if (!Files.isReadable(p)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + location + ": not readable");
        }
    }

    static void requireOutputLocation(CommandLine.Model.CommandSpec spec, String location) {
        if (!isLocal(location)) {
            return;
        }
        Path p = local(location);
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output " + location + ": exists and is not a directory");
        }
    }

    static void requireOutputTable(CommandLine.Model.CommandSpec spec, String output, String table, String producer) {
        if (isLocal(output) && !Files.isDirectory(local(output).resolve(table))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--output " + output + " has no '" + table + "' table: run '" + producer + "' first");
        }
    }
}
