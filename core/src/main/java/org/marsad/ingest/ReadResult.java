package org.marsad.ingest;

import org.marsad.doc.Document;

/**
 * One result of reading: a document, or a one-line message naming where the problem is
 * ({@code file} or {@code file:line}). {@link Kind#SKIPPED} is a document that was read but left out on
 * purpose (not Arabic); {@link Kind#ERROR} is input that could not be read.
 *
 * @param kind     what this result is
 * @param document the document, only for {@link Kind#DOCUMENT}
 * @param where    the file (or {@code file:line}, {@code -} for standard input) it came from
 * @param message  the one-line reason, for errors and skips
 * @param cause    the underlying exception when there was one (for --verbose), else null
 */
public record ReadResult(Kind kind, Document document, String where, String message, Throwable cause) {
    public enum Kind { DOCUMENT, SKIPPED, ERROR }

    public static ReadResult ok(String where, Document d) { return new ReadResult(Kind.DOCUMENT, d, where, null, null); }

    public static ReadResult error(String where, String message) { return new ReadResult(Kind.ERROR, null, where, message, null); }

    public static ReadResult error(String where, String message, Throwable cause) {
        return new ReadResult(Kind.ERROR, null, where, message, cause);
    }

    public static ReadResult skipped(String where, String message) { return new ReadResult(Kind.SKIPPED, null, where, message, null); }

    public boolean isDocument() { return kind == Kind.DOCUMENT; }

    public boolean isError() { return kind == Kind.ERROR; }

    /** "where: message", the line printed on standard error. */
    public String describe() { return where + ": " + (kind == Kind.SKIPPED ? "skipped: " : "") + message; }
}
