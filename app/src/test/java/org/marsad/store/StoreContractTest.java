package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Document;
import org.marsad.event.Event;
import org.marsad.pipeline.DocumentRecord;

/**
 * What every backend of the store must do. Each subclass names a backend ({@link #jdbcUrl}); the
 * same tests then run on it.
 */
abstract class StoreContractTest {
    @TempDir Path tmp;
    MarsadStore store;

    /** JDBC URL of an empty database for one test. */
    abstract String jdbcUrl(Path tmp) throws Exception;

    /** Reopens the store on the same database with another cluster assigner. */
    void reopenWith(ClusterAssigner assigner) {
        store.close();
        store = MarsadStore.open(currentUrl, tmp.resolve("index"), assigner);
    }

    MarsadStore reopen() {
        store.close();
        store = MarsadStore.open(currentUrl, tmp.resolve("index"));
        return store;
    }

    private String currentUrl;

    @BeforeEach
    void openStore() throws Exception {
        currentUrl = jdbcUrl(tmp);
        store = MarsadStore.open(currentUrl, tmp.resolve("index"));
    }

    @AfterEach
    void closeStore() {
        if (store != null) store.close();
    }

    private void ingest(Fixtures.Article a) {
        store.ingest(a.doc(), a.rec());
    }

    @Test
    void storesArticlesEventsEntitiesAndClusters() {
        assertEquals(IngestResult.Outcome.NEW, store.ingest(Fixtures.shelling().doc(), Fixtures.shelling().rec()).outcome());
        ingest(Fixtures.ceasefire());
        ingest(Fixtures.shellingSecondOutlet());
        StoreStats s = store.stats();
        assertEquals(3, s.articles());
        assertEquals(4, s.events());
        assertEquals(3, s.clusters(), "linking: the two outlets' shelling reports are one incident");
        StoredEvent shelling = store.events(EventQuery.all().types(List.of("ASSAULT"))).events().get(0);
        assertEquals(2, shelling.reportCount());
        assertEquals(2, store.event(shelling.id()).orElseThrow().reports().size());
        assertEquals(5, s.entities(), "Goris is one entity across articles");
        assertEquals(2L, s.byType().get("ASSAULT"));
        assertEquals(1L, s.byType().get("AGREE"));
        assertEquals(4L, s.byParty().get("ARM"));
        assertEquals(3L, s.byDay().get("2026-03-10"));
        assertEquals(3L, s.byStatus().get("claimed"));
        assertEquals(s, store.stats(), "the same counts from the filter index, now loaded");
        assertEquals(List.of("ARM", "AZE"), List.copyOf(store.stats().byParty().keySet()), "most frequent first, then by code");
    }

    @Test
    void aBatchStoresAsSingleIngestsWouldInOneTransaction() {
        List<MarsadStore.Article> batch = List.of(art(Fixtures.shelling()), art(Fixtures.ceasefire()),
                art(Fixtures.shelling()), art(Fixtures.shellingSecondOutlet()));
        List<IngestResult> r = store.ingestAll(batch);
        assertEquals(List.of(IngestResult.Outcome.NEW, IngestResult.Outcome.NEW, IngestResult.Outcome.UNCHANGED, IngestResult.Outcome.NEW),
                r.stream().map(IngestResult::outcome).toList(), "the same article twice in a batch is stored once");
        assertEquals(r.get(0).articleId(), r.get(2).articleId());
        StoreStats s = store.stats();
        assertEquals(3, s.articles());
        assertEquals(4, s.events());
        assertEquals(3, s.clusters(), "linking inside one batch: the two outlets' shelling reports are one incident");
        assertEquals(5, s.entities(), "an entity first inserted earlier in the batch is reused");
        assertEquals(2, store.search("غوريس", 10, 0).total(), "both shelling reports indexed once each");
        assertEquals(1, store.search("\"وقف إطلاق النار\"", 10, 0).total());
        reopen();
        assertEquals(List.of(IngestResult.Outcome.UNCHANGED, IngestResult.Outcome.UNCHANGED),
                store.ingestAll(List.of(art(Fixtures.ceasefire()), art(Fixtures.shellingSecondOutlet()))).stream()
                        .map(IngestResult::outcome).toList());
        assertEquals(3, store.stats().clusters());
    }

