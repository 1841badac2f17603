package org.marsad.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The input formats, chosen by extension, else by the first bytes of the content. */
enum Format {
    JSONL, TEXT, HTML, FEED;

    static Format choose(String ext, byte[] head, int n) {
        if (ext != null) {
            switch (ext) {
                case "jsonl": case "ndjson": return JSONL;
                case "txt": case "text": return TEXT;
                case "html": case "htm": case "xhtml": return HTML;
                case "rss": case "atom": return FEED;
                default:
            }
        }
        return sniff(head, n);
    }

    static Format sniff(byte[] head, int n) {
        String s = new String(head, 0, Math.min(n, 4096), StandardCharsets.UTF_8).stripLeading();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1).stripLeading();
        if (s.startsWith("{")) return JSONL;
        if (!s.startsWith("<")) return TEXT;
        String l = s.toLowerCase(Locale.ROOT);
        if (l.contains("<rss") || l.contains("<feed") || l.contains("<rdf:rdf")) return FEED;
        return HTML;
    }
}
