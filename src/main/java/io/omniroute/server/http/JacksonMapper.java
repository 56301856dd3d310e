package io.omniroute.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.json.JsonMapper;
import io.omniroute.server.Json;
import java.lang.reflect.Type;

/** Hands Javalin the server's one configured mapper, so every body is read and written the same way. */
final class JacksonMapper implements JsonMapper {

    @Override
    public String toJsonString(Object value, Type type) {
        return Json.write(value);
    }

    @Override
    public <T> T fromJsonString(String json, Type type) {
        try {
            return Json.mapper().readValue(json, Json.mapper().constructType(type));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
        }
    }
}
