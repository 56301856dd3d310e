package io.omniroute.backend;

/** The backend cannot be opened as asked; the message says why and what to do instead. */
public final class BackendException extends RuntimeException {

    BackendException(String message) {
        super(message);
    }
}
