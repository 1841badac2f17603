package org.marsad.store;

/** A store failure with a one-line message fit for a user (the cause, when any, is attached). */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
