package org.marsad.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.text.ArabicNormalizer;

/**
 * One text tokenised once (standard tokenizer + lower case) into flat arrays, replayed as the token
 * streams of the exact, normalised and stemmed views: the same tokens {@link ArabicAnalyzers} makes
 * for queries, at a third of the tokenising cost at index time.
 */
final class TokenViews {
    private char[] chars = new char[1024];
    private int[] from = new int[128], to = new int[128], startOff = new int[128], endOff = new int[128], posInc = new int[128];
    private int count, used;

    TokenViews(String text) {
        try (StandardTokenizer tok = new StandardTokenizer(); TokenStream ts = new LowerCaseFilter(tok)) {
            tok.setReader(new StringReader(text));
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute pi = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) add(term.buffer(), term.length(), off.startOffset(), off.endOffset(), pi.getPositionIncrement());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
    }

    private void add(char[] buf, int len, int s, int e, int inc) {
        if (count == from.length) {
            int n = count * 2;
            from = Arrays.copyOf(from, n); to = Arrays.copyOf(to, n); startOff = Arrays.copyOf(startOff, n);
            endOff = Arrays.copyOf(endOff, n); posInc = Arrays.copyOf(posInc, n);
        }
        if (used + len > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
        System.arraycopy(buf, 0, chars, used, len);
        from[count] = used;
        to[count] = used + len;
        startOff[count] = s;
        endOff[count] = e;
        posInc[count] = inc;
        used += len;
        count++;
    }

    /** The tokens of {@code view} ("exact", "norm" or "stem") as a fresh stream. */
    TokenStream stream(String view) {
        return new Replay(view.equals("exact") ? 0 : view.equals("norm") ? 1 : 2);
    }

    private final class Replay extends TokenStream {
        private final int level;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute off = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute pi = addAttribute(PositionIncrementAttribute.class);
        private final ArabicStemmer stemmer = new ArabicStemmer();
        private int i;

        Replay(int level) {
            this.level = level;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            while (i < count) {
                int k = i++;
                int len = to[k] - from[k];
                char[] b = term.resizeBuffer(len);
                int n;
                if (level == 0) {
                    System.arraycopy(chars, from[k], b, 0, len);
                    n = len;
                } else {
                    n = 0; // as ArabicAnalyzers.NormalizeFilter: fold, drop deleted characters and spaces
                    for (int j = from[k]; j < to[k]; j++) {
                        char f = ArabicNormalizer.fold(chars[j]);
                        if (f != 0 && f != ' ') b[n++] = f;
                    }
                    if (n == 0) continue;
                    if (level == 2) n = stemmer.stem(b, n);
                }
                term.setLength(n);
                off.setOffset(startOff[k], endOff[k]);
                pi.setPositionIncrement(posInc[k]);
                return true;
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            i = 0;
        }
    }
}
