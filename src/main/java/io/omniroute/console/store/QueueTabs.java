package io.omniroute.console.store;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tabs' rows and titles, the selected tab's ready list, and the selection kept by order id: a live update
 * replaces the list whole, and the same orders stay selected wherever they moved.
 */
final class QueueTabs {

    private final ObjectProperty<QueueTab> selectedTab = new SimpleObjectProperty<>(this, "selectedTab", QueueTab.NEW);
    private final Map<QueueTab, ReadOnlyStringWrapper> titles = new EnumMap<>(QueueTab.class);
    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    private final ObservableList<QueueRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper rowsVersion = new ReadOnlyIntegerWrapper(this, "rowsVersion");
    private final Set<String> selectedIds = new LinkedHashSet<>();
    private final Runnable selectionChanged;
    private Map<QueueTab, List<QueueRow>> members = new EnumMap<>(QueueTab.class);
    private boolean replacingRows;

    QueueTabs(Runnable selectionChanged) {
        this.selectionChanged = selectionChanged;
        for (QueueTab tab : QueueTab.values()) {
            titles.put(tab, new ReadOnlyStringWrapper(this, "title" + tab, tab.title(0)));
            members.put(tab, List.of());
        }
        selectedTab.addListener((observable, before, tab) -> showSelectedTab());
    }

    /** New members for every tab: titles count them, the selected tab's list follows. */
    void show(Map<QueueTab, List<QueueRow>> fresh) {
        members = fresh;
        fresh.forEach((tab, rowsOfTab) -> titles.get(tab).set(tab.title(rowsOfTab.size())));
        showSelectedTab();
    }

    int count(QueueTab tab) {
        return members.get(tab).size();
    }

    void clearSelection() {
        selectedIds.clear();
    }

    private void showSelectedTab() {
        List<QueueRow> shown = members.get(selectedTab.get());
        if (!shown.equals(rows)) {
            replacingRows = true;
            try {
                rows.setAll(shown);
            } finally {
                replacingRows = false;
            }
            Set<String> present = shown.stream().map(QueueRow::orderId).collect(Collectors.toSet());
            selectedIds.retainAll(present);
            rowsVersion.set(rowsVersion.get() + 1);
        }
        selectionChanged.run();
    }

    /** The table's selection; ignored while the rows themselves are being replaced (the table clears it then). */
    void select(List<QueueRow> chosen) {
        if (replacingRows) {
            return;
        }
        selectedIds.clear();
        chosen.forEach(row -> selectedIds.add(row.orderId()));
        selectionChanged.run();
    }

    boolean isSelected(QueueRow row) {
        return selectedIds.contains(row.orderId());
    }

    List<QueueRow> selectedRows() {
        return rows.stream().filter(this::isSelected).toList();
    }

    ObjectProperty<QueueTab> selectedTab() {
        return selectedTab;
    }

    ReadOnlyStringProperty title(QueueTab tab) {
        return titles.get(tab).getReadOnlyProperty();
    }

    ObservableList<QueueRow> rows() {
        return rowsView;
    }

    ReadOnlyIntegerProperty rowsVersion() {
        return rowsVersion.getReadOnlyProperty();
    }
}
