package broadsheet.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A saved web page of an issue (HTML or XHTML): recognised from its start and turned into the plain text of its
 * body with jsoup, one line per block (paragraph, heading, list item, table row, {@code <br>}), so the issue layout
 * parser sees the page's paragraphs. Scripts, styles and the head are dropped.
 */
public final class HtmlText {
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private HtmlText() {
    }

    /** The file is a web page: by its first characters, or by its name with a tag near the top. */
    public static boolean looksLikeHtml(String relativePath, String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).stripLeading();
        if (HTML_START.matcher(head).find()) {
            return true;
        }
        String name = relativePath.toLowerCase(Locale.ROOT);
        return (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml"))
                && head.startsWith("<") && head.toLowerCase(Locale.ROOT).matches("(?s).*<(p|div|br|h[1-6]|table|title)[\\s/>].*");
    }

    /** The body's text, a blank line between blocks. */
    public static String extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, head").remove();
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && (e.nameIs("br") || breaks(e))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && breaks(e)) {
                    out.append("\n\n");
                }
            }
        }, doc.body() != null ? doc.body() : doc);
        return out.toString();
    }

    private static boolean breaks(Element e) {
        return e.tag().isBlock() && !e.nameIs("span") && !e.nameIs("a");
    }
}
