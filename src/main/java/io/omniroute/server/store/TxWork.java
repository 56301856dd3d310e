package io.omniroute.server.store;

import java.sql.SQLException;

/** Work done inside one transaction; see {@link Database#inTransaction(TxWork)}. */
@FunctionalInterface
public interface TxWork<T> {

    T run(Tx tx) throws SQLException;
}
