package io.omniroute.server.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.omniroute.server.Json;
import io.omniroute.server.http.ApiException;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;

/**
 * A command as the client sent it: {@code {"type", "target", "expected_version", "payload", "reason"}}.
 *
 * @param payload a JSON object; an absent payload is an empty one
 * @param reason why, for the order's history; empty when none was given
 */
public record Command(CommandType type, String target, long expectedVersion, JsonNode payload, String reason) {

    private static final Set<String> FIELDS = Set.of("type", "target", "expected_version", "payload", "reason");

    public Command {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(reason, "reason");
    }

    /** Reads a request body; a 400 when it is not JSON, misses a field or names an unknown type. */
    public static Command parse(String body) {
        JsonNode root;
        try {
            root = Json.tree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("a command is a JSON object with type, target, expected_version,"
                    + " payload and reason");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest("unknown field '" + name + "': a command has only " + FIELDS);
            }
        }
        String typeName = text(root, "type");
        CommandType type = CommandType.named(typeName).orElseThrow(() -> ApiException.badRequest(
                "unknown command type '" + typeName + "': expected one of " + CommandType.names()));
        JsonNode version = root.get("expected_version");
        if (version == null || !version.canConvertToLong() || !version.isIntegralNumber() || version.asLong() < 0) {
            throw ApiException.badRequest("expected_version must be a whole number >= 0, the version the command"
                    + " was decided on");
        }
        JsonNode payload = root.get("payload");
        if (payload == null || payload.isNull()) {
            payload = JsonNodeFactory.instance.objectNode();
        } else if (!payload.isObject()) {
            throw ApiException.badRequest("payload must be a JSON object, was " + payload.getNodeType());
        }
        JsonNode reason = root.get("reason");
        if (reason != null && !reason.isNull() && !reason.isTextual()) {
            throw ApiException.badRequest("reason must be text");
        }
        return new Command(type, text(root, "target"), version.asLong(), payload,
                reason == null || reason.isNull() ? "" : reason.asText());
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ApiException.badRequest(field + " is required and must be non-blank text");
        }
        return value.asText();
    }
}
