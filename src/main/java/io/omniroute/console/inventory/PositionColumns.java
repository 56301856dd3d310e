package io.omniroute.console.inventory;

import atlantafx.base.theme.Tweaks;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How each table column shows a {@link PositionRecord}: the cell reads the record's plain field, so no cell ever
 * observes a property per value. Each column carries its {@link PositionColumn} as user data, which is how a header
 * click becomes the ViewModel's sort.
 */
final class PositionColumns {

    private static final String STALE_STYLE = "stale-flag";

    private final DateTimeFormatter timeFormat;

    PositionColumns(ZoneId zone) {
        this.timeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
    }

    static Optional<PositionColumn> of(TableColumn<?, ?> column) {
        return column.getUserData() instanceof PositionColumn id ? Optional.of(id) : Optional.empty();
    }

    void text(TableColumn<PositionRecord, String> column, PositionColumn id, Function<PositionRecord, String> value) {
        column.setUserData(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    /** Right-aligned, with thousands separators. */
    void number(TableColumn<PositionRecord, String> column, PositionColumn id, ToIntFunction<PositionRecord> value) {
        text(column, id, record -> String.format(Locale.US, "%,d", value.applyAsInt(record)));
        column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
    }

    void updated(TableColumn<PositionRecord, String> column) {
        text(column, PositionColumn.UPDATED,
                record -> record.updatedAt().map(this::format).orElse("unknown"));
    }

    void stale(TableColumn<PositionRecord, Boolean> column) {
        column.setUserData(PositionColumn.STALE);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().stale()));
        column.setCellFactory(table -> new StaleCell());
    }

    private String format(Instant instant) {
        return timeFormat.format(instant);
    }

    /** A warning icon and the word, for stale positions only. */
    private static final class StaleCell extends TableCell<PositionRecord, Boolean> {

        private final FontIcon icon = new FontIcon("fth-alert-triangle");

        StaleCell() {
            icon.getStyleClass().add(STALE_STYLE);
        }

        @Override
        protected void updateItem(Boolean stale, boolean empty) {
            super.updateItem(stale, empty);
            boolean show = !empty && Boolean.TRUE.equals(stale);
            setText(show ? "stale" : null);
            setGraphic(show ? icon : null);
        }
    }
}
