package io.omniroute.server.store;

import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings for a bulk import into an empty database. On H2, commits during the import are written by H2's
 * background writer instead of synchronously (a crash mid-import leaves a database the importer refuses anyway), and
 * durable commits are restored, with a checkpoint, at the end. On PostgreSQL the planner's statistics are refreshed
 * at the end.
 */
final class BulkLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);

    private final Database db;

    BulkLoad(Database db) {
        this.db = db;
    }

    void begin() {
        if (isH2()) {
            execute("SET WRITE_DELAY 500");
        }
    }

    void end() {
        if (isH2()) {
            execute("SET WRITE_DELAY 0");
            execute("CHECKPOINT SYNC");
        } else {
            execute("ANALYZE inventory");
            execute("ANALYZE changes");
        }
    }

    private boolean isH2() {
        return "H2".equals(db.productName());
    }

    private void execute(String sql) {
        try {
            db.inTransaction(tx -> {
                try (Statement statement = tx.connection().createStatement()) {
                    statement.execute(sql);
                }
                return null;
            });
        } catch (StoreException e) {
            // e.g. an H2 user without admin rights: the import is only slower, or its last chunks less durable
            LOG.warn("The database refused {} after a bulk import: {}", sql, e.getMessage());
        }
    }
}
