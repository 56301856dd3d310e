package io.omniroute.console.whatif;

import io.omniroute.cache.CachedOrder;
import io.omniroute.cache.PlanningRepository;
import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.model.PlanningNetwork;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Reads a baseline: the cached snapshot of a window, or a scenario folder. Blocking: call it in the background. */
final class BaselineReader implements CacheWindows {

    private final ConsoleData data;

    BaselineReader(ConsoleData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    @Override
    public PlanningRepository.CreatedOrders count(Instant from, Instant to) {
        return data.store().read(tx -> tx.planning().countCreated(from, to));
    }

    /**
     * The cached network, the stock the window's orders found and those orders.
     *
     * @throws IllegalStateException when the backend has not sent its network and rate card yet
     */
    @Override
    public Baseline fromCache(Instant from, Instant to, Instant now) {
        PlanningNetwork network = data.planning().current().orElseThrow(() -> new IllegalStateException(
                "the backend has not sent its network and rate card yet: wait for the first sync, or choose a"
                        + " scenario folder"));
        List<CachedOrder> orders = data.store().read(tx -> tx.planning().ordersCreated(from, to));
        CacheBaseline.Snapshot snapshot = CacheBaseline.build(network.network(), data.positions(), orders);
        return new Baseline(snapshot.scenario(), new BaselineOrigin.CacheWindow(from, to, now),
                snapshot.unitsGivenBack(), snapshot.ordersLeftOut(), snapshot.positionsLeftOut(), snapshot.reasons());
    }

    /**
     * The scenario in the folder.
     *
     * @throws io.omniroute.engine.scenario.InvalidInputException listing every problem by file, line and field
     */
    static Baseline fromFolder(Path folder, Instant now) throws IOException {
        Scenario scenario = ScenarioReader.read(folder);
        return Baseline.of(scenario, new BaselineOrigin.ScenarioFolder(folder.toAbsolutePath().normalize(), now));
    }
}
