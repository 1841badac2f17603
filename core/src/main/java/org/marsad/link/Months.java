package org.marsad.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Month and year blocking keys covering a range of epoch days. */
final class Months {
    private Months() {}

    static List<String> between(long firstDay, long lastDay) {
        List<String> out = new ArrayList<>();
        LocalDate d = LocalDate.ofEpochDay(firstDay).withDayOfMonth(1), end = LocalDate.ofEpochDay(lastDay);
        while (!d.isAfter(end)) { out.add("m" + d.getYear() + '-' + d.getMonthValue()); d = d.plusMonths(1); }
        return out;
    }

    static List<String> years(long firstDay, long lastDay) {
        List<String> out = new ArrayList<>();
        for (int y = LocalDate.ofEpochDay(firstDay).getYear(); y <= LocalDate.ofEpochDay(lastDay).getYear(); y++) out.add("y" + y);
        return out;
    }
}
