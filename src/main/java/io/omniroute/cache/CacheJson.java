package io.omniroute.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The cache's one JSON reader: it only reads the feed's entity JSON, to copy fields out of it. */
final class CacheJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CacheJson() {
    }

    static JsonNode tree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    /** The JSON of an entity the cache already accepted, so a parse failure is a corrupt cache. */
    static JsonNode cached(String json, String what) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the cached " + what + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
