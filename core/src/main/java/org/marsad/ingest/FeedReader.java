package org.marsad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RSS and Atom feed files (Rome): each item is one article. The item's content (else its
 * description) is HTML reduced to text; the document text is the item title, a blank line, then
 * that text. The outlet is the feed's title; the id is the item's guid/uri, else its link, else
 * {@code file-N}.
 */
final class FeedReader {
    private FeedReader() {}

    static List<RawArticle> read(byte[] xml, String idBase, String where) throws InputBytes.Rejected {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);   // no external entities from a file we were handed
            feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InputBytes.Rejected("not a readable RSS/Atom feed: " + oneLine(e.getMessage()));
        }
        String outlet = blankToNull(feed.getTitle());
        List<RawArticle> out = new ArrayList<>();
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String body = "";
            for (SyndContent c : e.getContents()) if (c.getValue() != null && !c.getValue().isBlank()) { body = c.getValue(); break; }
            if (body.isEmpty() && e.getDescription() != null) body = e.getDescription().getValue();
            String title = blankToNull(e.getTitle());
            String bodyText = HtmlReader.fragmentText(body);
            String text = title == null ? bodyText : title + "\n\n" + bodyText;
            String id = blankToNull(e.getUri());
            if (id == null) id = blankToNull(e.getLink());
            if (id == null) id = idBase + "-" + n;
            var published = PublishedDates.of(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
            out.add(new RawArticle(id, title, text, published, outlet, blankToNull(e.getLink()), where + "#" + n));
        }
        return out;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    private static String oneLine(String m) {
        if (m == null) return "unreadable";
        m = m.replace('\n', ' ');
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
