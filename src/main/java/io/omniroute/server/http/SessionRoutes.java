package io.omniroute.server.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import io.omniroute.server.auth.Authenticator;
import io.omniroute.server.auth.LoginResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code POST /api/v1/sessions}: a password for a token. */
final class SessionRoutes {

    /** The login body. */
    record Credentials(@JsonProperty("user") String user, @JsonProperty("password") String password) {
    }

    private final Authenticator authenticator;

    SessionRoutes(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    void login(Context ctx) {
        Credentials credentials = ctx.bodyAsClass(Credentials.class);
        if (credentials == null || credentials.user() == null || credentials.password() == null) {
            throw ApiException.badRequest("the body must be {\"user\": \"…\", \"password\": \"…\"}");
        }
        Optional<LoginResult> result = authenticator.login(credentials.user(), credentials.password().toCharArray());
        LoginResult login = result.orElseThrow(() -> ApiException.unauthorized("invalid user or password"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", login.token());
        body.put("role", login.session().role().name());
        body.put("node_id", login.session().nodeId().orElse(null));
        body.put("expires_at", login.session().expiresAt().toString());
        ctx.json(body);
    }
}
