package io.omniroute.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.omniroute.server.auth.Authenticator;
import io.omniroute.server.commands.CommandService;
import io.omniroute.server.orders.OrderService;
import io.omniroute.server.store.Database;
import io.omniroute.server.store.StoreException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Javalin application: the routes of docs/sync-api.md, authentication, and errors as JSON. */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** Larger bodies get 413; no legitimate request comes near it. */
    static final long MAX_BODY_BYTES = 1L << 20;

    private final Javalin app;
    private final FeedStream stream;

    private ApiServer(Javalin app, FeedStream stream) {
        this.app = app;
        this.stream = stream;
    }

    public static ApiServer start(String bind, int port, Database database, Authenticator authenticator,
            OrderService orders, String version, Clock clock) {
        Idempotency idempotency = new Idempotency(database, clock);
        SessionRoutes sessions = new SessionRoutes(authenticator);
        FeedRoutes feed = new FeedRoutes(database);
        FeedStream stream = new FeedStream(database);
        OrderRoutes orderRoutes = new OrderRoutes(database, orders, idempotency, clock);
        CommandRoutes commandRoutes = new CommandRoutes(CommandService.load(database), idempotency, clock);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JacksonMapper());
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.startup.showJavalinBanner = false;
            config.routes.before("/api/v1/*", ctx -> {
                if (!isPublic(ctx)) {
                    Callers.authenticate(ctx, authenticator);
                }
            });
            config.routes.get("/api/v1/health", ctx -> ctx.json(health(database, version)));
            config.routes.post("/api/v1/sessions", sessions::login);
            config.routes.get("/api/v1/changes", feed::page);
            config.routes.sse("/api/v1/changes/stream", stream::open);
            config.routes.get("/api/v1/orders/{id}", orderRoutes::get);
            config.routes.post("/api/v1/orders", orderRoutes::create);
            config.routes.post("/api/v1/commands", commandRoutes::apply);
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(),
                    e.problems(), e.extra()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    e.getMessage(), List.of(), Map.of()));
            config.routes.exception(StoreException.class, (e, ctx) -> {
                LOG.error("storage failure on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 503, "the database is unavailable; retry with the same Idempotency-Key", List.of(),
                        Map.of());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error", List.of(), Map.of());
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path(), List.of(), Map.of());
                }
            });
        }).start(bind, port);
        LOG.info("Omniroute API listening on http://{}:{}/api/v1 ({})", bind, app.port(), database.productName());
        return new ApiServer(app, stream);
    }

    private static boolean isPublic(Context ctx) {
        String path = ctx.path();
        return path.equals("/api/v1/health") || path.equals("/api/v1/sessions");
    }

    private static Map<String, Object> health(Database database, String version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("version", version);
        body.put("database", database.productName());
        body.put("last_seq", database.readStatement(tx -> tx.feed().lastSeq()));
        return body;
    }

    private static void error(Context ctx, int status, String message, List<ApiException.Problem> problems,
            Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("error", message);
        if (!problems.isEmpty()) {
            body.put("problems", problems);
        }
        ctx.status(status).json(body);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        stream.close();
        app.stop();
    }
}
