package org.marsad.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.marsad.doc.Document;
import org.marsad.ingest.DocumentSource;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.ReadResult;
import org.marsad.pipeline.DocumentRecord;

/**
 * Polls subscribed RSS/Atom feeds and ingests the items not yet stored. The feed is read by the
 * ingest readers ({@link DocumentSource}: Rome, HTML to text, dates, language); an item is an
 * article whose URL is its link (its guid when it has no link); an item whose URL is already in the
 * store is skipped before the pipeline runs, so polling a feed again costs one fetch.
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
        byte[] body;
        try {
            body = fetch(feed.url());
        } catch (IOException | IllegalArgumentException e) {
            return failed(feed, "cannot read feed: " + Database.firstLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Poll(feed, 0, 0, "interrupted");
        }
        int items = 0, ingested = 0;
        String outlet = null, error = null;
        // The ingest readers parse the feed (Rome), clean each item's HTML and resolve its date and language.
        try (DocumentSource src = DocumentSource.open(List.of("-"), ReadOptions.defaults(), new ByteArrayInputStream(body))) {
            while (src.hasNext()) {
                ReadResult r = src.next();
                if (r.isError()) {
                    if (error == null) error = "cannot read feed: " + r.message();
                    continue;
                }
                items++;
                if (!r.isDocument()) continue; // not Arabic
                Document doc = withUrl(r.document());
                if (outlet == null) outlet = doc.outlet();
                if (store.containsUrl(doc.url())) continue;
                IngestResult res = store.ingest(doc, pipeline.apply(doc));
                if (res.outcome() != IngestResult.Outcome.UNCHANGED) ingested++;
            }
        }
        if (items == 0 && error != null) return failed(feed, error);
        store.recordPoll(feed.id(), outlet, error, ingested);
        return new Poll(feed, items, ingested, error);
    }

    private Poll failed(Feed feed, String why) {
        store.recordPoll(feed.id(), null, why, 0);
        return new Poll(feed, 0, 0, why);
    }

    /** An item is identified by its link; one with no link by its guid, which then stands as its URL. */
    private static Document withUrl(Document d) {
        if (d.url() != null && !d.url().isBlank()) return d;
        return new Document(d.id(), d.title(), d.text(), d.published(), d.outlet(), d.id(), d.agencies(), d.language(), d.boilerplate());
    }

    private byte[] fetch(String url) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("User-Agent", "marsad/0.1 (feed poller)")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5")
                .GET().build();
        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() / 100 != 2) throw new IOException("HTTP " + resp.statusCode() + " from " + url);
        return resp.body();
    }
}
