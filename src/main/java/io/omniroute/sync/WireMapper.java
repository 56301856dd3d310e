package io.omniroute.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.omniroute.cache.FeedChange;
import io.omniroute.cache.OutboxCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The one place wire DTOs become cache records and back; it also refuses feed rows the cache must not see. */
final class WireMapper {

    private WireMapper() {
    }

    /** A page's rows, checked whole before any is applied: seqs strictly increase after {@code after}. */
    static List<FeedChange> page(ChangePage page, long after) throws FeedFormatException {
        if (page == null || page.changes() == null || page.lastSeq() == null || page.hasMore() == null) {
            throw new FeedFormatException("the change feed page after seq " + after
                    + " lacks changes, last_seq or has_more");
        }
        List<FeedChange> changes = new ArrayList<>(page.changes().size());
        long previous = after;
        for (ChangeDto dto : page.changes()) {
            FeedChange change = change(dto);
            if (change.seq() <= previous) {
                throw new FeedFormatException("the change feed page after seq " + after + " has seq " + change.seq()
                        + " after seq " + previous + ": seqs must strictly increase");
            }
            previous = change.seq();
            changes.add(change);
        }
        if (page.lastSeq() < previous) {
            throw new FeedFormatException("the change feed page after seq " + after + " ends at last_seq "
                    + page.lastSeq() + ", before its own row " + previous);
        }
        return changes;
    }

    static FeedChange change(ChangeDto dto) throws FeedFormatException {
        if (dto == null || dto.seq() == null || dto.entity() == null || dto.id() == null || dto.version() == null) {
            throw new FeedFormatException("a change feed row lacks seq, entity, id or version: " + describe(dto));
        }
        boolean deleted = Boolean.TRUE.equals(dto.deleted());
        Optional<String> data = Optional.ofNullable(dto.data()).filter(node -> !node.isNull()).map(JsonNode::toString);
        if (!deleted && data.isEmpty()) {
            throw new FeedFormatException("change seq " + dto.seq() + " (" + dto.entity() + " " + dto.id()
                    + ") is neither deleted nor carries data");
        }
        return new FeedChange(dto.seq(), dto.entity(), dto.id(), dto.version(), deleted, data);
    }

    /** One Server-Sent Event's data: a change object. */
    static FeedChange change(String eventData) throws FeedFormatException {
        try {
            return change(SyncJson.MAPPER.readValue(eventData, ChangeDto.class));
        } catch (JsonProcessingException e) {
            throw new FeedFormatException("a change stream event is not a change object: " + e.getOriginalMessage(),
                    e);
        }
    }

    static CommandRequest request(OutboxCommand command) {
        return new CommandRequest(command.type(), command.target(), command.expectedVersion(),
                command.payloadJson(), command.reason());
    }

    /** Only the identity of a row: its data may hold customer names. */
    private static String describe(ChangeDto dto) {
        return dto == null ? "null" : "seq " + dto.seq() + ", entity " + dto.entity() + ", id " + dto.id();
    }
}
