package io.omniroute.console.shell;

/** Lets a screen send the user to another screen, or to a thing on one. */
public interface Navigator {

    void show(Screen screen);

    /** Opens the screen that shows the target and selects it there. */
    void reveal(Target target);
}
