package io.omniroute.console.whatif;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** Where a baseline came from, as a study remembers it and the screen describes it. */
sealed interface BaselineOrigin {

    DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** When the baseline was read. */
    Instant readAt();

    /** One line for the screen and the report, times in the zone given. */
    String describe(ZoneId zone);

    /** The cached snapshot with the orders created in [from, to). */
    record CacheWindow(Instant from, Instant to, Instant readAt) implements BaselineOrigin {

        public CacheWindow {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(readAt, "readAt");
        }

        @Override
        public String describe(ZoneId zone) {
            // a window reaching past the moment it was read ends "now": its slack only catches clocks running ahead
            String window = from.equals(OrderWindow.EARLIEST) ? "all cached orders"
                    : to.isAfter(readAt) ? "orders created since " + TIME.format(from.atZone(zone))
                    : "orders created " + TIME.format(from.atZone(zone)) + " to " + TIME.format(to.atZone(zone));
            return "Cache snapshot of " + TIME.format(readAt.atZone(zone)) + ", " + window;
        }
    }

    /** A scenario folder (docs/scenario-format.md). */
    record ScenarioFolder(Path folder, Instant readAt) implements BaselineOrigin {

        public ScenarioFolder {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(readAt, "readAt");
        }

        @Override
        public String describe(ZoneId zone) {
            return "Scenario folder " + folder + ", read " + TIME.format(readAt.atZone(zone));
        }
    }

    /** The snapshot a saved study carries: the baseline exactly as it was run, wherever it first came from. */
    record FromStudy(BaselineOrigin original, Path study) implements BaselineOrigin {

        public FromStudy {
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(study, "study");
        }

        @Override
        public Instant readAt() {
            return original.readAt();
        }

        @Override
        public String describe(ZoneId zone) {
            return original.describe(zone) + ", as saved in " + study.getFileName();
        }
    }

    /** Where the baseline first came from, through any saved studies. */
    default BaselineOrigin original() {
        return this instanceof FromStudy saved ? saved.original().original() : this;
    }
}
