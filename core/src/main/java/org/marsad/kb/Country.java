package org.marsad.kb;

import java.util.List;

/** A state or territory (countries.tsv). {@code bbox} is minLat, minLon, maxLat, maxLon or null. */
public record Country(String id, String code, String iso2, String nameEn, List<String> namesAr, List<String> adjectivesAr,
                      String capitalEn, String capitalAr, double lat, double lon, double[] bbox) {
    public Country {
        namesAr = List.copyOf(namesAr);
        adjectivesAr = List.copyOf(adjectivesAr);
    }

    /** True when the point lies in the bounding box (with a small margin for two-decimal rounding). */
    public boolean contains(double la, double lo) {
        if (bbox == null) return true;
        double m = 0.15;   // two-decimal rounding, and boxes drawn tight at a border village (Ghajar)
        if (la < bbox[0] - m || la > bbox[2] + m) return false;
        if (bbox[1] <= bbox[3]) return lo >= bbox[1] - m && lo <= bbox[3] + m;
        return lo >= bbox[1] - m || lo <= bbox[3] + m;   // the box crosses the antimeridian (Russia, Fiji)
    }
}
