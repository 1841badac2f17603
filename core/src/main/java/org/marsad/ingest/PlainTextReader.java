package org.marsad.ingest;

/**
 * A plain-text article: the first non-empty line is the title, the whole decoded file (title line
 * included) is the document text, so offsets are those of the file as given.
 */
final class PlainTextReader {
    private PlainTextReader() {}

    static RawArticle read(String text, String id, String where) {
        return new RawArticle(id, firstNonEmptyLine(text), text, null, null, null, where);
    }

    static String firstNonEmptyLine(String text) {
        int i = 0, n = text.length();
        while (i < n) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            String line = text.substring(i, end).strip();
            if (!line.isEmpty()) return line.length() > 500 ? line.substring(0, 500) : line;
            i = end + 1;
        }
        return null;
    }
}
