package io.omniroute.server.commands;

import io.omniroute.server.auth.Session;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.time.Instant;

/** Applies one type of command inside the caller's transaction, or throws the ApiException that refuses it. */
@FunctionalInterface
interface CommandHandler {

    Applied apply(Tx tx, Session caller, Command command, Instant now) throws SQLException;
}
