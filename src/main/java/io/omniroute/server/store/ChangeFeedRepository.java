package io.omniroute.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The change feed clients pull with {@code GET /changes?after=SEQ}.
 *
 * <p>Why appends take a lock: a client stores the highest seq it has read and next asks for rows after it. With a
 * bare identity column, transaction A can draw seq 10, transaction B seq 11, B commit, a client read 11, and only
 * then A commit: the client would never see 10. So every append first locks the single row of {@code feed_lock}
 * (SELECT ... FOR UPDATE), held until its transaction ends. Seqs are then drawn and committed one transaction at a
 * time, in order. The price is that feed-writing transactions serialize from their first append to their commit:
 * append feed rows last, just before committing. H2's single writer needs no lock: it commits one batch at a time.
 */
public final class ChangeFeedRepository {

    private static final String COLUMNS = "seq, entity, entity_id, version, deleted, scope, data, committed_at";
    private static final String INSERT = "INSERT INTO changes (entity, entity_id, version, deleted, scope, data)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    /** Rows per multi-row insert: six parameters each, well under both drivers' limits. */
    private static final int ROWS_PER_INSERT = 1_000;

    private final Connection connection;
    private final boolean serial;
    private final PendingWrites pending;

    ChangeFeedRepository(Connection connection, boolean serial, PendingWrites pending) {
        this.connection = connection;
        this.serial = serial;
        this.pending = pending;
    }

    /**
     * Appends the row just before the transaction commits, with the rows of every request of its batch in one
     * statement ({@link PendingWrites}); its seq goes to the receiver then.
     */
    public void appendAtCommit(NewChange change, LongConsumer seqReceiver) {
        pending.change(change, seqReceiver);
    }

    /** Appends one row and returns its seq. */
    public long append(String entity, String id, long version, boolean deleted, String scope, String dataJson)
            throws SQLException {
        return append(List.of(new NewChange(entity, id, version, deleted, scope, Optional.ofNullable(dataJson))))
                .get(0);
    }

    /**
     * Appends the rows in list order, a thousand per statement after the feed lock, and returns their seqs in the
     * same order.
     */
    public List<Long> append(List<NewChange> changes) throws SQLException {
        return RoundTrip.alone(connection, trip -> append(trip, changes));
    }

    /** {@link #append(List)}, sent with the trip's other statements: the feed lock first, then the rows. */
    public Reply<List<Long>> append(RoundTrip trip, List<NewChange> changes) {
        if (changes.isEmpty()) {
            return Reply.of(List.of());
        }
        lockFeed(trip);
        List<Reply<List<Long>>> chunks = new ArrayList<>();
        for (int from = 0; from < changes.size(); from += ROWS_PER_INSERT) {
            chunks.add(appendChunk(trip, List.copyOf(changes.subList(from,
                    Math.min(changes.size(), from + ROWS_PER_INSERT)))));
        }
        int appended = changes.size();
        return Reply.all(chunks).map(lists -> {
            List<Long> seqs = lists.stream().flatMap(List::stream).toList();
            if (seqs.size() != appended) {
                throw new StoreException("the database returned " + seqs.size() + " seqs for " + appended
                        + " new changes");
            }
            return seqs;
        });
    }

    private static Reply<List<Long>> appendChunk(RoundTrip trip, List<NewChange> changes) {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 1; i < changes.size(); i++) {
            sql.append(", (?, ?, ?, ?, ?, ?)");
        }
        return trip.returning(sql.toString(), new String[] {"seq"}, params -> {
            for (NewChange change : changes) {
                params.string(change.entity()).string(change.entityId()).bigint(change.version())
                        .bool(change.deleted()).string(change.scope()).optionalString(change.data());
            }
        }, rows -> {
            List<Long> seqs = new ArrayList<>(changes.size());
            while (rows.next()) {
                seqs.add(rows.getLong(1));
            }
            return seqs;
        });
    }

    /**
     * Whether the feed holds any change of that entity among the rows everyone sees (the scope index keeps this
     * from reading the millions of inventory rows).
     */
    public boolean hasShared(String entity) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM changes WHERE scope = ? AND entity = ? FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, Scope.ALL);
            select.setString(2, entity);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Appends many rows in batches, in list order (bulk loads: no seqs are returned). */
    public void appendAll(List<NewChange> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        lockFeed();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int pending = 0;
            for (NewChange change : changes) {
                bind(insert, change);
                insert.addBatch();
                if (++pending == Sql.BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /**
     * Up to limit rows with seq above {@code after}, in seq order. For a store manager (a store node id) only rows
     * of scope {@link Scope#ALL} or that node; without one, every row.
     */
    public List<ChangeRow> page(long after, int limit, Optional<String> storeNodeId) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit is " + limit + ": must be at least 1");
        }
        String sql = storeNodeId.isEmpty()
                ? "SELECT " + COLUMNS + " FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"
                // two ordered range scans of the (scope, seq) index, merged, instead of filtering the whole feed
                : "SELECT " + COLUMNS + " FROM ("
                        + "(SELECT " + COLUMNS + " FROM changes WHERE scope = ? AND seq > ? ORDER BY seq LIMIT ?)"
                        + " UNION ALL"
                        + " (SELECT " + COLUMNS + " FROM changes WHERE scope = ? AND seq > ? ORDER BY seq LIMIT ?)"
                        + ") visible ORDER BY seq LIMIT ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (storeNodeId.isEmpty()) {
                select.setLong(1, after);
                select.setInt(2, limit);
            } else {
                select.setString(1, Scope.ALL);
                select.setLong(2, after);
                select.setInt(3, limit);
                select.setString(4, storeNodeId.get());
                select.setLong(5, after);
                select.setInt(6, limit);
                select.setInt(7, limit);
            }
            return rows(select);
        }
    }

    /** The highest committed seq; 0 for an empty feed. */
    public long lastSeq() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT MAX(seq) FROM changes");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void lockFeed() throws SQLException {
        RoundTrip.alone(connection, this::lockFeed);
    }

    private Reply<Void> lockFeed(RoundTrip trip) {
        if (serial) {
            return Reply.of(null); // the single writer already commits feed rows one transaction at a time, in order
        }
        return trip.query("SELECT id FROM feed_lock WHERE id = 1 FOR UPDATE", params -> { }, rows -> {
            if (!rows.next()) {
                throw new SQLException("the feed_lock row is missing: the schema migration did not complete");
            }
            return null;
        });
    }

    private static void bind(PreparedStatement insert, NewChange change) throws SQLException {
        insert.setString(1, change.entity());
        insert.setString(2, change.entityId());
        insert.setLong(3, change.version());
        insert.setBoolean(4, change.deleted());
        insert.setString(5, change.scope());
        Sql.setOptionalString(insert, 6, change.data());
    }

    private static List<ChangeRow> rows(PreparedStatement select) throws SQLException {
        List<ChangeRow> changes = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                changes.add(new ChangeRow(rows.getLong("seq"), rows.getString("entity"), rows.getString("entity_id"),
                        rows.getLong("version"), rows.getBoolean("deleted"), rows.getString("scope"),
                        Sql.optionalString(rows, "data"), Sql.instant(rows, "committed_at")));
            }
        }
        return changes;
    }
}
