package io.omniroute.server.http;

import io.javalin.http.Context;
import io.omniroute.server.auth.Authenticator;
import io.omniroute.server.auth.Session;

/** Who is calling: the bearer token checked once per request, the session kept on the request. */
final class Callers {

    private static final String ATTRIBUTE = "omniroute.session";
    private static final String BEARER = "Bearer ";

    private Callers() {
    }

    static void authenticate(Context ctx, Authenticator authenticator) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(BEARER)) {
            throw ApiException.unauthorized("an Authorization: Bearer <token> header is required");
        }
        Session session = authenticator.authenticate(header.substring(BEARER.length()).trim())
                .orElseThrow(() -> ApiException.unauthorized("the token is unknown or has expired; log in again"));
        ctx.attribute(ATTRIBUTE, session);
    }

    static Session of(Context ctx) {
        Session session = ctx.attribute(ATTRIBUTE);
        if (session == null) {
            throw ApiException.unauthorized("not authenticated");
        }
        return session;
    }
}
