package broadsheet.cli;

import broadsheet.nlp.NlpConfig;
import broadsheet.nlp.Stopwords;
import broadsheet.nlp.UserDictionary;
import broadsheet.terms.Period;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Options of the NLP layer and term counts; files are read and checked before Spark starts. */
public class NlpOptions {
    @Option(names = "--dict", paramLabel = "FILE",
            description = "User dictionary (repeatable): 'word [pos [frequency]]' per line, e.g. 'SK海力士 nt 1000'.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--stopwords", paramLabel = "FILE", description = "Extra stopwords, one per line, added to the default list.")
    List<Path> stopwordFiles = new ArrayList<>();

    @Option(names = "--no-default-stopwords", description = "Use only the --stopwords files.")
    boolean noDefaultStopwords;

    @Option(names = "--min-term-length", paramLabel = "N", defaultValue = "" + NlpConfig.DEFAULT_MIN_TERM_LENGTH,
            description = "Shortest word counted as a term (default: ${DEFAULT-VALUE}).")
    int minTermLength;

    @Option(names = "--period", paramLabel = "GRAIN", defaultValue = "month",
            description = "Period of the summary tables: day, month or year (default: ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--nlp-partitions", paramLabel = "N",
            description = "Tasks that segment text (default: 4 x the cluster's default parallelism).")
    Integer nlpPartitions;

    Period period(CommandLine.Model.CommandSpec spec) {
        try {
            return Period.valueOf(period.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--period " + period + ": expected day, month or year");
        }
    }

    /** Reads every file now, so that a bad dictionary line stops the run before Spark starts. */
    NlpConfig config(CommandLine.Model.CommandSpec spec) {
        if (minTermLength < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-term-length must be at least 1");
        }
        if (nlpPartitions != null && nlpPartitions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--nlp-partitions must be at least 1");
        }
        List<UserDictionary.Entry> words = new ArrayList<>();
        for (Path dict : dictionaries) {
            requireFile(spec, "--dict", dict);
            try {
                words.addAll(UserDictionary.load(dict));
            } catch (UserDictionary.DictionaryException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--dict " + e.getMessage());
            }
        }
        Set<String> stopwords = new LinkedHashSet<>(noDefaultStopwords ? Set.of() : Stopwords.defaults());
        for (Path file : stopwordFiles) {
            requireFile(spec, "--stopwords", file);
            stopwords.addAll(Stopwords.load(file));
        }
        return new NlpConfig(words, stopwords, minTermLength);
    }

    private static void requireFile(CommandLine.Model.CommandSpec spec, String option, Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + file + ": no such readable file");
        }
    }
}
