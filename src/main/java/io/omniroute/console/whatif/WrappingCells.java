package io.omniroute.console.whatif;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;

/**
 * List cells whose text wraps to the list's width, so a problem's message is read whole: a Text node wrapped at a
 * set width reports its true height, where a wrapping label in a list cell is cut off after a line or two.
 */
final class WrappingCells {

    /** The cell's padding and the list's border and scroll bar. */
    private static final double INSETS = 44;
    static final String STYLE_CLASS = "wrapped-text";

    private WrappingCells() {
    }

    static void install(ListView<String> list) {
        list.setCellFactory(view -> new ListCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(view.widthProperty().subtract(INSETS));
                text.getStyleClass().add(STYLE_CLASS);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
    }
}
