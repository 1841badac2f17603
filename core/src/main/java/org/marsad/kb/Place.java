package org.marsad.kb;

import java.util.List;

/**
 * A place (places/*.tsv, the GeoNames overlay, or a capital named only in countries.tsv).
 * {@code population} 0 when unknown; {@code lat}/{@code lon} NaN when unknown (capitals from countries.tsv).
 */
public record Place(String id, String nameEn, List<String> namesAr, String code, String admin1, String kind,
                    double lat, double lon, String geonames, long population, boolean overlay) {
    public Place {
        namesAr = List.copyOf(namesAr);
    }
}