    private static MarsadStore.Article art(Fixtures.Article a) {
        return new MarsadStore.Article(a.doc(), a.rec());
    }

    @Test
    void timelineCountsEventsPerDayAndTypeUnderTheFilters() {
        ingest(Fixtures.shelling());
        ingest(Fixtures.ceasefire());
        ingest(Fixtures.shellingSecondOutlet());
        java.util.Map<String, java.util.Map<String, Long>> all = store.timeline(EventQuery.all());
        assertEquals(4L, all.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum());
        java.util.Map<String, java.util.Map<String, Long>> assaults = store.timeline(EventQuery.all().types(List.of("ASSAULT")));
        assertEquals(java.util.Set.of("ASSAULT"), assaults.values().stream().flatMap(m -> m.keySet().stream()).collect(java.util.stream.Collectors.toSet()));
        assertEquals(0, store.timeline(EventQuery.all().partyCodes(List.of("ZZZ"))).size());
    }

    @Test
    void filterIndexAnswersAsTheTablesDo() {
        java.util.Random rnd = new java.util.Random(7);
        store.ingestAll(java.util.stream.IntStream.range(0, 60).mapToObj(i -> FilterAgreement.article(rnd, i, 0)).toList());
        store.events(EventQuery.all()); // the index is loaded now, then kept in step with the writes below
        for (int i = 0; i < 60; i += 3) store.ingest(FilterAgreement.article(rnd, i, 1).doc(), FilterAgreement.article(rnd, i, 1).rec());
        store.ingestAll(java.util.stream.IntStream.range(60, 80).mapToObj(i -> FilterAgreement.article(rnd, i, 0)).toList());
        FilterAgreement.check(store, rnd, 150);
        reopen(); // loaded from the tables
        FilterAgreement.check(store, rnd, 100);
    }

    @Test
    void aStoreMadeBeforeStoredReportCountsGetsThemOnOpen() throws Exception {
        java.util.Random rnd = new java.util.Random(11);
        store.ingestAll(java.util.stream.IntStream.range(0, 40).mapToObj(i -> FilterAgreement.article(rnd, i, 0)).toList());
        assertTrue(store.countedReportsBySql().values().stream().anyMatch(n -> n > 1), "some cluster gathers several reports");
        store.close();
        store = null;
        // back to the schema of V6 (each later migration undone here, V8 then V7), as a store made then
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(currentUrl); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DROP INDEX articles_revision");
            st.executeUpdate("ALTER TABLE clusters DROP COLUMN report_count");
            assertEquals(2, st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('7', '8')"));
        }
        store = MarsadStore.open(currentUrl, tmp.resolve("index"));
        FilterAgreement.assertReportCountsCounted(store);
        // and kept from there on: a replacement moves reports out of their clusters, new articles into others
        for (int i = 0; i < 40; i += 4) {
            MarsadStore.Article changed = FilterAgreement.article(rnd, i, 1);
            assertEquals(IngestResult.Outcome.REPLACED, store.ingest(changed.doc(), changed.rec()).outcome());
        }
        store.ingestAll(java.util.stream.IntStream.range(40, 50).mapToObj(i -> FilterAgreement.article(rnd, i, 0)).toList());
        FilterAgreement.assertReportCountsCounted(store);
    }

    @Test
    void replacedArticlesLeaveTheLinkerAsAFullRestoreWould() throws Exception {
        java.util.Random rnd = new java.util.Random(5);
        List<MarsadStore.Article> first = java.util.stream.IntStream.range(0, 60).mapToObj(i -> FilterAgreement.article(rnd, i, 0)).toList();
        List<MarsadStore.Article> changed = java.util.stream.IntStream.range(0, 60).filter(i -> i % 4 == 1)
                .mapToObj(i -> FilterAgreement.article(rnd, i, 1)).toList();
        List<MarsadStore.Article> later = java.util.stream.IntStream.range(60, 100).mapToObj(i -> FilterAgreement.article(rnd, i, 0)).toList();
        // the default: a replacement rebuilds only the clusters that lost events
        java.util.Set<java.util.Set<String>> rebuilt = clustersAfter(first, changed, later);
        FilterAgreement.assertReportCountsCounted(store);
        // the reference: an assigner that cannot take removals, so the store restores it whole each time
        store.close();
        currentUrl = jdbcUrl(tmp.resolve("full-restore"));
        LinkingClusterAssigner linking = new LinkingClusterAssigner();
        store = MarsadStore.open(currentUrl, tmp.resolve("full-restore-index"), new ClusterAssigner() {
            public Long assign(Event e, Document d, Candidates c) { return linking.assign(e, d, c); }
            public boolean stateful() { return true; }
            public void restore(List<Restored> stored) { linking.restore(stored); }
            public void founded(long id) { linking.founded(id); }
        });
        assertEquals(clustersAfter(first, changed, later), rebuilt);
    }

