package io.omniroute.engine.rules;

import java.math.BigDecimal;

/** Writes numbers the way a person would type them into rules.yaml. */
final class YamlNumbers {

    private YamlNumbers() {
    }

    /**
     * The shortest plain form that reads back to the same double: {@code 60} rather than {@code 60.0}, and
     * {@code 0.0001} rather than {@code 1.0E-4}. Only extreme magnitudes keep an exponent, to stay short.
     */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return ".nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? ".inf" : "-.inf";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e15 || magnitude < 1e-6) {
            return Double.toString(value); // like 1.0E20, which YAML reads as a float
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
