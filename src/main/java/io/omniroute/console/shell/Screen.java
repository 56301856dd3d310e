package io.omniroute.console.shell;

/** The console's screens, in the order of the navigation bar; each has a shortcut Ctrl+1..9. */
public enum Screen {
    NETWORK("Network", "/fxml/network/Network.fxml", "fth-map"),
    INVENTORY("Inventory", "/fxml/inventory/Inventory.fxml", "fth-package"),
    STORE("Store queue", "/fxml/store/StoreQueue.fxml", "fth-shopping-bag"),
    EXCEPTIONS("Exceptions", "/fxml/exceptions/ExceptionQueue.fxml", "fth-alert-triangle"),
    WHATIF("What-if", "/fxml/whatif/WhatIf.fxml", "fth-git-branch");

    private final String title;
    private final String fxml;
    private final String icon;

    Screen(String title, String fxml, String icon) {
        this.title = title;
        this.fxml = fxml;
        this.icon = icon;
    }

    public String title() {
        return title;
    }

    /** The screen's FXML resource; its controller implements {@link ScreenView}. */
    public String fxml() {
        return fxml;
    }

    /** The Ikonli Feather icon literal of its navigation button. */
    public String icon() {
        return icon;
    }

    /** A store manager works their store's queue only; planners and admins see every screen. */
    public boolean offeredTo(ConsoleUser user) {
        return !user.isStoreManager() || this == STORE;
    }

    /** The digit of its Ctrl+digit shortcut. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }
}