    /** Stores the three lists (the second as single replacements) and returns the clusters as sets of doc/event ids. */
    private java.util.Set<java.util.Set<String>> clustersAfter(List<MarsadStore.Article> first, List<MarsadStore.Article> changed,
                                                               List<MarsadStore.Article> later) {
        store.ingestAll(first);
        for (MarsadStore.Article a : changed) assertEquals(IngestResult.Outcome.REPLACED, store.ingest(a.doc(), a.rec()).outcome());
        store.ingestAll(later);
        java.util.Map<Long, java.util.Set<String>> byCluster = new java.util.HashMap<>();
        for (StoredEvent e : store.events(EventQuery.all().limit(EventQuery.MAX_LIMIT)).events())
            byCluster.computeIfAbsent(e.clusterId(), k -> new java.util.TreeSet<>()).add(e.doc() + "/" + e.event().id());
        assertTrue(byCluster.values().stream().anyMatch(c -> c.size() > 2), "linking made clusters of several reports");
        return new java.util.HashSet<>(byCluster.values());
    }

    @Test
    void sameArticleAgainChangesNothing() {
        Fixtures.Article a = Fixtures.shelling();
        IngestResult first = store.ingest(a.doc(), a.rec());
        StoreStats before = store.stats();
        IngestResult again = store.ingest(a.doc(), a.rec());
        assertEquals(IngestResult.Outcome.UNCHANGED, again.outcome());
        assertEquals(first.articleId(), again.articleId());
        assertEquals(before, store.stats());
        // no URL: identity is the text; another document id with the same text and extraction is the same article
        Fixtures.Article b = Fixtures.shellingSecondOutlet();
        ingest(b);
        Document renamed = new Document("other-id", b.doc().title(), b.doc().text(), b.doc().published(), b.doc().outlet(),
                null, List.of(), "ar", List.of());
        Event e = b.rec().events().get(0);
        Event renamedEvent = new Event("other-id-e1", e.eventType(), e.mode(), e.context(), e.date(), e.dateEnd(), e.actor(),
                e.recipient(), e.locations(), e.size(), e.claimedBy(), e.status(), e.evidence());
        assertEquals(IngestResult.Outcome.UNCHANGED, store.ingest(renamed, Fixtures.record(renamed, b.rec().entities(), List.of(renamedEvent))).outcome());
        assertEquals(2, store.stats().articles());
    }

    @Test
    void singletonClustersAreOnePerEvent() {
        reopenWith(ClusterAssigner.SINGLETON);
        ingest(Fixtures.shelling());
        ingest(Fixtures.ceasefire());
        ingest(Fixtures.shellingSecondOutlet());
        assertEquals(4, store.stats().clusters());
    }

    @Test
    void linkingSurvivesReopenAndReplacement() {
        ingest(Fixtures.shelling());
        reopen(); // the linker is rebuilt from the database
        ingest(Fixtures.shellingSecondOutlet());
        assertEquals(2, store.stats().clusters());
        // replacing the first report keeps the incident one cluster
        Fixtures.Article a = Fixtures.shelling();
        Document changed = new Document(a.doc().id(), a.doc().title(), a.doc().text() + " تحديث.", a.doc().published(),
                a.doc().outlet(), a.doc().url(), List.of(), "ar", List.of());
        assertEquals(IngestResult.Outcome.REPLACED, store.ingest(changed, Fixtures.record(changed, a.rec().entities(), a.rec().events())).outcome());
        StoreStats s = store.stats();
        assertEquals(3, s.events());
        assertEquals(2, s.clusters());
        assertEquals(2, store.events(EventQuery.all().types(List.of("ASSAULT"))).events().get(0).reportCount());
    }

