package io.omniroute.console.store;

/** One hour of the workload chart: its local start hour (0-23), the pickups due in it, and the store's capacity. */
public record HourLoad(int hour, int due, int capacity) {

    public boolean overCapacity() {
        return due > capacity;
    }

    /** "14:00" */
    public String label() {
        return (hour < 10 ? "0" : "") + hour + ":00";
    }
}
