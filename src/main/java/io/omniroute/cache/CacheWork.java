package io.omniroute.cache;

import java.sql.SQLException;

/** Work done inside one cache transaction; see {@link CacheDatabase#inTransaction(CacheWork)}. */
@FunctionalInterface
public interface CacheWork<T> {

    T run(CacheTx tx) throws SQLException;
}
