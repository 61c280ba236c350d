package broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporter bylines: the bracket at the end of an article, {@code (王拓)}, {@code （记者 吴鹏 李静睿）},
 * {@code （记者 张三 通讯员 李四）}. A bracket counts as a byline only when every word in it is a role word
 * or looks like a personal name, so {@code （附图片1张）} or {@code (中国)} stay in the text.
 */
public final class Bylines {
    private static final Pattern TRAILING_BRACKET = Pattern.compile("[(（]([^()（）]{1,60})[)）]\\s*$");
    private static final Pattern ROLE = Pattern.compile(
            "^(本报|特约|见习|实习|首席)?(记者|通讯员|实习生|摄影记者|摄影|编辑|责任编辑|撰稿|文|图|文/图|文图)[:：]?");
    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}]{2,4}$|^[\\p{IsHan}]{1,6}[·•][\\p{IsHan}]{1,8}$");

    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
            "中国", "全国", "一期", "二期", "三期", "万元", "亿元", "试行", "草案", "节选", "摘要", "待续", "全文", "附图", "图片", "视频");

    private Bylines() {
    }

    /** A byline split off the end of a paragraph: the paragraph without it, and the names. */
    public record Split(String rest, List<String> names) {
    }

    /**
     * Moves a byline at the end of the last paragraph into {@code bylines}; drops that paragraph when
     * nothing else is left in it.
     */
    public static void moveTrailing(List<String> paragraphs, List<String> bylines) {
        if (paragraphs.isEmpty()) {
            return;
        }
        int last = paragraphs.size() - 1;
        splitTrailing(paragraphs.get(last)).ifPresent(split -> {
            bylines.addAll(split.names());
            if (split.rest().isEmpty()) {
                paragraphs.remove(last);
            } else {
                paragraphs.set(last, split.rest());
            }
        });
    }

    public static Optional<Split> splitTrailing(String paragraph) {
        Matcher m = TRAILING_BRACKET.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String rest = paragraph.substring(0, m.start()).trim();
        // Reporters sign after the last sentence; a bracket inside a sentence is a qualifier: 无锡(杭州), 项目(一期).
        if (!rest.isEmpty() && !endsSentence(rest)) {
            return Optional.empty();
        }
        return names(m.group(1)).map(names -> new Split(rest, names));
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "”’\"」』）)】".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && "。！？!?；;…".indexOf(text.charAt(i)) >= 0;
    }

    /** The names in a bracket's content, or empty when the content is not a byline. */
    public static Optional<List<String>> names(String content) {
        List<String> names = new ArrayList<>();
        boolean sawRole = false;
        for (String word : content.trim().split("[\\s、,，;；/]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Matcher role = ROLE.matcher(word);
            if (role.find()) {
                sawRole = true;
                word = word.substring(role.end());
                if (word.isEmpty()) {
                    continue;
                }
            }
            if (!NAME.matcher(word).matches() || NOT_NAMES.contains(word)) {
                return Optional.empty();
            }
            names.add(word);
        }
        // A lone four-character word without a role word is more often a place or phrase than a reporter.
        if (names.isEmpty() || (!sawRole && names.size() == 1 && names.get(0).length() > 3)) {
            return Optional.empty();
        }
        return Optional.of(names);
    }
}
