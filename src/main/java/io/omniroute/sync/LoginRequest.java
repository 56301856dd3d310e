package io.omniroute.sync;

/** The body of {@code POST /sessions}. */
record LoginRequest(String user, String password) {

    /** Never prints the password: records would otherwise put it in every log line and stack trace. */
    @Override
    public String toString() {
        return "LoginRequest[user=" + user + ", password=***]";
    }
}