    @Test
    void changedArticleReplacesItsEvents() {
        Fixtures.Article a = Fixtures.shelling();
        long id = store.ingest(a.doc(), a.rec()).articleId();
        String newText = a.doc().text() + "\nتحديث: نفت باكو الاتهامات.";
        Document changed = new Document(a.doc().id(), a.doc().title(), newText, a.doc().published(), a.doc().outlet(),
                a.doc().url(), List.of(), "ar", List.of());
        Event only = a.rec().events().get(0);
        IngestResult r = store.ingest(changed, Fixtures.record(changed, a.rec().entities().subList(0, 1), List.of(only)));
        assertEquals(IngestResult.Outcome.REPLACED, r.outcome());
        assertEquals(id, r.articleId(), "a replaced article keeps its id");
        StoreStats s = store.stats();
        assertEquals(1, s.articles());
        assertEquals(1, s.events());
        assertEquals(1, s.clusters(), "the emptied cluster is gone");
        assertEquals(1, s.entities());
        assertFalse(s.byType().containsKey("ACCUSE"));
        ArticleView v = store.article(id).orElseThrow();
        assertEquals(newText, v.text());
        assertEquals(1, v.events().size());
        assertEquals(1, store.search("باكو", 10, 0).total(), "the index sees the new text");
    }

    @Test
    void filtersPagesAndSortsEvents() {
        ingest(Fixtures.shelling());
        ingest(Fixtures.ceasefire());
        ingest(Fixtures.shellingSecondOutlet());
        assertEquals(4, store.events(EventQuery.all()).total());
        assertEquals(2, store.events(EventQuery.all().types(List.of("ASSAULT"))).total());
        assertEquals(3, store.events(EventQuery.all().types(List.of("ASSAULT", "AGREE"))).total());
        assertEquals(4, store.events(EventQuery.all().partyCodes(List.of("AZE"))).total());
        assertEquals(0, store.events(EventQuery.all().partyCodes(List.of("RUS"))).total(), "a claimant is not a party");
        assertEquals(2, store.events(EventQuery.all().location("Goris")).total());
        assertEquals(2, store.events(EventQuery.all().location("غوريس")).total());
        assertEquals(2, store.events(EventQuery.all().location("goris")).total());
        assertEquals(2, store.events(EventQuery.all().bbox(new EventQuery.BoundingBox(46, 39, 47, 40))).total());
        assertEquals(0, store.events(EventQuery.all().bbox(new EventQuery.BoundingBox(10, 10, 11, 11))).total());
        assertEquals(1, store.events(EventQuery.all().from(LocalDate.of(2026, 3, 15))).total());
        assertEquals(3, store.events(EventQuery.all().to(LocalDate.of(2026, 3, 10))).total());
        assertEquals(2, store.events(EventQuery.all().minKilled(3)).total());
        assertEquals(1, store.events(EventQuery.all().statuses(List.of("asserted"))).total());
        assertEquals(1, store.events(EventQuery.all().modes(List.of("allege"))).total());
        assertEquals(1, store.events(EventQuery.all().text("\"وقف إطلاق النار\"")).total());
        assertEquals(0, store.events(EventQuery.all().text("كلمةغيرموجودة")).total());
        EventPage page = store.events(EventQuery.all().sort(EventQuery.Sort.DATE_DESC).limit(2));
        assertEquals(4, page.total());
        assertEquals(2, page.events().size());
        assertEquals("AGREE", page.events().get(0).event().eventType());
        EventPage last = store.events(EventQuery.all().sort(EventQuery.Sort.ID_ASC).limit(2).offset(3));
        assertEquals(1, last.events().size());
        assertEquals("t-03-e1", last.events().get(0).event().id());
        assertEquals("ASSAULT", store.events(EventQuery.all().sort(EventQuery.Sort.KILLED_DESC)).events().get(0).event().eventType());
        assertThrows(IllegalArgumentException.class, () -> EventQuery.all().limit(0));
        assertThrows(IllegalArgumentException.class, () -> store.events(EventQuery.all().text("\"unclosed")));
    }

