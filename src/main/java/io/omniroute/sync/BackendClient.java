package io.omniroute.sync;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The backend API over OkHttp: one client whose retries are off (the outbox owns retries, and OkHttp would silently
 * repeat a request on a stale pooled connection), and a variant with a longer read timeout for the change stream.
 */
final class BackendClient {

    final SessionsApi sessions;
    final HealthApi health;
    final ChangesApi changes;
    final ChangesApi stream;
    final CommandsApi commands;
    final OrdersApi orders;

    private BackendClient(SessionsApi sessions, HealthApi health, ChangesApi changes, ChangesApi stream,
            CommandsApi commands, OrdersApi orders) {
        this.sessions = sessions;
        this.health = health;
        this.changes = changes;
        this.stream = stream;
        this.commands = commands;
        this.orders = orders;
    }

    static BackendClient create(SyncSettings settings) {
        return create(settings, session -> { });
    }

    static BackendClient create(SyncSettings settings, Consumer<SessionInfo> onLogin) {
        OkHttpClient plain = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        Retrofit anonymous = retrofit(settings, plain);
        SessionsApi sessions = anonymous.create(SessionsApi.class);
        BearerToken bearer = new BearerToken(new SessionToken(sessions, settings.user(), settings.password(), onLogin));
        OkHttpClient authorized = plain.newBuilder().addInterceptor(bearer).authenticator(bearer).build();
        OkHttpClient streaming = authorized.newBuilder()
                .readTimeout(settings.streamReadTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        Retrofit api = retrofit(settings, authorized);
        return new BackendClient(sessions, anonymous.create(HealthApi.class), api.create(ChangesApi.class),
                retrofit(settings, streaming).create(ChangesApi.class), api.create(CommandsApi.class),
                api.create(OrdersApi.class));
    }

    private static Retrofit retrofit(SyncSettings settings, OkHttpClient client) {
        return new Retrofit.Builder()
                .baseUrl(settings.apiBase())
                .client(client)
                .addConverterFactory(JacksonConverterFactory.create(SyncJson.MAPPER))
                .build();
    }
}
