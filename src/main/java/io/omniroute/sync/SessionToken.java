package io.omniroute.sync;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Response;

/**
 * The bearer token, logged in for lazily and renewed once when the server rejects it (expired after 12 hours, or the
 * server forgot its sessions). Shared by the feed and the sender, so it is renewed once for both.
 */
final class SessionToken {

    private static final Logger LOG = LoggerFactory.getLogger(SessionToken.class);

    private final SessionsApi sessions;
    private final String user;
    private final Password password;
    private final Consumer<SessionInfo> onLogin;
    private String token;

    SessionToken(SessionsApi sessions, String user, Password password, Consumer<SessionInfo> onLogin) {
        this.sessions = sessions;
        this.user = user;
        this.password = password;
        this.onLogin = onLogin;
    }

    synchronized String current() throws IOException {
        if (token == null) {
            token = login();
        }
        return token;
    }

    /** After a 401 for {@code rejected}: a new token, unless another call already fetched one. */
    synchronized String renew(String rejected) throws IOException {
        if (token != null && !token.equals(rejected)) {
            return token;
        }
        token = null;
        token = login();
        return token;
    }

    private String login() throws IOException {
        Response<LoginResponse> response = sessions.login(new LoginRequest(user, password.reveal())).execute();
        if (response.code() == 401) {
            throw new UnexpectedResponseException(401, "the server refused the login of user '" + user + "': "
                    + Responses.errorBody(response).map(ErrorBody::error).orElse("invalid user or password"),
                    Optional.empty());
        }
        LoginResponse login = response.body();
        if (!response.isSuccessful() || login == null || login.token() == null || login.token().isBlank()) {
            throw response.isSuccessful()
                    ? new UnexpectedResponseException(response.code(), "the login answer holds no token",
                            Optional.empty())
                    : Responses.failure(response, Instant.now());
        }
        LOG.info("logged in to the backend as {} ({})", user, login.role());
        onLogin.accept(new SessionInfo(user, login.role() == null ? "" : login.role(),
                Optional.ofNullable(login.nodeId())));
        return login.token();
    }
}
