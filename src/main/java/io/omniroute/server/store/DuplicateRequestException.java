package io.omniroute.server.store;

/**
 * Another request with the same Idempotency-Key committed first. The transaction is rolled back; the caller should
 * read the stored response of that request and return it (or a 422 when the bodies differ).
 */
public final class DuplicateRequestException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String key;

    DuplicateRequestException(String key) {
        super("Idempotency-Key " + key + " is already recorded by a concurrent request: read its stored response");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
