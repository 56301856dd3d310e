package io.omniroute.server;

import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.scenario.ScenarioReader;
import io.omniroute.server.auth.Authenticator;
import io.omniroute.server.auth.UserFile;
import io.omniroute.server.commands.CommandService;
import io.omniroute.server.demo.DemoDriver;
import io.omniroute.server.http.ApiServer;
import io.omniroute.server.orders.EngineSnapshot;
import io.omniroute.server.orders.OrderService;
import io.omniroute.server.store.Database;
import io.omniroute.server.store.ScenarioImporter;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference backend, assembled: database, optional scenario import, users, the engine, the HTTP API and, in
 * demo mode, the driver that plays the rest of the network.
 */
public final class OmnirouteServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OmnirouteServer.class);

    private final Database database;
    private final ApiServer api;
    private final Optional<DemoDriver> demo;
    private final Housekeeping housekeeping;

    private OmnirouteServer(Database database, ApiServer api, Optional<DemoDriver> demo, Housekeeping housekeeping) {
        this.database = database;
        this.api = api;
        this.demo = demo;
        this.housekeeping = housekeeping;
    }

    /**
     * Starts serving, and with demo settings starts the demo once the API is up; throws InvalidInputException for a
     * bad scenario or users file, with nothing left running.
     */
    public static OmnirouteServer start(ServerSettings settings, Clock clock) throws IOException {
        UserFile users = UserFile.read(settings.usersFile());
        if (users.users().isEmpty()) {
            LOG.warn("no users in {}: add one with 'omniroute user add'", settings.usersFile());
        }
        Database database = Database.open(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
        try {
            boolean empty = database.inTransaction(tx -> tx.network().isEmpty());
            boolean importing = empty && settings.scenario().isPresent();
            Optional<Scenario> scenario = importing || settings.demo().isPresent()
                    ? Optional.of(ScenarioReader.read(settings.scenario().orElseThrow())) : Optional.empty();
            if (importing) {
                LOG.info("importing {} into the empty database", settings.scenario().get());
                ScenarioImporter.importScenario(database, scenario.orElseThrow());
            } else if (ScenarioImporter.feedCarriersIfMissing(database)) {
                LOG.info("fed the carriers' rate card, which this database's feed did not carry yet");
            }
            Scenario network = database.inTransaction(tx -> tx.network().loadNetwork());
            OrderService orders = new OrderService(EngineSnapshot.of(network));
            Authenticator authenticator = Authenticator.of(users, new DatabaseSessions(database), clock);
            ApiServer api = ApiServer.start(settings.bind(), settings.port(), database, authenticator, orders,
                    version(), clock);
            try {
                Optional<DemoDriver> demo = settings.demo().map(demoSettings -> DemoDriver.start(database, orders,
                        CommandService.over(network), scenario.orElseThrow().orders(), demoSettings, clock));
                return new OmnirouteServer(database, api, demo, Housekeeping.start(database, clock));
            } catch (RuntimeException e) {
                api.close();
                throw e;
            }
        } catch (RuntimeException | IOException e) {
            database.close();
            throw e;
        }
    }

    private static String version() {
        String version = OmnirouteServer.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    public int port() {
        return api.port();
    }

    @Override
    public void close() {
        demo.ifPresent(DemoDriver::close);
        housekeeping.close();
        api.close();
        database.close();
    }
}
