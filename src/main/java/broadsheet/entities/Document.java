package broadsheet.entities;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** One article on its way through the rules: its sentences and what the rules may consult (model, user lists, switches). */
final class Document {
    final String headline;
    final List<Sentence> sentences;
    /** the perceptron NER, or null for HanLP's own tags */
    final PerceptronNer model;
    final Map<String, UserLists.Alias> aliases;
    final Set<String> exclusions;
    private final Set<String> disabled;

    Document(String headline, List<Sentence> sentences, PerceptronNer model, Map<String, UserLists.Alias> aliases,
             Set<String> exclusions, Set<String> disabled) {
        this.headline = headline;
        this.sentences = sentences;
        this.model = model;
        this.aliases = aliases;
        this.exclusions = exclusions;
        this.disabled = disabled;
    }

    boolean hasModel() { return model != null; }

    boolean enabled(String rule) { return !disabled.contains(rule); }
}
