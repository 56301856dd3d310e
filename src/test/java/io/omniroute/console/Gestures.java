package io.omniroute.console;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;

/**
 * Counts a user's clicks and key presses through one flow of a screen (a chord such as Ctrl+A is one), and how long
 * the flow took with the robot at the keys. The count is asserted, so a change that costs the user a gesture shows up
 * in a test; both figures are logged for the closing notes.
 */
public final class Gestures {

    private static final Logger LOG = LoggerFactory.getLogger(Gestures.class);

    private final FxRobot robot;
    private String flow = "";
    private int count;
    private long startedNanos;

    public Gestures(FxRobot robot) {
        this.robot = robot;
    }

    public void flow(String name) {
        flow = name;
        count = 0;
        startedNanos = System.nanoTime();
    }

    public Gestures click(String query) {
        count++;
        robot.clickOn(query);
        return this;
    }

    public Gestures click(Node node) {
        count++;
        robot.clickOn(node);
        return this;
    }

    /** One press of each key, in turn. */
    public Gestures key(KeyCode... codes) {
        for (KeyCode code : codes) {
            count++;
            robot.type(code);
        }
        return this;
    }

    /** The keys held together: one gesture. */
    public Gestures chord(KeyCode... codes) {
        count++;
        robot.push(codes);
        return this;
    }

    /** Logs the flow's count and time, and checks the count against the figure the screen is designed for. */
    public void done(int expected) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        LOG.info("clicks and keys for '{}': {} in {} ms", flow, count, millis);
        assertThat(count).as("clicks and keys for '%s'", flow).isEqualTo(expected);
    }
}
