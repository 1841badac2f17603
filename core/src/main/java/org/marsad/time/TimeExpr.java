package org.marsad.time;

/**
 * One temporal expression resolved against the publication date. A list ("يومي 12 و19 أيار")
 * yields one TimeExpr per date, sharing the span.
 *
 * @param start       character start in the original text
 * @param end         character end (exclusive)
 * @param text        the expression as written
 * @param type        DATE, TIME, DURATION or SET
 * @param value       YYYY-MM-DD, YYYY-MM, YYYY, an ISO duration (P3W), or PAST_REF/PRESENT_REF/FUTURE_REF;
 *                    for TIME the date part first (YYYY-MM-DDTHH or YYYY-MM-DDTMO for a part of day)
 * @param futureValue the value when the clause speaks of the future (a bare weekday or day-month
 *                    then resolves forward, spec §2); equal to {@code value} when it does not matter
 * @param endValue    last date of a range ("من 10 إلى 12"), else null
 */
public record TimeExpr(int start, int end, String text, TimeType type, String value, String futureValue,
                       String endValue) {
    /** True when this expression can date an event (a DATE or TIME with a calendar value). */
    public boolean isCalendar() {
        return (type == TimeType.DATE || type == TimeType.TIME) && value != null && !value.endsWith("_REF");
    }
}
