package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The Lucene index of articles: one document per stored article, keyed by its store id, with the
 * exact, normalised and stemmed views of title and text ({@link ArabicAnalyzers}) and the stored text
 * for highlighting. Each commit records the article count and highest revision it covers, which is
 * how {@link MarsadStore} tells on open whether the index agrees with the database.
 */
final class ArticleIndex implements AutoCloseable {
    static final String ID = "id", REV = "rev", HASH = "hash", TITLE = "title", TEXT = "text";
    // the store id again as a doc value: the text filter of /api/events reads thousands of ids, and
    // a doc value is an array read where a stored field decompresses the block holding the body
    static final String ID_VALUE = "id_value";
    static final String DOC = "doc", OUTLET = "outlet", PUBLISHED = "published", URL = "url";
    private static final String[] SEARCH_FIELDS = {
        "title_exact", "title_norm", "title_stem", "text_exact", "text_norm", "text_stem"};
    // Exact matches rank above normalised above stemmed; the title above the body.
    private static final Map<String, Float> BOOSTS = Map.of("title_exact", 4f, "title_norm", 3f, "title_stem", 2.5f,
            "text_exact", 1.6f, "text_norm", 1.3f, "text_stem", 1f);
    private static final int FRAGMENT_CHARS = 180, FRAGMENTS = 3;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = ArabicAnalyzers.perField(TITLE, TEXT);

    /** One indexed article as the index knows it (for reconciliation). */
    record Entry(long revision, String hash) {}

    /** What the index is given for one article. */
    record Article(long id, long revision, String hash, String doc, String title, String text, LocalDate published,
                   String outlet, String url) {}

