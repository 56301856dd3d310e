package io.omniroute.report;

/**
 * Escaping for the report, which is XHTML: well-formed XML that browsers also read as HTML. Only the five XML
 * entities are used, since HTML's named entities (&amp;nbsp; and the like) are not XML.
 */
final class ReportXml {

    private static final char REPLACEMENT = '\uFFFD';

    private ReportXml() {
    }

    /** The text safe in element content and in double- or single-quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        // XML 1.0 cannot carry control characters or a lone surrogate, even as a reference
                        out.append(REPLACEMENT);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
