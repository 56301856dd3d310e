package io.omniroute.console.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A real TableView over a million rows: replacing them reads only what is drawn, and the selection follows. */
@ExtendWith(ApplicationExtension.class)
class PositionRowsTableViewTest {

    private static final int ROWS = 1_000_000;

    private final AtomicInteger reads = new AtomicInteger();
    private final PositionRows rows = new PositionRows();
    private TableView<PositionRecord> table;

    private IntFunction<PositionRecord> reader() {
        return row -> {
            reads.incrementAndGet();
            return new PositionRecord(row, "N-" + row, "", "SKU", "", 0, 0, 0, row, 0, false);
        };
    }

    @Start
    void start(Stage stage) {
        rows.replace(IntStream.range(0, ROWS).toArray(), reader());
        table = new TableView<>(rows);
        TableColumn<PositionRecord, String> node = new TableColumn<>("Node");
        node.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().nodeId()));
        table.getColumns().add(node);
        table.setFixedCellSize(24);
        stage.setScene(new Scene(table, 400, 600));
        stage.show();
    }

    @Test
    void replacingAMillionRowsReadsOnlyTheVisibleOnesAndKeepsTheSelection(FxRobot robot) {
        robot.interact(() -> table.getSelectionModel().select(10));
        reads.set(0);

        robot.interact(() -> rows.replace(IntStream.range(0, ROWS).map(i -> ROWS - 1 - i).toArray(), reader()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(reads.get()).isLessThan(1_000);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(ROWS - 1 - 10);
        assertThat(table.getSelectionModel().getSelectedItem().row()).isEqualTo(10);
    }
}
