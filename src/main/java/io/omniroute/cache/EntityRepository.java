package io.omniroute.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The cached entities: what the change feed last said about each, and how many queued commands hold it pending.
 * Writes are version-guarded, so applying the same change twice, or an older one after a newer, changes nothing.
 */
public final class EntityRepository {

    /** Rows per executeBatch. */
    private static final int BATCH = 2_000;
    /** Ids per IN list when reading cached versions. */
    private static final int IN_LIST = 500;

    private final Connection connection;

    EntityRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * Inserts or replaces each entity unless the cached one has a higher version. Each change must carry data; the
     * changes must have distinct ids. The cached versions are read first, in IN lists, and only the changes that win
     * are written with H2's keyed MERGE, which measured faster than a MERGE whose guard runs per row in SQL
     * (docs/cache.md). The version guard therefore assumes one writer of feed changes at a time (the sync client); commands only move the
     * pending mark, which the MERGE leaves alone.
     */
    public void upsertAll(EntityTable entity, Collection<FeedChange> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Long> cached = versions(entity, changes);
        try (PreparedStatement merge = connection.prepareStatement(mergeSql(entity))) {
            int batched = 0;
            for (FeedChange change : changes) {
                Long version = cached.get(change.id());
                if (version != null && version > change.version()) {
                    continue;
                }
                bindUpsert(merge, entity, change);
                merge.addBatch();
                if (++batched == BATCH) {
                    merge.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                merge.executeBatch();
            }
        }
    }

    /** The cached versions of those changes' entities, by id; an entity that is not cached is absent. */
    private Map<String, Long> versions(EntityTable entity, Collection<FeedChange> changes) throws SQLException {
        List<String> ids = changes.stream().map(FeedChange::id).toList();
        Map<String, Long> versions = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            try (PreparedStatement select = connection.prepareStatement("SELECT id, version FROM " + entity.table()
                    + " WHERE id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        versions.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        return versions;
    }

    /** Removes each entity unless the cached one has a higher version than its deletion. */
    public void deleteAll(EntityTable entity, Collection<FeedChange> deletions) throws SQLException {
        if (deletions.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + entity.table() + " WHERE id = ? AND version <= ?")) {
            int batched = 0;
            for (FeedChange change : deletions) {
                delete.setString(1, change.id());
                delete.setLong(2, change.version());
                delete.addBatch();
                if (++batched == BATCH) {
                    delete.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                delete.executeBatch();
            }
        }
    }

    /** The entity's JSON as the feed last sent it. */
    public Optional<String> json(EntityTable entity, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT data FROM " + entity.table() + " WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** The cached version of the entity; empty when it is not cached. */
    public OptionalLong version(EntityTable entity, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version FROM " + entity.table() + " WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** How many queued commands hold the entity pending; 0 when it is not cached. */
    public int pending(EntityTable entity, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT pending FROM " + entity.table() + " WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    /**
     * Adds delta to the entity's pending count, never below 0. An entity that is not cached has no mark to move
     * (the outbox row is still the record of the command).
     */
    public void addPending(EntityTable entity, String id, int delta) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + entity.table() + " SET pending = GREATEST(0, pending + ?) WHERE id = ?")) {
            update.setInt(1, delta);
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    public long count(EntityTable entity) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + entity.table());
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** H2's keyed MERGE; {@code pending} is left out, so an update keeps the mark and an insert starts at 0. */
    private static String mergeSql(EntityTable entity) {
        List<String> names = new ArrayList<>(List.of("id", "version", "data"));
        entity.columns().forEach(column -> names.add(column.name()));
        return "MERGE INTO " + entity.table() + " (" + String.join(", ", names) + ") KEY (id) VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
    }

    private static void bindUpsert(PreparedStatement merge, EntityTable entity, FeedChange change)
            throws SQLException {
        String data = change.data().orElseThrow(() -> new IllegalArgumentException("change " + change.seq() + " of "
                + entity.feedName() + " " + change.id() + " is not a deletion but carries no data"));
        merge.setString(1, change.id());
        merge.setLong(2, change.version());
        merge.setString(3, data);
        if (entity.columns().isEmpty()) {
            return;
        }
        JsonNode tree = parse(entity, change, data);
        int index = 4;
        for (Column column : entity.columns()) {
            column.bind(merge, index++, tree, entity.feedName() + " " + change.id());
        }
    }

    private static JsonNode parse(EntityTable entity, FeedChange change, String data) {
        try {
            JsonNode tree = CacheJson.tree(data);
            if (!tree.isObject()) {
                throw new IllegalArgumentException("change " + change.seq() + " of " + entity.feedName() + " "
                        + change.id() + " has data " + abbreviate(data) + ": expected a JSON object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("change " + change.seq() + " of " + entity.feedName() + " "
                    + change.id() + " has data that is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
