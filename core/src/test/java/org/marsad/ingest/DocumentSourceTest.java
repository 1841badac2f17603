package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Document;

class DocumentSourceTest {
    @TempDir Path dir;

    static final String ARTICLE = "بيروت - 12 آذار 2019 (أ ف ب) - أعلن الجيش اللبناني أنه أوقف شخصين يشتبه بانتمائهما إلى خلية مسلحة في شمال البلاد.\n"
            + "وقال بيان للجيش إن الموقوفين اعترفا بالتخطيط لهجمات على مراكز عسكرية.\n";

    static List<ReadResult> read(ReadOptions o, String... inputs) {
        List<ReadResult> out = new ArrayList<>();
        try (DocumentSource s = DocumentSource.open(List.of(inputs), o)) { s.forEachRemaining(out::add); }
        return out;
    }

    @Test
    void plainTextTitleIdDatelineAndAgency() throws IOException {
        Path f = Files.writeString(dir.resolve("lebanon-arrests.txt"), "الجيش اللبناني يوقف خلية مسلحة\n\n" + ARTICLE);
        List<ReadResult> r = read(ReadOptions.defaults(), f.toString());
        Document d = r.get(0).document();
        assertEquals("lebanon-arrests", d.id());
        assertEquals("الجيش اللبناني يوقف خلية مسلحة", d.title());
        assertEquals(LocalDate.of(2019, 3, 12), d.published());
        assertEquals(List.of("Agence France-Presse"), d.agencies());
        assertEquals("ar", d.language());
        assertEquals(Files.readString(f), d.text());
        Document o = read(ReadOptions.defaults().withPublished(LocalDate.of(2019, 3, 13)), f.toString()).get(0).document();
        assertEquals(LocalDate.of(2019, 3, 13), o.published());
    }

    @Test
    void jsonlFieldsDateTimesUnknownFieldsAndBadLines() throws IOException {
        String lines = "{\"id\":\"x1\",\"title\":\"عنوان\",\"text\":\"" + ARTICLE.replace("\n", "\\n") + "\",\"published\":\"2019-03-12T23:30:00+02:00\",\"outlet\":\"النهار\",\"url\":\"http://e.x/1\",\"extra\":[1,2]}\n"
                + "\n{\"id\": \"x2\", \"text\": \n"
                + "{\"id\":7,\"text\":\"" + ARTICLE.replace("\n", "\\n") + "\"}\n";
        Path f = Files.writeString(dir.resolve("a.jsonl"), lines);
        List<ReadResult> r = read(ReadOptions.defaults(), f.toString());
        assertEquals(3, r.size());
        Document d = r.get(0).document();
        assertEquals("x1", d.id());
        assertEquals(LocalDate.of(2019, 3, 12), d.published());
        assertEquals("النهار", d.outlet());
        assertEquals("http://e.x/1", d.url());
        assertTrue(r.get(1).isError());
        assertEquals(f + ":3", r.get(1).where());
        assertEquals("7", r.get(2).document().id());
        assertEquals(LocalDate.of(2019, 3, 12), r.get(2).document().published());   // from the dateline
    }

    @Test
    void htmlMainTextWithoutFurniture() throws IOException {
        String html = "<!doctype html><html><head><meta charset=utf-8><title>موقع | خبر</title>"
                + "<meta property=\"og:title\" content=\"الجيش اللبناني يوقف خلية مسلحة\"><meta property=\"og:site_name\" content=\"النهار\">"
                + "<meta property=\"article:published_time\" content=\"2019-03-12T10:00:00Z\"><script>var x='اقرأ';</script></head><body>"
                + "<nav><a href=/>الرئيسية</a><a href=/p>سياسة</a></nav><div class=\"share-buttons\">شارك على فيسبوك</div>"
                + "<article><h1>الجيش اللبناني يوقف خلية مسلحة</h1><figure><img src=a.jpg><figcaption>جنود لبنانيون في بيروت</figcaption></figure>"
                + "<p>أعلن الجيش اللبناني أنه أوقف شخصين يشتبه بانتمائهما إلى خلية مسلحة في شمال البلاد.</p>"
                + "<div class=\"related-articles\"><h3>اقرأ أيضا</h3><ul><li><a>خبر آخر</a></li></ul></div>"
                + "<p>وقال بيان للجيش إن الموقوفين اعترفا بالتخطيط لهجمات.</p></article><footer>جميع الحقوق محفوظة</footer></body></html>";
        Path f = Files.writeString(dir.resolve("page.html"), html);
        Document d = read(ReadOptions.defaults(), f.toString()).get(0).document();
        assertEquals("page", d.id());
        assertEquals("الجيش اللبناني يوقف خلية مسلحة", d.title());
        assertEquals("النهار", d.outlet());
        assertEquals(LocalDate.of(2019, 3, 12), d.published());
        assertEquals("الجيش اللبناني يوقف خلية مسلحة\n\nأعلن الجيش اللبناني أنه أوقف شخصين يشتبه بانتمائهما إلى خلية مسلحة في شمال البلاد.\n"
                + "وقال بيان للجيش إن الموقوفين اعترفا بالتخطيط لهجمات.\n", d.text());
    }

