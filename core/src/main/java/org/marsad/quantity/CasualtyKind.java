package org.marsad.quantity;

public enum CasualtyKind { KILLED, INJURED, CAPTURED, MISSING }