    @Test
    void eventRoundTripsAndListsItsReports() {
        Fixtures.Article a = Fixtures.shelling();
        ingest(a);
        StoredEvent se = store.events(EventQuery.all().types(List.of("ASSAULT"))).events().get(0);
        assertEquals(a.rec().events().get(0), se.event(), "the EVENT comes back exactly as extracted");
        assertEquals(1, se.reportCount());
        EventDetail d = store.event(se.id()).orElseThrow();
        assertEquals(1, d.reports().size());
        Report r = d.reports().get(0);
        assertEquals("الوكالة الأولى", r.outlet());
        assertEquals("https://news.example/az-shelling-goris", r.url());
        assertEquals(LocalDate.of(2026, 3, 10), r.published());
        assertEquals(a.rec().events().get(0).evidence().sentence(), r.sentence());
        assertEquals(r.sentence(), a.doc().text().substring(r.start(), r.end()));
        assertTrue(store.event(999_999).isEmpty());
    }

    @Test
    void articleCarriesEntityAndEventSpans() {
        Fixtures.Article a = Fixtures.shelling();
        long id = store.ingest(a.doc(), a.rec()).articleId();
        ArticleView v = store.article(id).orElseThrow();
        assertEquals(a.doc().text(), v.text());
        assertEquals("https://news.example/az-shelling-goris", v.url());
        assertEquals(4, v.entities().size(), "Goris twice, the ministry and the forces once each");
        for (ArticleView.EntitySpan s : v.entities()) assertEquals(s.text(), v.text().substring(s.start(), s.end()));
        assertEquals(2, v.events().size());
        assertTrue(store.article(424242).isEmpty());
        List<EntitySummary> locs = store.entities("LOC", null, null, 10, 0);
        assertEquals(1, locs.size());
        assertEquals("Goris", locs.get(0).name());
        assertEquals(2, locs.get(0).mentions());
        assertEquals(1, store.entities(null, null, "وزاره الدفاع", 10, 0).size(), "entity text search is normalised");
    }

    @Test
    void searchNormalisesStemsPhrasesAndHighlightsSafely() {
        ingest(Fixtures.shelling());
        ingest(Fixtures.ceasefire());
        ingest(Fixtures.shellingSecondOutlet());
        assertEquals(2, store.search("غوريس", 10, 0).total());
        assertEquals(1, store.search("\"وقف إطلاق النار\"", 10, 0).total(), "phrase");
        assertEquals(1, store.search("\"وقف اطلاق النار\"", 10, 0).total(), "hamza folded in the normalised view");
        assertEquals(1, store.search("قوات", 10, 0).total(), "light stem: القوات");
        assertEquals(0, store.search("\"النار وقف\"", 10, 0).total(), "phrase order matters");
        SearchResult r = store.search("وقف إطلاق النار", 10, 0);
        SearchResult.Hit h = r.hits().get(0);
        assertTrue(h.fragments().get(0).contains("<mark>"), h.fragments().toString());
        assertTrue(h.titleHtml().contains("<mark>"), h.titleHtml());
        SearchResult s = store.search("القصف", 10, 0);
        String frag = String.join(" ", s.hits().get(0).fragments());
        assertFalse(frag.contains("<script>"), "article text is escaped in highlights: " + frag);
        assertTrue(frag.contains("&lt;script&gt;"), frag);
        assertThrows(IllegalArgumentException.class, () -> store.search("AND OR (", 10, 0));
    }

