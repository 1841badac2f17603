package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML article page, reduced to its main text with jsoup. Navigation, headers and footers,
 * scripts, forms, figures and captions, share widgets and related-links blocks are dropped by tag
 * and by class/id words; the article body is the {@code <article>} or {@code articleBody}
 * element when there is one, else the element whose paragraphs hold the most text. The document
 * text is the headline line, a blank line, then one line per paragraph: spans point into that text.
 */
final class HtmlReader {
    private HtmlReader() {}

    /** Pages nested deeper than this are rejected (real pages stay well under 100). */
    static final int MAX_DEPTH = 256;

    private static final String DROP_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
            + "figure, figcaption, button, svg, select, input, textarea, object, embed, video, audio, picture";
    private static final Pattern JUNK_ATTR = Pattern.compile(
            "(^|[-_ ])(nav|navbar|menu|breadcrumbs?|share|sharing|social|related|more-?stories|read-?more|recommended|"
            + "outbrain|taboola|comments?|newsletter|subscribe|promo|advert|ads?|sponsor|caption|credit|tags?|"
            + "keywords|categories|footer|header|sidebar|widget|popular|most-read|trending|author-bio|print)([-_ ]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JSONLD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");

    static RawArticle read(String html, String id, String where) throws InputBytes.Rejected {
        Document page = Jsoup.parse(html);
        int depth = maxDepth(page);
        if (depth > MAX_DEPTH) throw new InputBytes.Rejected("HTML nested " + depth + " elements deep (limit " + MAX_DEPTH + "): not read");
        String title = firstNonBlank(meta(page, "og:title"), text(page.selectFirst("h1")), page.title());
        String published = firstNonBlank(meta(page, "article:published_time"), meta(page, "datePublished"),
                meta(page, "pubdate"), meta(page, "date"), attr(page.selectFirst("time[datetime]"), "datetime"), jsonLdDate(page));
        String outlet = firstNonBlank(meta(page, "og:site_name"), meta(page, "application-name"));
        String url = firstNonBlank(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));

        page.select(DROP_TAGS).remove();
        for (Element e : new ArrayList<>(page.getAllElements())) {
            if (e.parent() != null && e != page.body() && isJunk(e)) e.remove();
        }
        Element body = mainElement(page);
        StringBuilder text = new StringBuilder();
        if (title != null) text.append(title).append("\n\n");
        for (Element block : body.select("p, h2, h3, h4, li, blockquote")) {
            if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote") && body != p && p.parents().contains(body))) continue;
            String t = block.text().strip();
            if (!t.isEmpty()) text.append(t).append('\n');
        }
        if (body.select("p").isEmpty()) {   // no paragraph markup: the element's own text
            String t = body.wholeText().strip();
            if (!t.isEmpty()) text.append(t.replaceAll("[ \\t\\x0B\\f\\r]*\\n\\s*", "\n")).append('\n');
        }
        return new RawArticle(id, title, text.toString(), PublishedDates.parse(published), outlet, url, where);
    }

    private static Element mainElement(Document page) {
        Element e = page.selectFirst("[itemprop=articleBody]");
        if (e == null) e = page.selectFirst("article");
        if (e == null) e = page.selectFirst("main, [role=main]");
        if (e != null && !e.select("p").isEmpty()) return e;
        Element best = page.body();
        int bestScore = 0;
        for (Element p : page.body().select("p")) {
            Element parent = p.parent();
            if (parent == null) continue;
            int score = 0;
            for (Element c : parent.children()) if (c.is("p")) score += c.text().length();
            if (score > bestScore) { bestScore = score; best = parent; }
        }
        return best;
    }

    private static boolean isJunk(Element e) {
        String role = e.attr("role");
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("complementary")) return true;
        if (e.is("[aria-hidden=true]")) return true;
        String cls = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return !cls.isBlank() && JUNK_ATTR.matcher(cls).find() && !e.is("article, main, body, [itemprop=articleBody]");
    }

    /** Iterative depth count (no recursion, so a hostile page cannot overflow the stack here). */
    static int maxDepth(Document page) {
        int[] max = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            int depth;
            @Override public void head(Node node, int d) { if (d > max[0]) max[0] = d; }
            @Override public void tail(Node node, int d) { }
        }, page);
        return max[0];
    }

    private static String meta(Document page, String name) {
        Element m = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return m == null ? null : m.attr("content");
    }

    private static String jsonLdDate(Document page) {
        for (Element s : page.select("script[type=application/ld+json]")) {
            Matcher m = JSONLD_DATE.matcher(s.data());
            if (m.find()) return m.group(1);
        }
        return null;
    }

    private static String text(Element e) { return e == null ? null : e.text(); }

    private static String attr(Element e, String a) { return e == null ? null : e.attr(a); }

    private static String firstNonBlank(String... xs) {
        for (String x : xs) if (x != null && !x.isBlank()) return x.strip();
        return null;
    }

    /** Plain text of an HTML fragment (feed item bodies): one line per block element. */
    static String fragmentText(String html) {
        if (html == null || html.isBlank()) return "";
        Document d = Jsoup.parseBodyFragment(html);
        d.select(DROP_TAGS).remove();
        Elements blocks = d.body().select("p, li, h2, h3, blockquote");
        if (blocks.isEmpty()) return d.body().text();
        List<String> out = new ArrayList<>();
        for (Element b : blocks) { String t = b.text().strip(); if (!t.isEmpty()) out.add(t); }
        return String.join("\n", out);
    }
}
