package org.marsad.server;

/** A malformed request parameter: answered with HTTP 400 and {@code {"error": message}}. */
public final class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}
