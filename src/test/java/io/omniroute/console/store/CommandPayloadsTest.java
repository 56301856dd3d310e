package io.omniroute.console.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omniroute.console.store.CommandPayloads.LineQty;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandPayloadsTest {

    @Test
    void acceptCollectNoShowAndReadyForAllSendAnEmptyObject() {
        assertThat(CommandPayloads.empty()).isEqualTo("{}");
    }

    @Test
    void readyForSomeLinesNamesEachLinesReadyUnits() {
        assertThat(CommandPayloads.readyLines(List.of(new LineQty(1, 2), new LineQty(3, 1))))
                .isEqualTo("{\"lines\":[{\"line_no\":1,\"qty\":2},{\"line_no\":3,\"qty\":1}]}");
    }

    @Test
    void aRejectionNamesTheLinesAndTheReasonCode() {
        assertThat(CommandPayloads.reject(List.of(new LineQty(2, 1)), RejectReason.MIS_STOCKED))
                .isEqualTo("{\"lines\":[{\"line_no\":2,\"qty\":1}],\"reason_code\":\"MIS_STOCKED\"}");
    }

    @Test
    void aLineWithoutUnitsIsRefusedAsTheBackendWould() {
        assertThatThrownBy(() -> new LineQty(1, 0)).hasMessageContaining("line 1 has qty 0");
    }

    @Test
    void anEmptyLinesListIsRefused() {
        assertThatThrownBy(() -> CommandPayloads.readyLines(List.of())).hasMessageContaining("at least one line");
    }
}
