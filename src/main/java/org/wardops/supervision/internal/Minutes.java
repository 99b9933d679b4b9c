package org.wardops.supervision.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;

/**
 * Minutes are rich text typed or pasted by people: only basic formatting survives (paragraphs, emphasis, lists,
 * links without scripts); scripts, styles, event handlers and {@code javascript:} links are removed by jsoup's
 * safelist cleaner.
 */
public final class Minutes {

    private static final Safelist ALLOWED = Safelist.basic().addTags("h3", "h4");

    private Minutes() {
    }

    public static String sanitise(String html) {
        return Jsoup.clean(html, ALLOWED);
    }

    /** The minutes as plain paragraphs, for formal documents. */
    public static List<String> paragraphs(String html) {
        Document document = Jsoup.parseBodyFragment(sanitise(html));
        List<String> paragraphs = new ArrayList<>();
        for (Element block : document.body().select("p, li, h3, h4, blockquote")) {
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(block.tagName().equals("li") ? "- " + text : text);
            }
        }
        if (paragraphs.isEmpty() && !document.body().text().isBlank()) {
            paragraphs.add(document.body().text().strip());
        }
        return paragraphs;
    }
}
