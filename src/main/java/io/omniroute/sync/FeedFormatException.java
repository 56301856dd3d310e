package io.omniroute.sync;

/**
 * The feed sent something this client cannot read (not JSON, a row without a seq, sequence numbers going back).
 * Retrying would read the same bytes again, so the feed pauses and says why; nothing of the page is applied.
 */
final class FeedFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    FeedFormatException(String message) {
        super(message);
    }

    FeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
