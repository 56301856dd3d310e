package io.omniroute.console.network;

import io.omniroute.console.model.ConsoleData;
import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.PositionTable;
import io.omniroute.console.shell.ConsoleContext;
import io.omniroute.console.shell.ConsolePreferences;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The few things the Network screen reads, as small pieces so a ViewModel test can hand in its own without a cache.
 *
 * @param staleAfter     how old a node's newest position may be before its stock is flagged; read when used, so a
 *                       changed preference applies at once
 * @param minRefreshGap  the least time between two recomputations of the per-node figures
 */
public record NetworkSources(Supplier<NetworkCatalog> catalog, PositionTable positions, ShipmentCounts shipments,
        Supplier<StateOutlines> outlines, Clock clock, Supplier<Duration> staleAfter, Duration minRefreshGap) {

    /** The preference holding the stale threshold, in hours. */
    public static final String STALE_HOURS_KEY = "inventory.staleHours";
    static final double DEFAULT_STALE_HOURS = 24;

    public NetworkSources {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(shipments, "shipments");
        Objects.requireNonNull(outlines, "outlines");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(staleAfter, "staleAfter");
        Objects.requireNonNull(minRefreshGap, "minRefreshGap");
    }

    /** The app's sources: the live console data, its cache for today's shipments, the bundled outlines. */
    public static NetworkSources from(ConsoleContext context) {
        ConsoleData data = context.data();
        return new NetworkSources(data::catalog, data.positions(),
                data.slots()::on, StateOutlines::bundled,
                context.clock(), () -> staleAfter(context.preferences()), Duration.ofSeconds(1));
    }

    static Duration staleAfter(ConsolePreferences preferences) {
        double hours = preferences.getDouble(STALE_HOURS_KEY, DEFAULT_STALE_HOURS);
        if (!(hours > 0)) {
            hours = DEFAULT_STALE_HOURS;
        }
        return Duration.ofSeconds(Math.round(hours * 3600));
    }
}