    @Test
    void rssItemsAreDocuments() throws IOException {
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>وكالة الأخبار</title><link>http://e.x</link><description>d</description>"
                + "<item><title>الجيش يوقف خلية</title><link>http://e.x/1</link><guid>g1</guid><pubDate>Tue, 12 Mar 2019 10:00:00 GMT</pubDate>"
                + "<description><![CDATA[<p>" + ARTICLE + "</p>]]></description></item>"
                + "<item><title>بيان للجيش</title><link>http://e.x/2</link><description>وقال بيان للجيش إن الموقوفين اعترفا بالتخطيط لهجمات على مراكز عسكرية في الشمال.</description></item>"
                + "</channel></rss>";
        Path f = Files.writeString(dir.resolve("feed.xml"), rss);
        List<ReadResult> r = read(ReadOptions.defaults(), f.toString());
        assertEquals(2, r.size());
        assertEquals("g1", r.get(0).document().id());
        assertEquals("وكالة الأخبار", r.get(0).document().outlet());
        assertEquals(LocalDate.of(2019, 3, 12), r.get(0).document().published());
        assertEquals("http://e.x/2", r.get(1).document().id());
        assertTrue(r.get(1).document().text().startsWith("بيان للجيش\n\n"));
    }

    @Test
    void directoriesRecursiveSortedAndStdin() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), ARTICLE);
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Files.writeString(dir.resolve("c.txt"), ARTICLE);
        Files.writeString(dir.resolve("image.png"), "not read");
        List<String> ids = new ArrayList<>();
        for (ReadResult r : read(ReadOptions.defaults(), dir.toString())) ids.add(r.document().id());
        assertEquals(List.of("a", "2", "c"), ids);

        try (DocumentSource s = DocumentSource.open(List.of("-"), ReadOptions.defaults(),
                new ByteArrayInputStream(("عنوان\n" + ARTICLE).getBytes(StandardCharsets.UTF_8)))) {
            Document d = s.next().document();
            assertEquals("stdin", d.id());
            assertEquals("عنوان", d.title());
        }
    }

    @Test
    void nonArabicIsSkipped() throws IOException {
        Path f = Files.writeString(dir.resolve("en.txt"), "Lebanese army arrests two suspects\n\nThe Lebanese army said on Tuesday it had arrested two men suspected of belonging to an armed cell in the north of the country.\n");
        ReadResult r = read(ReadOptions.defaults(), f.toString()).get(0);
        assertEquals(ReadResult.Kind.SKIPPED, r.kind());
        assertTrue(r.message().contains("en"), r.message());
        Path fa = Files.writeString(dir.resolve("fa.txt"), "ارتش لبنان دو نفر را بازداشت کرد\n\nارتش لبنان روز سه‌شنبه اعلام کرد که دو مرد مظنون به عضویت در یک گروه مسلح را در شمال این کشور دستگیر کرده است.\n");
        assertEquals(ReadResult.Kind.SKIPPED, read(ReadOptions.defaults(), fa.toString()).get(0).kind());
    }

    @Test
    void longLineRejectedWithoutBuffering() throws IOException {
        Path f = dir.resolve("big.jsonl");
        StringBuilder sb = new StringBuilder("{\"id\":\"big\",\"text\":\"");
        sb.append("ا".repeat(3000)).append("\"}\n{\"id\":\"ok\",\"text\":\"").append(ARTICLE.replace("\n", " ")).append("\"}\n");
        Files.writeString(f, sb);
        List<ReadResult> r = read(ReadOptions.defaults().withLimits(2000, 4000), f.toString());
        assertTrue(r.get(0).isError());
        assertEquals(f + ":1", r.get(0).where());
        assertEquals("ok", r.get(1).document().id());
        assertNull(r.get(1).message());
    }
    @Test
    void atomFeedWindows1256PageAndJsonlOnStdin() throws IOException {
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>موقع الأخبار</title><id>urn:f</id>"
                + "<updated>2019-03-12T10:00:00Z</updated><entry><title>الجيش يوقف خلية</title><id>urn:e1</id><updated>2019-03-12T10:00:00Z</updated>"
                + "<content type=\"html\">&lt;p&gt;" + ARTICLE.strip() + "&lt;/p&gt;</content></entry></feed>";
        Path f = Files.writeString(dir.resolve("news.atom"), atom);
        Document d = read(ReadOptions.defaults(), f.toString()).get(0).document();
        assertEquals("urn:e1", d.id());
        assertEquals("موقع الأخبار", d.outlet());
        assertEquals(LocalDate.of(2019, 3, 12), d.published());

        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><title>خبر</title></head>"
                + "<body><p>" + ARTICLE.strip() + "</p></body></html>";
        Path h = dir.resolve("old.htm");
        Files.write(h, html.getBytes(java.nio.charset.Charset.forName("windows-1256")));
        Document page = read(ReadOptions.defaults(), h.toString()).get(0).document();
        assertTrue(page.text().contains("أعلن الجيش اللبناني"), page.text());

        String line = "{\"id\":\"s1\",\"text\":\"" + ARTICLE.replace("\n", "\\n") + "\"}\n";
        try (DocumentSource s = DocumentSource.open(List.of("-"), ReadOptions.defaults(),
                new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))) {
            assertEquals("s1", s.next().document().id());
            assertTrue(!s.hasNext());
        }
    }
}
