package io.omniroute.console.whatif;

import java.util.Locale;
import java.util.OptionalInt;

/** Numbers as people type them into the change form: {@code 1.5}, {@code 150%}, {@code 1,200}. */
final class Amounts {

    private Amounts() {
    }

    /**
     * A factor or a share: a plain number, or a percentage ({@code 80%} is 0.8).
     *
     * @throws IllegalArgumentException naming what was typed and what is wanted
     */
    static double factor(String typed, String what, String example) {
        if (typed != null && typed.indexOf(',') >= 0) {
            // 1,2 is 1.2 in half the world and 12 in the other: a factor off by ten must never be guessed
            throw new IllegalArgumentException("'" + typed.strip() + "' has a comma: type " + what
                    + " with a point for decimals, such as " + example + ".");
        }
        String text = clean(typed);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Type " + what + ", such as " + example + ".");
        }
        boolean percent = text.endsWith("%");
        String number = percent ? text.substring(0, text.length() - 1).strip() : text;
        try {
            double value = Double.parseDouble(number);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException(number);
            }
            return percent ? value / 100 : value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + typed.strip() + "' is not a number: type " + what + ", such as "
                    + example + ".");
        }
    }

    /** A whole number of shipments a day; blank is no limit. */
    static OptionalInt capacity(String typed) {
        String text = clean(typed);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + typed.strip() + "' is not a whole number of shipments a day:"
                    + " type one such as 250, or leave it blank to lift the limit.");
        }
    }

    static long seed(String typed) {
        String text = clean(typed);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + typed.strip() + "' is not a whole number: the seed picks which"
                    + " orders are copied or left out, and the same seed always picks the same ones.");
        }
    }

    /** Spaces go, and commas, which in a whole number separate thousands: {@code 1,200} reads as 1200. */
    private static String clean(String typed) {
        return typed == null ? "" : typed.strip().replace(",", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
