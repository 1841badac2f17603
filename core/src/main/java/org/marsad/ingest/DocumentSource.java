package org.marsad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The public face of ingest: turns command-line inputs (files, directories, {@code -} for standard
 * input) into a stream of {@link ReadResult}s, one per document or per problem, in input order.
 * Directories are walked recursively in sorted path order, taking files with a known extension.
 * The format is chosen by extension ({@code .jsonl .ndjson .txt .html .htm .rss .atom .xml}) and,
 * for anything else, by sniffing the first bytes. JSONL is streamed line by line; the other formats
 * are one document (or one feed) per file and are read whole up to {@link ReadOptions#maxFileBytes()}.
 * Memory therefore stays bounded whatever the number and size of the inputs.
 *
 * <pre>{@code
 * try (DocumentSource src = DocumentSource.open(List.of("news/"), ReadOptions.defaults())) {
 *     while (src.hasNext()) { ReadResult r = src.next(); ... }
 * }
 * }</pre>
 */
public final class DocumentSource implements Iterator<ReadResult>, AutoCloseable {
    private static final Set<String> WALKED = Set.of("jsonl", "ndjson", "txt", "html", "htm", "xhtml", "rss", "atom", "xml");

    private final Deque<Object> pending = new ArrayDeque<>();   // String input, or Path file from a walk
    private final ReadOptions options;
    private final ArticleFactory factory;
    private Iterator<ReadResult> current = Collections.emptyIterator();
    private AutoCloseable currentResource;
    private final InputStream stdin;

    private DocumentSource(List<String> inputs, ReadOptions options, ArticleFactory factory, InputStream stdin) {
        pending.addAll(inputs);
        this.options = options;
        this.factory = factory;
        this.stdin = stdin;
    }

    public static DocumentSource open(List<String> inputs, ReadOptions options) {
        return new DocumentSource(inputs, options, ArticleFactory.standard(options), System.in);
    }

    /** As {@link #open} with {@code stdin} standing for {@code -} (tests, embedding). */
    public static DocumentSource open(List<String> inputs, ReadOptions options, InputStream stdin) {
        return new DocumentSource(inputs, options, ArticleFactory.standard(options), stdin);
    }

    /** Every result as a sequential stream; closing the stream closes the source. */
    public Stream<ReadResult> stream() {
        Iterable<ReadResult> it = () -> this;
        return java.util.stream.StreamSupport.stream(it.spliterator(), false).onClose(this::close);
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            closeCurrent();
            if (pending.isEmpty()) return false;
            current = openNext(pending.removeFirst());
        }
        return true;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
    }

    private Iterator<ReadResult> openNext(Object input) {
        if (input instanceof Path p) return openFile(p, p.toString());
        String s = (String) input;
        if (s.equals("-")) return openStream(stdin, "-", "stdin", null, false);
        Path p = Path.of(s);
        if (Files.isDirectory(p)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(f -> WALKED.contains(extension(f)))
                        .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                return one(ReadResult.error(s, "cannot list directory: " + e.getMessage(), e));
            }
            if (files.isEmpty()) return one(ReadResult.error(s, "directory holds no readable file (.jsonl .txt .html .rss .atom .xml)"));
            for (int i = files.size() - 1; i >= 0; i--) pending.addFirst(files.get(i));
            return Collections.emptyIterator();
        }
        return openFile(p, s);
    }

    private Iterator<ReadResult> openFile(Path p, String name) {
        if (!Files.exists(p)) return one(ReadResult.error(name, "no such file or directory"));
        if (!Files.isRegularFile(p)) return one(ReadResult.error(name, "not a regular file"));
        try {
            return openStream(Files.newInputStream(p), name, idOf(p), extension(p), true);
        } catch (NoSuchFileException e) {
            return one(ReadResult.error(name, "no such file or directory"));
        } catch (AccessDeniedException e) {
            return one(ReadResult.error(name, "permission denied"));
        } catch (IOException e) {
            return one(ReadResult.error(name, "cannot open: " + e.getMessage(), e));
        }
    }

    private Iterator<ReadResult> openStream(InputStream raw, String name, String id, String ext, boolean closeIt) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        try {
            byte[] head = new byte[8192];
            in.mark(head.length);
            int n = in.readNBytes(head, 0, head.length);
            in.reset();
            if (n == 0 || InputBytes.isBlank(head, n) && n < head.length) { closeQuietly(in, closeIt); return one(ReadResult.error(name, "empty file")); }
            if (InputBytes.looksBinary(head, n)) { closeQuietly(in, closeIt); return one(ReadResult.error(name, "binary file, not text: not read")); }
            Format f = Format.choose(ext, head, n);
            if (f == Format.JSONL) {
                JsonlReader r = new JsonlReader(closeIt ? in : nonClosing(in), name, id, factory, options.maxLineBytes());
                currentResource = r;
                return r;
            }
            byte[] all;
            try { all = InputBytes.readCapped(in, options.maxFileBytes()); } finally { closeQuietly(in, closeIt); }
            return switch (f) {
                case FEED -> {
                    List<ReadResult> out = new ArrayList<>();
                    for (RawArticle a : FeedReader.read(all, id, name)) out.add(factory.build(a, false));
                    if (out.isEmpty()) out.add(ReadResult.error(name, "feed has no items"));
                    yield out.iterator();
                }
                case HTML -> one(factory.build(HtmlReader.read(InputBytes.decode(all, 0, all.length, htmlCharset(head, n)), id, name), true));
                default -> {
                    String text = InputBytes.decodeUtf8(all);
                    if (text.isBlank()) yield one(ReadResult.error(name, "empty file"));
                    yield one(factory.build(PlainTextReader.read(text, id, name), true));
                }
            };
        } catch (InputBytes.Rejected e) {
            return one(ReadResult.error(name, e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(in, closeIt);
            return one(ReadResult.error(name, "cannot read: " + e.getMessage(), e));
        } catch (RuntimeException | StackOverflowError e) {
            closeQuietly(in, closeIt);
            return one(ReadResult.error(name, "cannot read: " + e, e));
        }
    }

    /** Old Arabic sites still serve windows-1256; honour a declared charset, default to strict UTF-8. */
    private static Charset htmlCharset(byte[] head, int n) {
        String h = new String(head, 0, Math.min(n, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int i = h.indexOf("charset=");
        if (i < 0) return StandardCharsets.UTF_8;
        int j = i + 8;
        while (j < h.length() && (h.charAt(j) == '"' || h.charAt(j) == '\'')) j++;
        int k = j;
        while (k < h.length() && (Character.isLetterOrDigit(h.charAt(k)) || h.charAt(k) == '-' || h.charAt(k) == '_')) k++;
        try { return Charset.forName(h.substring(j, k)); } catch (RuntimeException e) { return StandardCharsets.UTF_8; }
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) { @Override public void close() { } };
    }

    static String extension(Path p) {
        String f = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot < 0 ? "" : f.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Document id of a file: its name without extension. */
    static String idOf(Path p) {
        String f = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    private static Iterator<ReadResult> one(ReadResult r) { return List.of(r).iterator(); }

    private static void closeQuietly(InputStream in, boolean really) {
        if (!really) return;
        try { in.close(); } catch (IOException ignored) { /* read-only */ }
    }

    private void closeCurrent() {
        if (currentResource != null) {
            try { currentResource.close(); } catch (Exception ignored) { /* read-only */ }
            currentResource = null;
        }
    }

    @Override
    public void close() {
        closeCurrent();
        pending.clear();
        current = Collections.emptyIterator();
    }
}
