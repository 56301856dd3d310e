package io.omniroute.engine.whatif;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** Base rate and per-kg rate of one carrier's services (or of every carrier's) multiplied. */
record CarrierRateScaling(Optional<String> carrier, double factor) implements Change {

    CarrierRateScaling {
        Objects.requireNonNull(carrier, "carrier");
    }

    @Override
    public String describe() {
        return "scale " + subject() + " by " + ScenarioEdits.plain(factor);
    }

    @Override
    public Scenario applyTo(Scenario scenario) {
        TreeSet<String> carriers = new TreeSet<>();
        scenario.carriers().forEach(c -> carriers.add(c.carrier()));
        if (carrier.isPresent() && !carriers.contains(carrier.get())) {
            throw new IllegalArgumentException("carrier " + carrier.get() + " is not in the scenario: scaling its"
                    + " rates changes nothing (carriers.csv has " + String.join(", ", carriers) + ")");
        }
        if (carriers.isEmpty()) {
            throw new IllegalArgumentException("the scenario has no carrier services: scaling rates changes nothing");
        }
        ScenarioEdits.requireFactor(factor, subject());
        List<CarrierService> scaled = new ArrayList<>(scenario.carriers().size());
        for (CarrierService c : scenario.carriers()) {
            boolean match = carrier.isEmpty() || carrier.get().equals(c.carrier());
            scaled.add(match ? new CarrierService(c.carrier(), c.service(), c.zone(), c.baseRate() * factor,
                    c.perKg() * factor, c.transitDays(), c.maxKm()) : c);
        }
        return ScenarioEdits.withCarriers(scenario, scaled);
    }

    private String subject() {
        return carrier.map(c -> "the rates of carrier " + c).orElse("every carrier rate");
    }
}
