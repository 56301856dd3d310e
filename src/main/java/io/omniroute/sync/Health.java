package io.omniroute.sync;

/** {@code GET /health}: the newest feed sequence is what a pull's progress is measured against. */
record Health(String status, String version, String database, Long lastSeq) {
}
