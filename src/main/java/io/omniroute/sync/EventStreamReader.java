package io.omniroute.sync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a {@code text/event-stream} body (the WHATWG Server-Sent Events format): {@code id:}, {@code event:} and
 * {@code data:} lines make up an event, a blank line dispatches it, and lines starting with a colon are comments
 * (the server's keep-alive).
 */
final class EventStreamReader {

    /** One dispatched event; {@code name} is "message" when the server named none. */
    record Event(String id, String name, String data) {
    }

    /** Takes each event as it is dispatched. */
    interface Handler {
        void event(Event event) throws FeedFormatException;
    }

    private EventStreamReader() {
    }

    /** Reads until the stream ends, fails or the flag stops it. */
    static void read(Reader body, StopFlag stop, Handler handler) throws IOException, FeedFormatException {
        BufferedReader lines = new BufferedReader(body);
        String id = null;
        String name = null;
        StringBuilder data = null;
        String line;
        while (stop.running() && (line = lines.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    handler.event(new Event(id, name == null ? "message" : name, data.toString()));
                }
                name = null;
                data = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            value = value.startsWith(" ") ? value.substring(1) : value;
            switch (field) {
                case "id" -> id = value;
                case "event" -> name = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> {
                    // "retry" and unknown fields: the reconnect policy is ours.
                }
            }
        }
    }
}