    ArticleIndex(Path dir) {
        try {
            Files.createDirectories(dir);
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(64);
            cfg.setCommitOnClose(false); // the store commits with its mark; an unmarked commit would only force a reconcile
            writer = new IndexWriter(FSDirectory.open(dir), cfg);
            searchers = new SearcherManager(writer, null);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new StoreException("the index " + dir + " is in use by another process (one writer at a time)");
        } catch (IOException e) {
            throw new StoreException("cannot open the index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The {@code count} and {@code maxRevision} of the last commit, 0 and 0 for a new index. */
    long[] committedMark() {
        Map<String, String> ud = new HashMap<>();
        for (Map.Entry<String, String> e : writer.getLiveCommitData() == null ? List.<Map.Entry<String, String>>of() : writer.getLiveCommitData()) ud.put(e.getKey(), e.getValue());
        return new long[] {Long.parseLong(ud.getOrDefault("count", "-1")), Long.parseLong(ud.getOrDefault("maxRevision", "-1"))};
    }

    /** Adds or replaces one article's document (visible to search after the next refresh). */
    void put(Article a) {
        try {
            writer.updateDocument(new Term(ID, Long.toString(a.id())), document(a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the document of an article the index cannot hold yet (a new store id): no delete by id to apply. */
    void add(Article a) {
        try {
            writer.addDocument(document(a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Article a) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(a.id()), Field.Store.YES));
        d.add(new org.apache.lucene.document.NumericDocValuesField(ID_VALUE, a.id()));
        d.add(new StoredField(REV, a.revision()));
        d.add(new StoredField(HASH, a.hash()));
        d.add(new StoredField(DOC, a.doc()));
        if (a.title() != null) {
            d.add(new StoredField(TITLE, a.title()));
            for (String v : ArabicAnalyzers.VIEWS) d.add(new TextField(TITLE + "_" + v, a.title(), Field.Store.NO));
        }
        d.add(new StoredField(TEXT, a.text()));
        for (String v : ArabicAnalyzers.VIEWS) d.add(new TextField(TEXT + "_" + v, a.text(), Field.Store.NO));
        if (a.outlet() != null) d.add(new StoredField(OUTLET, a.outlet()));
        if (a.published() != null) d.add(new StoredField(PUBLISHED, a.published().toString()));
        if (a.url() != null) d.add(new StoredField(URL, a.url()));
        return d;
    }

    void delete(long id) {
        try {
            writer.deleteDocuments(new Term(ID, Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits everything added so far, marking the commit with what it covers. */
    void commit(long count, long maxRevision) {
        try {
            writer.setLiveCommitData(Map.of("count", Long.toString(count), "maxRevision", Long.toString(maxRevision)).entrySet());
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every live document's id with its revision and hash (reads a fresh point-in-time reader). */
    Map<Long, Entry> entries() {
        Map<Long, Entry> out = new HashMap<>();
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : r.leaves()) {
                LeafReader lr = leaf.reader();
                Bits live = lr.getLiveDocs();
                StoredFields sf = lr.storedFields();
                for (int i = 0; i < lr.maxDoc(); i++) {
                    if (live != null && !live.get(i)) continue;
                    Document d = sf.document(i, java.util.Set.of(ID, REV, HASH));
                    out.put(Long.parseLong(d.get(ID)), new Entry(d.getField(REV).numericValue().longValue(), d.get(HASH)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Parses a user query (Lucene classic syntax; phrases in quotes) over all views of title and text. */
    Query parse(String q) {
        MultiFieldQueryParser p = new MultiFieldQueryParser(SEARCH_FIELDS, analyzer, BOOSTS);
        p.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return p.parse(q);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("bad search query: " + Database.firstLine(e));
        }
    }

    /** All article ids matching {@code q}, for filtering events by text (unscored, in index order). */
    long[] matchingIds(String q) {
        Query query = parse(q);
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                IdCollector ids = new IdCollector();
                s.search(query, ids);
                return java.util.Arrays.copyOf(ids.ids, ids.n);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects store ids from the doc value, else (documents indexed before it existed) the stored field. */
    private static final class IdCollector extends org.apache.lucene.search.SimpleCollector {
        long[] ids = new long[256];
        int n;
        private org.apache.lucene.index.NumericDocValues values;
        private StoredFields stored;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = context.reader().getNumericDocValues(ID_VALUE);
            stored = context.reader().storedFields();
        }

        @Override
        public void collect(int doc) throws IOException {
            long id = values != null && values.advanceExact(doc) ? values.longValue()
                    : Long.parseLong(stored.document(doc, java.util.Set.of(ID)).get(ID));
            if (n == ids.length) ids = java.util.Arrays.copyOf(ids, n * 2);
            ids[n++] = id;
        }

        @Override
        public org.apache.lucene.search.ScoreMode scoreMode() {
            return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** A page of hits for {@code q}, best first, with highlighted passages. */
    SearchResult search(String q, int limit, int offset) {
        Query query = parse(q);
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(query, offset + limit);
                List<SearchResult.Hit> hits = new ArrayList<>();
                StoredFields sf = s.storedFields();
                for (int i = offset; i < top.scoreDocs.length; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    Document d = sf.document(sd.doc);
                    String title = d.get(TITLE), text = d.get(TEXT);
                    String published = d.get(PUBLISHED);
                    hits.add(new SearchResult.Hit(Long.parseLong(d.get(ID)), d.get(DOC), title, d.get(OUTLET),
                            published == null ? null : LocalDate.parse(published), d.get(URL), sd.score,
                            title == null ? null : highlightWhole(query, TITLE, title),
                            fragments(query, TEXT, text)));
                }
                // totalHits is only a lower bound past 1000 hits; count() is exact
                long total = top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO
                        ? top.totalHits.value : s.count(query);
                return new SearchResult(total, hits);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Best passages of {@code text}: tried in the stemmed, then normalised, then exact view. */
    private List<String> fragments(Query query, String base, String text) throws IOException {
        for (String view : new String[] {"stem", "norm", "exact"}) {
            String[] f = highlight(query, base + "_" + view, text, new SimpleSpanFragmenter(null, FRAGMENT_CHARS));
            if (f.length > 0) return List.of(f);
        }
        // No term of the query occurs in the body (a title-only match): lead with the opening.
        String lead = text.length() <= FRAGMENT_CHARS ? text : text.substring(0, FRAGMENT_CHARS) + "…";
        return List.of(new SimpleHTMLEncoder().encodeText(lead));
    }

    private String highlightWhole(Query query, String base, String text) throws IOException {
        for (String view : new String[] {"stem", "norm", "exact"}) {
            String[] f = highlight(query, base + "_" + view, text, new org.apache.lucene.search.highlight.NullFragmenter());
            if (f.length > 0) return f[0];
        }
        return new SimpleHTMLEncoder().encodeText(text);
    }

    private String[] highlight(Query query, String field, String text, org.apache.lucene.search.highlight.Fragmenter fragmenter)
            throws IOException {
        QueryScorer scorer = new QueryScorer(query, field);
        Highlighter h = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        h.setMaxDocCharsToAnalyze(Math.max(text.length(), 1));
        h.setTextFragmenter(fragmenter instanceof SimpleSpanFragmenter ? new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS) : fragmenter);
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            return h.getBestFragments(ts, text, FRAGMENTS);
        } catch (InvalidTokenOffsetsException e) {
            return new String[0];
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
