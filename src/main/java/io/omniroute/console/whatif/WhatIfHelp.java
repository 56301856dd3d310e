package io.omniroute.console.whatif;

/** The screen's help text: the steps to an answer, what the baseline is, and the keys. */
final class WhatIfHelp {

    static final String TEXT = """
            1. Baseline. By default the cached snapshot with the orders of the last 24 hours, read as soon as the \
            screen opens. The replay starts from each position's on hand − reserved + the units the window's own \
            orders hold (reserved, or already shipped or collected), so the baseline run re-makes the decisions \
            those orders met. Reservations of older orders stay taken. Each day of the window starts with the \
            nodes' full shipment capacity. Or choose a scenario folder (docs/scenario-format.md).

            2. Variants. Add variant (Ctrl+N), name it after its question, then add changes: close or open a \
            node, set or scale its daily capacity, scale or move stock by node, SKU or category, scale carrier \
            rates, scale demand, or replace the rules (edited in place, every problem shown with its line). The \
            engine checks each change against the baseline before it is added, and says why it refuses one.

            3. Run (Ctrl+R). The baseline and every variant run side by side in the background; Cancel stops \
            them. The KPIs tab shows each KPI with its difference (green better, red worse), Charts the main \
            KPIs, node utilization and the cost distribution, Decision diff every order whose plan changed.

            4. Open a changed order (Enter or double-click) to see both plans and why: each run is replayed up to \
            the order, so every node's verdict is the one it got when that run sourced it.

            5. Save (Ctrl+S) keeps the baseline snapshot, the variants and the KPIs in one .whatif file; \
            opening it runs the study again and checks the KPIs match. Export (Ctrl+E CSV, Ctrl+Shift+E HTML).

            Keys: Ctrl+N add variant · Ctrl+R run · Ctrl+S save · Ctrl+Shift+S save as · Ctrl+O open · \
            Ctrl+E CSV · Ctrl+Shift+E report · Ctrl+F find in the diff · Ctrl+Enter add the change · \
            Alt + the underlined letter of a button or field.
            """;

    private WhatIfHelp() {
    }
}