    @Test
    void indexIsRebuiltFromTheDatabaseWhenLost() throws Exception {
        ingest(Fixtures.shelling());
        ingest(Fixtures.ceasefire());
        store.close();
        try (var files = java.nio.file.Files.walk(tmp.resolve("index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        store = MarsadStore.open(currentUrl, tmp.resolve("index"));
        assertEquals(2, store.reconciledOnOpen());
        assertEquals(1, store.search("غوريس", 10, 0).total());
        reopen();
        assertEquals(0, store.reconciledOnOpen(), "an index that agrees is left alone");
    }

    @Test
    void clusterAssignerGroupsReports() {
        store.close();
        ClusterAssigner sameTypeSameDay = (event, doc, candidates) -> candidates.near(event.eventType(),
                LocalDate.parse(event.date()), LocalDate.parse(event.date()), 1).stream().findFirst().map(StoredEvent::clusterId).orElse(null);
        store = MarsadStore.open(currentUrl, tmp.resolve("index"), sameTypeSameDay);
        ingest(Fixtures.shelling());
        ingest(Fixtures.shellingSecondOutlet());
        StoreStats s = store.stats();
        assertEquals(3, s.events());
        assertEquals(2, s.clusters(), "the two ASSAULT reports are one incident");
        StoredEvent any = store.events(EventQuery.all().types(List.of("ASSAULT"))).events().get(0);
        assertEquals(2, any.reportCount());
        EventDetail d = store.event(any.id()).orElseThrow();
        assertEquals(List.of("الوكالة الأولى", "الصحيفة الثالثة"), d.reports().stream().map(Report::outlet).toList());
    }

    @Test
    void feedsAreRemembered() {
        Feed f = store.addFeed("http://127.0.0.1:1/feed.xml");
        assertEquals(f, store.addFeed("http://127.0.0.1:1/feed.xml"), "adding twice is a no-op");
        store.recordPoll(f.id(), "Feed title", null, 3);
        reopen();
        List<Feed> feeds = store.feeds();
        assertEquals(1, feeds.size());
        assertEquals(3, feeds.get(0).itemsIngested());
        assertEquals("Feed title", feeds.get(0).title());
        assertTrue(store.removeFeed("http://127.0.0.1:1/feed.xml"));
        assertTrue(store.feeds().isEmpty());
        assertFalse(store.containsUrl("https://news.example/ceasefire"));
        ingest(Fixtures.ceasefire());
        assertTrue(store.containsUrl("https://news.example/ceasefire"));
    }

    @Test
    void killMinus9MidIngestLeavesAConsistentStoreThatARerunCompletes() throws Exception {
        store.close();
        store = null;
        int n = 250;
        ChildJvm.runUntil(CrashIngestChild.class.getName(), List.of(currentUrl, tmp.resolve("index").toString(), Integer.toString(n)),
                "ingested 80", 180);
        store = MarsadStore.open(currentUrl, tmp.resolve("index"));
        StoreStats s = store.stats();
        assertTrue(s.articles() > 0 && s.articles() < n, "killed mid-way: " + s.articles());
        // consistent: every stored article is whole (3 events, each with its report) and searchable
        assertEquals(3 * s.articles(), s.events());
        assertConsistentClusters();
        assertEquals(s.articles(), store.search("تقرير", 10, 0).total(), "index reconciled with the database");
        // re-running the same ingest completes it with nothing duplicated
        for (int i = 0; i < n; i++) ingest(Fixtures.numbered(i, 3));
        reopen();
        s = store.stats();
        assertEquals(n, s.articles());
        assertEquals(3L * n, s.events());
        assertConsistentClusters();
        assertEquals(n, store.search("تقرير", 10, 0).total());
        assertEquals(3, store.events(EventQuery.all().articleId(store.events(EventQuery.all()).events().get(0).articleId())).total());
    }

    /** No empty cluster, and each event's report count is the evidence count of its cluster. */
    private void assertConsistentClusters() {
        List<StoredEvent> all = store.events(EventQuery.all().limit(EventQuery.MAX_LIMIT)).events();
        java.util.Map<Long, Long> sizes = new java.util.HashMap<>();
        for (StoredEvent e : all) sizes.merge(e.clusterId(), 1L, Long::sum);
        assertEquals(store.stats().clusters(), sizes.size(), "every cluster has events");
        for (StoredEvent e : all) assertEquals((long) sizes.get(e.clusterId()), e.reportCount());
        FilterAgreement.assertReportCountsCounted(store);
    }

    @Test
    void manyArticlesKeepCountsExact() {
        reopenWith(ClusterAssigner.SINGLETON);
        for (int i = 0; i < 60; i++) ingest(Fixtures.numbered(i, 3));
        for (int i = 0; i < 60; i++) ingest(Fixtures.numbered(i, 3)); // again: nothing changes
        reopen();
        StoreStats s = store.stats();
        assertEquals(60, s.articles());
        assertEquals(180, s.events());
        assertEquals(180, s.clusters());
        assertEquals(60, store.search("تقرير", 100, 0).total());
        DocumentRecord empty = Fixtures.record(Fixtures.numbered(5, 3).doc(), List.of(), List.of());
        assertEquals(IngestResult.Outcome.REPLACED, store.ingest(Fixtures.numbered(5, 3).doc(), empty).outcome());
        assertEquals(177, store.stats().events());
    }
}
