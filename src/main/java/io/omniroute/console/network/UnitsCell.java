package io.omniroute.console.network;

import javafx.scene.control.TableCell;

/** A units figure with grouped digits ("12,400"), right-aligned by its column's style. */
final class UnitsCell extends TableCell<NetworkNode, Long> {

    @Override
    protected void updateItem(Long units, boolean empty) {
        super.updateItem(units, empty);
        setText(empty || units == null ? null : Formats.count(units));
    }
}
