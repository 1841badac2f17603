package org.marsad.quantity;

/** A count as the spec prints it: each bound an integer or null. */
public record Size(Integer low, Integer best, Integer high) {
    public static Size exactly(int n) { return new Size(null, n, null); }
}
