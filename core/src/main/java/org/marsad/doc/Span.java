package org.marsad.doc;

/** A half-open character range {@code [start, end)} into a document's original text (Java String indices). */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    public int length() { return end - start; }

    public boolean contains(Span o) { return start <= o.start && o.end <= end; }

    public boolean overlaps(Span o) { return start < o.end && o.start < end; }

    public String of(String text) { return text.substring(start, end); }

    @Override
    public int compareTo(Span o) { return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end); }
}
