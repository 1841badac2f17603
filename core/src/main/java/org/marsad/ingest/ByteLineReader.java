package org.marsad.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an input stream line by line as raw bytes, with a cap on the line length: a longer line is
 * consumed to its end without being stored and reported as {@link #overflow()}, so a 100 MB
 * single-line file costs no more memory than the cap. Decoding is left to the caller, so invalid
 * UTF-8 can be reported per line. {@code \n} ends a line; a trailing {@code \r} is dropped.
 */
final class ByteLineReader implements Closeable {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos, lim;
    private byte[] line = new byte[4096];
    private int lineLen;
    private boolean overflow, eof;
    private long lineNo;

    ByteLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Advances to the next line; false at the end of the input. */
    boolean next() throws IOException {
        if (eof) return false;
        lineLen = 0;
        overflow = false;
        boolean any = false;
        while (true) {
            if (pos == lim) {
                lim = in.read(buf, 0, buf.length);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    eof = true;
                    if (!any) return false;
                    break;
                }
            }
            any = true;
            int nl = -1;
            for (int i = pos; i < lim; i++) if (buf[i] == '\n') { nl = i; break; }
            int stop = nl < 0 ? lim : nl;
            append(buf, pos, stop - pos);
            pos = nl < 0 ? lim : nl + 1;
            if (nl >= 0) break;
        }
        lineNo++;
        if (!overflow && lineLen > 0 && line[lineLen - 1] == '\r') lineLen--;
        return true;
    }

    private void append(byte[] src, int from, int n) {
        if (overflow || n == 0) return;
        if (lineLen + n > maxLineBytes) { overflow = true; lineLen = 0; return; }
        if (lineLen + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, lineLen + n));
        System.arraycopy(src, from, line, lineLen, n);
        lineLen += n;
    }

    /** Bytes of the current line (valid up to {@link #length()}); reused by the next call. */
    byte[] bytes() { return line; }

    int length() { return lineLen; }

    /** True when the current line was longer than the cap (its bytes were dropped). */
    boolean overflow() { return overflow; }

    /** 1-based number of the current line. */
    long lineNumber() { return lineNo; }

    @Override
    public void close() throws IOException { in.close(); }
}
