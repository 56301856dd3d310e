package io.omniroute.console.shell;

import javafx.scene.control.ListCell;
import org.kordamp.ikonli.javafx.FontIcon;

/** A search hit with the icon of its kind. */
final class SearchHitCell extends ListCell<SearchHit> {

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(hit.label());
        setGraphic(new FontIcon(switch (hit.kind()) {
            case ORDER -> "fth-shopping-cart";
            case NODE -> "fth-map-pin";
            case SKU -> "fth-package";
        }));
    }
}
