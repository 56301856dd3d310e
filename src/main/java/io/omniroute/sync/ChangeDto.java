package io.omniroute.sync;

import com.fasterxml.jackson.databind.JsonNode;

/** One change-feed row on the wire; boxed fields so a missing one is seen rather than read as 0. */
record ChangeDto(Long seq, String entity, String id, Long version, Boolean deleted, JsonNode data) {
}
