package org.marsad.kb;

import java.util.List;

/** A place (places/*.tsv or the GeoNames overlay). {@code population} 0 when unknown. */
public record Place(String id, String nameEn, List<String> namesAr, String code, String admin1, String kind,
                    double lat, double lon, String geonames, long population, boolean overlay) {
    public Place {
        namesAr = List.copyOf(namesAr);
    }
}
