package io.omniroute.generate;

/** Zero-padded ids such as O-0000042 without String.format, which is slow at a million orders. */
final class Ids {

    private Ids() {
    }

    static int width(int count, int minWidth) {
        return Math.max(minWidth, Integer.toString(count).length());
    }

    static String padded(String prefix, int number, int width) {
        String digits = Integer.toString(number);
        StringBuilder id = new StringBuilder(prefix.length() + 1 + Math.max(width, digits.length()));
        id.append(prefix).append('-');
        for (int i = digits.length(); i < width; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }
}
