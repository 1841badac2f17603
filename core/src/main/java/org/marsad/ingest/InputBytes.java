package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Byte-level helpers shared by the readers: capped whole-file reads, binary sniffing, strict decoding. */
final class InputBytes {
    private InputBytes() {}

    /** Thrown for input that is rejected as a whole; its message is the one-line reason. */
    static final class Rejected extends Exception {
        Rejected(String message) { super(message, null, false, false); }
    }

    /** Reads the whole stream, refusing more than {@code max} bytes without reading the rest into memory. */
    static byte[] readCapped(InputStream in, int max) throws IOException, Rejected {
        byte[] b = new byte[8192];
        int n = 0;
        while (true) {
            if (n == b.length) {
                if (n > max) throw new Rejected("larger than " + human(max) + ": not read");
                b = Arrays.copyOf(b, Math.min(Math.max(b.length * 2, 8192), max + 1));
            }
            int r = in.read(b, n, b.length - n);
            if (r < 0) break;
            n += r;
            if (n > max) throw new Rejected("larger than " + human(max) + ": not read");
        }
        return Arrays.copyOf(b, n);
    }

    /** True when the prefix looks like binary data: a NUL byte, or many control bytes. */
    static boolean looksBinary(byte[] b, int n) {
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) control++;
        }
        return n > 0 && control * 10 > n;
    }

    /** Strict decoding: malformed input is an error naming the byte offset, never replaced silently. */
    static String decode(byte[] b, int off, int len, Charset cs) throws Rejected {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        try {
            String s = d.decode(in).toString();
            return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
        } catch (MalformedInputException e) {
            throw new Rejected("invalid " + cs.name() + " at byte " + (in.position() - off));
        } catch (CharacterCodingException e) {
            throw new Rejected("invalid " + cs.name());
        }
    }

    static String decodeUtf8(byte[] b) throws Rejected { return decode(b, 0, b.length, StandardCharsets.UTF_8); }

    static boolean isBlank(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
        }
        return true;
    }

    static String human(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : bytes >= 1024 ? (bytes >> 10) + " KiB" : bytes + " bytes";
    }
}
