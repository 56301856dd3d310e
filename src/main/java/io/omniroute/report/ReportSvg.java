package io.omniroute.report;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Grouped bar charts as inline SVG: one group per category, one bar per series, a scale from 0 with four round
 * ticks, and a tooltip on every bar. Styling comes from the report's stylesheet (classes s0, s1, ...).
 */
final class ReportSvg {

    /** One coloured set of bars: a value per category. */
    record Series(String name, double[] values) {
    }

    /** Height of the bars' area; below it, room for upright labels, or more for slanted ones. */
    private static final int PLOT = 166;
    private static final int UPRIGHT_BOTTOM = 34;
    /** Rough width of a label character at 11px, and the slant of long labels (40 degrees). */
    private static final double CHAR_WIDTH = 7.2;
    private static final double SLANT_SIN = 0.643;
    /** Rough width of a value label character at 10px: wide values widen the bars so labels never touch. */
    private static final double VALUE_CHAR_WIDTH = 6.2;
    private static final double SLANT_COS = 0.766;
    private static final int TOP = 30;
    private static final int LEFT = 64;
    private static final int RIGHT = 12;
    private static final int TICKS = 4;
    /** Beyond this many categories the bars are thin, labels slanted and values left to the tooltips. */
    private static final int FEW = 12;

    private ReportSvg() {
    }

    /** A chart of the series over the categories; {@code label} formats values for the axis and tooltips. */
    static String bars(String title, List<String> categories, List<Series> series, DoubleFunction<String> label) {
        int longest = categories.stream().mapToInt(String::length).max().orElse(0);
        boolean many = categories.size() > FEW;
        int barWidth = many ? 11 : labelledBarWidth(series, label);
        int group = series.size() * barWidth + (many ? 6 : 22);
        boolean slanted = many || longest * CHAR_WIDTH > group;
        int bottom = slanted ? 26 + (int) (longest * CHAR_WIDTH * SLANT_SIN) : UPRIGHT_BOTTOM;
        int firstLength = categories.isEmpty() ? 0 : categories.get(0).length();
        int left = slanted ? Math.max(LEFT, (int) (firstLength * CHAR_WIDTH * SLANT_COS) - group / 2 + 4) : LEFT;
        int width = Math.max(260, left + RIGHT + categories.size() * group);
        int plot = PLOT;
        int height = TOP + plot + bottom;
        double top = scaleTop(series);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(ReportXml.escape(title)).append("\">")
                .append("<title>").append(ReportXml.escape(title)).append("</title>");
        for (int t = 0; t <= TICKS; t++) {
            double y = TOP + plot - plot * t / (double) TICKS;
            svg.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(width - RIGHT)
                    .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y)).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(left - 6).append("\" y=\"").append(num(y + 4))
                    .append("\">").append(ReportXml.escape(label.apply(top * t / TICKS))).append("</text>");
        }
        for (int c = 0; c < categories.size(); c++) {
            int x0 = left + c * group + (group - series.size() * barWidth) / 2;
            for (int s = 0; s < series.size(); s++) {
                bar(svg, s, x0 + s * barWidth, barWidth - 2, TOP + plot, series.get(s).values()[c] / top * plot,
                        series.get(s).name() + ", " + categories.get(c), label.apply(series.get(s).values()[c]),
                        !many);
            }
            categoryLabel(svg, categories.get(c), x0 + series.size() * barWidth / 2.0, TOP + plot, slanted);
        }
        legend(svg, series, left);
        return svg.append("</svg>").toString();
    }

    /** Wide enough for the widest value label above it. */
    private static int labelledBarWidth(List<Series> series, DoubleFunction<String> label) {
        int longest = 0;
        for (Series one : series) {
            for (double value : one.values()) {
                longest = Math.max(longest, label.apply(value).length());
            }
        }
        return Math.max(42, (int) Math.ceil(longest * VALUE_CHAR_WIDTH) + 6);
    }

    private static void bar(StringBuilder svg, int series, int x, int width, double axis, double height, String what,
            String value, boolean labelled) {
        double h = Math.max(0, height);
        svg.append("<rect class=\"s").append(series).append("\" x=\"").append(x).append("\" y=\"")
                .append(num(axis - h)).append("\" width=\"").append(width).append("\" height=\"").append(num(h))
                .append("\"><title>").append(ReportXml.escape(what + ": " + value)).append("</title></rect>");
        if (labelled) {
            svg.append("<text class=\"value\" x=\"").append(num(x + width / 2.0)).append("\" y=\"")
                    .append(num(axis - h - 3)).append("\">").append(ReportXml.escape(value)).append("</text>");
        }
    }

    private static void categoryLabel(StringBuilder svg, String text, double x, double axis, boolean slanted) {
        if (slanted) {
            svg.append("<text class=\"category slanted\" transform=\"translate(").append(num(x + 3)).append(',')
                    .append(num(axis + 10)).append(") rotate(-40)\">");
        } else {
            svg.append("<text class=\"category\" x=\"").append(num(x)).append("\" y=\"").append(num(axis + 16))
                    .append("\">");
        }
        svg.append(ReportXml.escape(text)).append("</text>");
    }

    private static void legend(StringBuilder svg, List<Series> series, int left) {
        int x = left;
        for (int s = 0; s < series.size(); s++) {
            String name = series.get(s).name();
            svg.append("<rect class=\"s").append(s).append("\" x=\"").append(x).append("\" y=\"8\" width=\"10\"")
                    .append(" height=\"10\"/><text class=\"legend\" x=\"").append(x + 14).append("\" y=\"17\">")
                    .append(ReportXml.escape(name)).append("</text>");
            x += 24 + 7 * name.length();
        }
    }

    /** The smallest round number, four ticks of which reach every value. */
    static double scaleTop(List<Series> series) {
        double max = 0;
        for (Series s : series) {
            for (double value : s.values()) {
                max = Math.max(max, value);
            }
        }
        if (!(max > 0)) {
            return 1;
        }
        double raw = max / TICKS;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= raw * (1 - 1e-12)) {
                return step * power * TICKS;
            }
        }
        return 10 * power * TICKS;
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
