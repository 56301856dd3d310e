package io.omniroute.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.console.task.TaskExecutor;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class MainWindowViewModelTest {

    private final ConsolePreferences preferences = ConsolePreferences.inMemory();

    @Test
    void startsOnTheNetworkTheFirstTime() {
        MainWindowViewModel model = new MainWindowViewModel(TaskExecutor.currentThread(), preferences);

        assertThat(model.screenProperty().get()).isEqualTo(Screen.NETWORK);
        assertThat(model.phaseProperty().get()).isEqualTo(StartPhase.OPENING);
    }

    @Test
    void reopensOnTheLastScreenShown() {
        new MainWindowViewModel(TaskExecutor.currentThread(), preferences).show(Screen.INVENTORY);

        MainWindowViewModel reopened = new MainWindowViewModel(TaskExecutor.currentThread(), preferences);

        assertThat(reopened.screenProperty().get()).isEqualTo(Screen.INVENTORY);
    }

    @Test
    void anUnknownRememberedScreenFallsBackToTheNetwork() {
        preferences.put(MainWindowViewModel.SCREEN_KEY, "RETIRED_SCREEN");

        MainWindowViewModel model = new MainWindowViewModel(TaskExecutor.currentThread(), preferences);

        assertThat(model.screenProperty().get()).isEqualTo(Screen.NETWORK);
    }

    @Test
    void revealingANodeOpensTheNetworkAndASkuTheInventory() {
        MainWindowViewModel model = new MainWindowViewModel(TaskExecutor.currentThread(), preferences);

        model.reveal(new Target.Sku("SKU-1"));
        assertThat(model.screenProperty().get()).isEqualTo(Screen.INVENTORY);
        assertThat(model.revealProperty().get()).isEqualTo(new Target.Sku("SKU-1"));

        model.reveal(new Target.Node("DC-001"));
        assertThat(model.screenProperty().get()).isEqualTo(Screen.NETWORK);
    }

    @Test
    void revealingTheSameTargetTwiceIsTwoJumps() {
        MainWindowViewModel model = new MainWindowViewModel(TaskExecutor.currentThread(), preferences);
        int[] jumps = {0};
        model.revealProperty().addListener((observable, before, target) -> {
            if (target != null) {
                jumps[0]++;
            }
        });

        model.reveal(new Target.Node("DC-001"));
        model.reveal(new Target.Node("DC-001"));

        assertThat(jumps[0]).isEqualTo(2);
    }

    @Test
    void aBackendThatCannotOpenFailsTheStartWithItsReason() {
        MainWindowViewModel model = new MainWindowViewModel(TaskExecutor.currentThread(), preferences);

        model.start(progress -> {
            progress.accept("starting the embedded server");
            throw new IOException("port 8080 is in use");
        });

        assertThat(model.phaseProperty().get()).isEqualTo(StartPhase.FAILED);
        assertThat(model.startMessageProperty().get()).isEqualTo("port 8080 is in use");
    }

    @Test
    void theThemeChoiceIsRemembered() {
        new MainWindowViewModel(TaskExecutor.currentThread(), preferences).toggleTheme();

        assertThat(new MainWindowViewModel(TaskExecutor.currentThread(), preferences).darkProperty().get()).isTrue();
    }
}
