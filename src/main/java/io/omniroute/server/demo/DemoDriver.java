package io.omniroute.server.demo;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Order;
import io.omniroute.server.commands.CommandService;
import io.omniroute.server.demo.FollowUps.FollowUp;
import io.omniroute.server.http.ApiException;
import io.omniroute.server.orders.OrderService;
import io.omniroute.server.store.Database;
import io.omniroute.server.store.OrderRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the demo on one background thread. Each tick places the orders the rate allows, takes the played stores' and
 * nodes' steps that are due, and now and then logs a summary. A step that fails is logged and dropped: the demo
 * and the API carry on.
 */
public final class DemoDriver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDriver.class);
    static final Duration TICK = Duration.ofMillis(100);
    static final Duration SUMMARY_EVERY = Duration.ofSeconds(10);
    /** Someone acted on the order first: look again shortly, at whatever state they left it in. */
    static final Duration RETRY_AFTER_CONFLICT = Duration.ofSeconds(1);
    /** Keeps a tick short, so that a backlog of steps does not stall the stream of orders. */
    static final int MAX_STEPS_PER_TICK = 200;
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final ScheduledExecutorService thread;
    private final Clock clock;
    private final DemoSettings settings;
    private final Random random;
    private final CustomerPlayer customers;
    private final StorePlayer stores;
    private final NodePlayer nodes;
    private final FollowUps followUps = new FollowUps();
    private final DemoStats stats = new DemoStats();
    private double orderCredit;
    private Instant lastTick;
    private Instant lastSummary;

    private DemoDriver(Database database, OrderService orders, CommandService commands, List<Order> scenarioOrders,
            DemoSettings settings, Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.random = new Random(settings.seed());
        DemoCommands demoCommands = new DemoCommands(database, commands, clock);
        this.customers = CustomerPlayer.resuming(database, orders, scenarioOrders, clock);
        this.stores = new StorePlayer(demoCommands, settings.pace(), random, stats);
        this.nodes = new NodePlayer(demoCommands, stats);
        this.lastTick = clock.instant();
        this.lastSummary = lastTick;
        this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread demo = new Thread(task, "omniroute-demo");
            demo.setDaemon(true);
            return demo;
        });
    }

    /** Starts replaying the scenario's orders and playing the stores and nodes; {@link #close()} stops it. */
    public static DemoDriver start(Database database, OrderService orders, CommandService commands,
            List<Order> scenarioOrders, DemoSettings settings, Clock clock) {
        DemoDriver driver = new DemoDriver(database, orders, commands, scenarioOrders, settings, clock);
        if (!driver.customers.hasOrders()) {
            LOG.warn("demo: the scenario has no orders to replay; only the stores and nodes are played");
        }
        LOG.info("demo: replaying {} scenario orders at {} per second", scenarioOrders.size(),
                settings.ordersPerSecond());
        driver.thread.scheduleWithFixedDelay(driver::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        return driver;
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            placeOrders(now);
            takeDueSteps(now);
            if (!now.isBefore(lastSummary.plus(SUMMARY_EVERY))) {
                LOG.info("{}; {} steps pending", stats.summary(), followUps.size());
                lastSummary = now;
            }
        } catch (RuntimeException e) {
            LOG.warn("demo: a tick failed; the demo carries on", e);
        }
    }

    private void placeOrders(Instant now) {
        double seconds = Math.max(0, Duration.between(lastTick, now).toNanos() / 1e9);
        lastTick = now;
        // a late tick (a slow database, a paused JVM) makes no burst larger than one second's orders
        double rate = settings.ordersPerSecond();
        orderCredit = Math.min(orderCredit + seconds * rate, Math.max(1, rate));
        while (orderCredit >= 1 && customers.hasOrders()) {
            orderCredit -= 1;
            placeOne(now);
        }
    }

    private void placeOne(Instant now) {
        try {
            Optional<OrderRecord> placed = customers.placeNext();
            if (placed.isEmpty()) {
                stats.orderRefused();
                return;
            }
            OrderRecord order = placed.get();
            stats.orderPlaced(!order.status().equals("SOURCED"));
            DemoPace pace = settings.pace();
            if (order.fulfillment() == Fulfillment.PICKUP && !order.allocations().isEmpty()) {
                followUps.add(now.plus(jitter(pace.acceptAfter())), order.orderId(), stores);
            } else if (order.fulfillment() == Fulfillment.SHIP && order.status().equals("SOURCED")) {
                followUps.add(now.plus(jitter(pace.shipAfter())), order.orderId(), nodes);
            }
        } catch (RuntimeException e) {
            stats.stepFailed();
            LOG.warn("demo: an order could not be placed; the demo carries on", e);
        }
    }

    private void takeDueSteps(Instant now) {
        for (int taken = 0; taken < MAX_STEPS_PER_TICK; taken++) {
            Optional<FollowUp> due = followUps.pollDue(now);
            if (due.isEmpty()) {
                return;
            }
            take(due.get(), now);
        }
    }

    private void take(FollowUp step, Instant now) {
        try {
            step.player().advance(step.orderId())
                    .ifPresent(delay -> followUps.add(now.plus(jitter(delay)), step.orderId(), step.player()));
        } catch (ApiException refused) {
            if (refused.status() == 409) {
                followUps.add(now.plus(RETRY_AFTER_CONFLICT), step.orderId(), step.player());
            } else {
                LOG.info("demo: the next step of order {} was refused ({}: {}); leaving the order to the planners",
                        step.orderId(), refused.status(), refused.getMessage());
            }
        } catch (RuntimeException e) {
            stats.stepFailed();
            LOG.warn("demo: the next step of order {} failed; the demo carries on without it", step.orderId(), e);
        }
    }

    /** Between half and one and a half times the delay, so the network does not move in lockstep. */
    private Duration jitter(Duration delay) {
        return Duration.ofNanos((long) (delay.toNanos() * (0.5 + random.nextDouble())));
    }

    /**
     * Stops after the tick in progress. The thread is never interrupted: interrupting H2 I/O can close the database
     * file under the API.
     */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("demo: the last tick did not end within {}", STOP_WAIT);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        LOG.info("{} (stopped)", stats.summary());
    }
}
