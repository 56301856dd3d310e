package io.omniroute.report;

/** The report's inline stylesheet: the file stands alone, with no fonts, scripts or images to fetch. */
final class ReportStyle {

    /** Plain CSS without '&lt;' or '&amp;', so it needs no escaping inside the XHTML style element. */
    static final String CSS = """
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
                   margin: 24px auto; max-width: 1180px; padding: 0 16px; }
            h1 { font-size: 22px; margin-bottom: 4px; }
            h2 { font-size: 18px; margin-top: 32px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
            h3 { font-size: 15px; }
            dl.context { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; color: #57606a; }
            dl.context dt { font-weight: 600; }
            dl.context dd { margin: 0; }
            table { border-collapse: collapse; margin: 8px 0; }
            th, td { padding: 4px 10px; border-bottom: 1px solid #eaeef2; text-align: right; white-space: nowrap; }
            th:first-child, td:first-child, td.text { text-align: left; }
            thead th { background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
            td.better { color: #1a7f37; font-weight: 600; }
            td.worse { color: #cf222e; font-weight: 600; }
            .charts { display: flex; flex-wrap: wrap; gap: 12px; }
            figure { margin: 0; border: 1px solid #eaeef2; border-radius: 6px; padding: 6px; overflow-x: auto; }
            figcaption { font-weight: 600; margin-bottom: 2px; }
            svg.chart { display: block; }
            svg .s0 { fill: #4c78a8; }
            svg .s1 { fill: #f58518; }
            svg .grid { stroke: #eaeef2; stroke-width: 1; }
            svg text { font: 11px system-ui, sans-serif; fill: #57606a; }
            svg .tick { text-anchor: end; }
            svg .value { text-anchor: middle; font-size: 10px; }
            svg .category { text-anchor: middle; }
            svg .category.slanted { text-anchor: end; }
            svg .legend { fill: #1f2328; }
            p.note { color: #57606a; }
            """;

    private ReportStyle() {
    }
}
