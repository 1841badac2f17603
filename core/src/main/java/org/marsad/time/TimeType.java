package org.marsad.time;

/** TimeML TIMEX3 types. Only DATE and TIME ever date an event. */
public enum TimeType { DATE, TIME, DURATION, SET }
