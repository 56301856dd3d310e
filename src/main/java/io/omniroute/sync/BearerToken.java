package io.omniroute.sync;

import java.io.IOException;
import okhttp3.Authenticator;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Puts the session's token on every request, and on a 401 logs in again once and repeats the request (with the same
 * headers, so a command keeps its Idempotency-Key). A second 401 goes back to the caller.
 */
final class BearerToken implements Interceptor, Authenticator {

    private static final String PREFIX = "Bearer ";

    private final SessionToken session;

    BearerToken(SessionToken session) {
        this.session = session;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(withToken(chain.request(), session.current()));
    }

    @Override
    public Request authenticate(Route route, Response response) throws IOException {
        if (response.priorResponse() != null) {
            return null;
        }
        String header = response.request().header("Authorization");
        String rejected = header != null && header.startsWith(PREFIX) ? header.substring(PREFIX.length()) : "";
        try {
            return withToken(response.request(), session.renew(rejected));
        } catch (UnexpectedResponseException e) {
            return null;
        }
    }

    private static Request withToken(Request request, String token) {
        return request.newBuilder().header("Authorization", PREFIX + token).build();
    }
}
