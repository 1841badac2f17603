package org.marsad.store;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.marsad.doc.Document;
import org.marsad.pipeline.DocumentRecord;

/**
 * Polls subscribed RSS/Atom feeds (Rome) and ingests the items not yet stored. An item is an
 * article whose URL is its link (its id when it has no link) and whose text is its title and
 * content or summary as plain text; an item whose URL is already in the store is skipped before
 * the pipeline runs, so polling a feed again costs one fetch.
 */
public final class FeedPoller {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final MarsadStore store;
    private final Function<Document, DocumentRecord> pipeline;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** What one poll of one feed did; {@code error} is a one-line message, null when it went well. */
    public record Poll(Feed feed, int items, int ingested, String error) {}

    /** @param pipeline the document → record step, normally {@code Pipeline::process} */
    public FeedPoller(MarsadStore store, Function<Document, DocumentRecord> pipeline) {
        this.store = store;
        this.pipeline = pipeline;
    }

    /** Polls every subscribed feed once, in the order they were added. */
    public List<Poll> pollAll() {
        List<Poll> out = new ArrayList<>();
        for (Feed f : store.feeds()) out.add(poll(f));
        return out;
    }

    /** Fetches one feed and ingests its new items; a failure is recorded on the feed, not thrown. */
    public Poll poll(Feed feed) {
        SyndFeed parsed;
        try {
            parsed = fetch(feed.url());
        } catch (IOException | FeedException | IllegalArgumentException e) {
            String why = "cannot read feed: " + Database.firstLine(e);
            store.recordPoll(feed.id(), null, why, 0);
            return new Poll(feed, 0, 0, why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Poll(feed, 0, 0, "interrupted");
        }
        String outlet = parsed.getTitle() == null || parsed.getTitle().isBlank() ? URI.create(feed.url()).getHost() : parsed.getTitle().trim();
        int ingested = 0;
        List<SyndEntry> entries = parsed.getEntries();
        for (SyndEntry e : entries) {
            Document doc = toDocument(e, outlet);
            if (doc == null || store.containsUrl(doc.url())) continue;
            IngestResult r = store.ingest(doc, pipeline.apply(doc));
            if (r.outcome() != IngestResult.Outcome.UNCHANGED) ingested++;
        }
        store.recordPoll(feed.id(), outlet, null, ingested);
        return new Poll(feed, entries.size(), ingested, null);
    }

    private SyndFeed fetch(String url) throws IOException, FeedException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("User-Agent", "marsad/0.1 (+feed poller)").header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5")
                .GET().build();
        HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = resp.body()) {
            if (resp.statusCode() / 100 != 2) throw new IOException("HTTP " + resp.statusCode() + " from " + url);
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false); // no external entities from a feed
            return in.build(new XmlReader(body));
        }
    }

    /** The article an item stands for, or null when it has neither link nor id, or no text. */
    static Document toDocument(SyndEntry e, String outlet) {
        String url = firstNonBlank(e.getLink(), e.getUri());
        if (url == null) return null;
        url = url.trim();
        String title = e.getTitle() == null ? null : plain(e.getTitle());
        StringBuilder body = new StringBuilder();
        for (SyndContent c : e.getContents()) append(body, c);
        if (body.length() == 0 && e.getDescription() != null) append(body, e.getDescription());
        String text = title == null || title.isBlank() ? body.toString() : body.length() == 0 ? title : title + "\n\n" + body;
        if (text.isBlank()) return null;
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        LocalDate published = d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        return new Document(url, title, text, published, outlet, url, List.of(), null, List.of());
    }

    private static void append(StringBuilder sb, SyndContent c) {
        if (c == null || c.getValue() == null) return;
        String v = c.getType() != null && c.getType().contains("text/plain") ? c.getValue().trim() : plain(c.getValue());
        if (v.isEmpty()) return;
        if (sb.length() > 0) sb.append("\n\n");
        sb.append(v);
    }

    /** Feed HTML as plain text, one paragraph per block element. */
    private static String plain(String html) {
        org.jsoup.nodes.Document d = Jsoup.parseBodyFragment(html);
        d.outputSettings().prettyPrint(false);
        d.select("br").after("\\n");
        d.select("p, div, li, h1, h2, h3, h4, blockquote").after("\\n\\n");
        String t = d.text().replace("\\n", "\n");
        return t.replaceAll("[ \\t]*\n[ \\t]*", "\n").replaceAll("\n{3,}", "\n\n").trim();
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) return a;
        return b != null && !b.isBlank() ? b : null;
    }
}
