package io.omniroute.server.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Rows a write transaction appends that none of its statements needs back before the commit: feed rows, recorded
 * responses and order events. They are held here and written just before the commit, each table's rows with one
 * statement for the whole batch of requests (decision record 0008).
 *
 * <p>Why: the one writer spends its time waiting on round trips, three of them per request for these rows alone. A
 * request that fails rolls its rows back with its savepoint ({@link #mark}, {@link #rollbackTo}). What the
 * transaction itself reads of these rows, it reads through the repositories, which add the pending ones.
 */
final class PendingWrites {

    /** How many rows of each kind were pending when a request began. */
    record Mark(int changes, int responses, int events) {
    }

    /** A recorded response whose body is known only once the feed rows it lists have their seqs. */
    record Response(String key, String userName, String requestHash, int statusCode, Supplier<String> body,
            Instant createdAt) {
    }

    /** An event of one order. */
    record Event(String orderId, OrderEvent event) {
    }

    private final List<NewChange> changes = new ArrayList<>();
    private final List<LongConsumer> seqReceivers = new ArrayList<>();
    private final List<Response> responses = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    void change(NewChange change, LongConsumer seqReceiver) {
        changes.add(change);
        seqReceivers.add(seqReceiver);
    }

    void response(Response response) {
        responses.add(response);
    }

    void event(String orderId, OrderEvent event) {
        events.add(new Event(orderId, event));
    }

    boolean hasResponse(String key) {
        return responses.stream().anyMatch(response -> response.key().equals(key));
    }

    /** The pending events of the order, in the order they were appended. */
    List<OrderEvent> eventsOf(String orderId) {
        return events.stream().filter(event -> event.orderId().equals(orderId)).map(Event::event).toList();
    }

    Mark mark() {
        return new Mark(changes.size(), responses.size(), events.size());
    }

    /** Forgets what was added since the mark: the request that added it was rolled back. */
    void rollbackTo(Mark mark) {
        truncate(changes, mark.changes());
        truncate(seqReceivers, mark.changes());
        truncate(responses, mark.responses());
        truncate(events, mark.events());
    }

    /**
     * Writes everything pending: feed rows and events in one round trip, the rows' seqs handed to their receivers,
     * then the responses (whose bodies list those seqs). Nothing is pending afterwards.
     */
    void flush(RoundTrip trip, ChangeFeedRepository feed, IdempotencyRepository idempotency, OrderRepository orders)
            throws SQLException {
        Reply<List<Long>> appended = feed.append(trip, changes);
        orders.insertEvents(trip, events);
        trip.send();
        List<Long> seqs = appended.get();
        for (int i = 0; i < seqs.size(); i++) {
            seqReceivers.get(i).accept(seqs.get(i));
        }
        if (!responses.isEmpty()) {
            List<IdempotencyRow> rows = new ArrayList<>(responses.size());
            for (Response response : responses) {
                rows.add(new IdempotencyRow(response.key(), response.userName(), response.requestHash(),
                        response.statusCode(), response.body().get(), response.createdAt()));
            }
            idempotency.saveAll(rows);
        }
        rollbackTo(new Mark(0, 0, 0));
    }

    private static void truncate(List<?> list, int size) {
        list.subList(size, list.size()).clear();
    }
}
