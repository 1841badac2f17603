package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.ArticleView;
import org.marsad.store.MarsadStore;
import org.marsad.store.SearchResult;

/** `marsad feeds` and `marsad watch` against RSS and Atom feeds served on 127.0.0.1 by the test. */
class WatchCommandTest {
    @TempDir Path tmp;
    HttpServer server;
    final List<String[]> items = new ArrayList<>();
    String base;

    @BeforeEach
    void serve() throws Exception {
        items.add(new String[] {"https://news.example/rss/1", "غارات جوية على ريف إدلب", "<p>شنت طائرات حربية <b>غارات</b> على قرى في ريف إدلب الجنوبي.</p>", "Mon, 02 Mar 2026 08:00:00 GMT"});
        items.add(new String[] {"https://news.example/rss/2", "وزير الخارجية يزور موسكو", "وصل وزير الخارجية إلى موسكو في زيارة رسمية تستغرق يومين.", "Tue, 03 Mar 2026 10:30:00 GMT"});
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss.xml", ex -> {
            byte[] b = rss().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.createContext("/atom.xml", ex -> {
            byte[] b = ("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>صحيفة أطوم</title>"
                    + "<id>urn:test:atom</id><updated>2026-03-04T00:00:00Z</updated><entry><title>تظاهرات في بغداد</title>"
                    + "<link href=\"https://news.example/atom/1\"/><id>urn:test:atom:1</id><updated>2026-03-04T09:00:00Z</updated>"
                    + "<summary>خرج آلاف المتظاهرين إلى ساحة التحرير في بغداد مطالبين بإصلاحات.</summary></entry></feed>")
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String rss() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                + "<title>وكالة الخلاصة</title><link>https://news.example/</link><description>اختبار</description>");
        for (String[] it : items)
            sb.append("<item><title>").append(it[1]).append("</title><link>").append(it[0]).append("</link><description><![CDATA[")
                    .append(it[2]).append("]]></description><pubDate>").append(it[3]).append("</pubDate></item>");
        return sb.append("</channel></rss>").toString();
    }

    @Test
    void watchIngestsNewItemsOnceEach() throws Exception {
        String data = tmp.resolve("store").toString();
        assertEquals(0, Cli.run("feeds", "add", base + "/rss.xml", "--data", data).status());
        assertEquals(0, Cli.run("feeds", "add", base + "/atom.xml", "--data", data).status());
        Cli.Result first = Cli.run("watch", "--once", "--data", data);
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("rss.xml: 2 items, 2 new"), first.out());
        assertTrue(first.out().contains("atom.xml: 1 items, 1 new"), first.out());
        Cli.Result again = Cli.run("watch", "--once", "--data", data);
        assertTrue(again.out().contains("rss.xml: 2 items, 0 new"), again.out());
        items.add(new String[] {"https://news.example/rss/3", "هدنة إنسانية في غزة", "أعلن الوسطاء عن هدنة إنسانية لمدة ثلاثة أيام.", "Wed, 04 Mar 2026 12:00:00 GMT"});
        Cli.Result third = Cli.run("watch", "--once", "--data", data);
        assertTrue(third.out().contains("rss.xml: 3 items, 1 new"), third.out());
        Cli.Result list = Cli.run("feeds", "list", "--data", data);
        assertTrue(list.out().contains("وكالة الخلاصة") && list.out().contains("items=3"), list.out());
        try (MarsadStore store = MarsadStore.open(tmp.resolve("store"))) {
            assertEquals(4, store.stats().articles());
            SearchResult r = store.search("إدلب", 10, 0);
            assertEquals(1, r.total());
            ArticleView a = store.article(r.hits().get(0).articleId()).orElseThrow();
            assertEquals("https://news.example/rss/1", a.url());
            assertEquals("وكالة الخلاصة", a.outlet());
            assertEquals("2026-03-02", a.published().toString());
            assertTrue(a.text().startsWith("غارات جوية على ريف إدلب\n\nشنت طائرات حربية غارات"), a.text());
        }
    }

    @Test
    void aFailingFeedIsReportedAndRecorded() {
        String data = tmp.resolve("store").toString();
        Cli.run("feeds", "add", base + "/missing.xml", "--data", data);
        Cli.Result r = Cli.run("watch", "--once", "--data", data);
        assertEquals(2, r.status());
        assertTrue(r.out().contains("HTTP 404"), r.out());
        assertTrue(Cli.run("feeds", "list", "--data", data).out().contains("error=cannot read feed: HTTP 404"));
        assertEquals(1, Cli.run("feeds", "add", "ftp://x/y", "--data", data).status());
        assertEquals(1, Cli.run("watch", "--once", "--data", tmp.resolve("empty").toString()).status());
    }

    @Test
    void intervalsParse() {
        WatchCommand.DurationConverter c = new WatchCommand.DurationConverter();
        assertEquals(Duration.ofMinutes(5), c.convert("5m"));
        assertEquals(Duration.ofSeconds(90), c.convert("1m30s"));
        assertEquals(Duration.ofHours(2), c.convert("PT2H"));
        assertThrows(IllegalArgumentException.class, () -> c.convert("5 minutes"));
    }
}
