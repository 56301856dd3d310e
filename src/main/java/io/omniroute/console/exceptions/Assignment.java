package io.omniroute.console.exceptions;

/** Whose rows the queue shows. */
public enum Assignment {
    ALL("Anyone's"),
    MINE("Mine"),
    UNASSIGNED("Nobody's"),
    OTHERS("Others'");

    private final String label;

    Assignment(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    boolean admits(QueueItem item, String user) {
        return switch (this) {
            case ALL -> true;
            case MINE -> item.takenBy(user);
            case UNASSIGNED -> item.assignee().isEmpty();
            case OTHERS -> item.assignee().isPresent() && !item.takenBy(user);
        };
    }
}
