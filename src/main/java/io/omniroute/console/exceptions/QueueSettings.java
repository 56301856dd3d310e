package io.omniroute.console.exceptions;

import io.omniroute.console.shell.ConsolePreferences;
import java.time.Duration;

/**
 * When the console itself flags an order: its promise is due within {@code slaRisk}, or it is allocated from
 * positions no update has touched for {@code stale}.
 */
record QueueSettings(Duration slaRisk, Duration stale) {

    static final String SLA_RISK_HOURS_KEY = "exceptions.slaRiskHours";
    static final String STALE_HOURS_KEY = "inventory.staleHours";

    static QueueSettings from(ConsolePreferences preferences) {
        return new QueueSettings(Duration.ofHours(Math.max(1, preferences.getInt(SLA_RISK_HOURS_KEY, 6))),
                Duration.ofHours(Math.max(1, preferences.getInt(STALE_HOURS_KEY, 24))));
    }
}
