package io.omniroute.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChangeFeedRepositoryIT extends AbstractStoreIT {

    private static final int PAGE = 1000;

    private static long append(Database db, String entity, String id, String scope) {
        return db.inTransaction(tx -> tx.feed().append(entity, id, 1, false, scope, "{\"id\":\"" + id + "\"}"));
    }

    private static List<ChangeRow> page(Database db, long after, int limit, Optional<String> store) {
        return db.inTransaction(tx -> tx.feed().page(after, limit, store));
    }

    private Database withMixedFeed(Backend backend) {
        Database db = open(backend);
        append(db, FeedData.NODE, "ST-1", Scope.ALL);
        append(db, FeedData.INVENTORY, "ST-1|SKU-1", Scope.node("ST-1"));
        append(db, FeedData.INVENTORY, "ST-2|SKU-1", Scope.node("ST-2"));
        append(db, FeedData.ORDER, "O-1", Scope.PLANNERS);
        append(db, FeedData.PICKUP, "O-2", Scope.node("ST-1"));
        append(db, FeedData.RULES, RulesRow.ID, Scope.ALL);
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void appendReturnsIncreasingSeqsAndLastSeqIsTheHighest(Backend backend) {
        Database db = open(backend);

        long first = append(db, FeedData.NODE, "ST-1", Scope.ALL);
        long second = append(db, FeedData.NODE, "DC-1", Scope.ALL);
        long last = db.inTransaction(tx -> tx.feed().lastSeq());

        assertThat(second).isGreaterThan(first);
        assertThat(last).isEqualTo(second);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void appendingManyRowsAtOnceReturnsTheirSeqsInListOrder(Backend backend) {
        Database db = open(backend);
        long before = append(db, FeedData.NODE, "ST-1", Scope.ALL);
        List<NewChange> changes = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) { // more than one statement's worth
            changes.add(NewChange.of(FeedData.INVENTORY, "ST-1|SKU-" + i, 1, Scope.node("ST-1"), "{}"));
        }

        List<Long> seqs = db.inTransaction(tx -> tx.feed().append(changes));

        List<ChangeRow> rows = page(db, before, 5_000, Optional.empty());
        assertThat(rows).extracting(ChangeRow::entityId)
                .containsExactlyElementsOf(changes.stream().map(NewChange::entityId).toList());
        assertThat(seqs).containsExactlyElementsOf(rows.stream().map(ChangeRow::seq).toList());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void pageWithoutAStoreReturnsEveryRowInSeqOrder(Backend backend) {
        Database db = withMixedFeed(backend);

        List<ChangeRow> rows = page(db, 0, PAGE, Optional.empty());

        assertThat(rows).extracting(ChangeRow::entityId)
                .containsExactly("ST-1", "ST-1|SKU-1", "ST-2|SKU-1", "O-1", "O-2", RulesRow.ID);
        assertThat(rows).extracting(ChangeRow::seq).isSorted().doesNotHaveDuplicates();
        assertThat(rows.get(0).data()).contains("{\"id\":\"ST-1\"}");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void pageForAStoreHoldsSharedRowsAndThatStoresRowsOnly(Backend backend) {
        Database db = withMixedFeed(backend);

        List<ChangeRow> rows = page(db, 0, PAGE, Optional.of("ST-1"));

        assertThat(rows).extracting(ChangeRow::entityId).containsExactly("ST-1", "ST-1|SKU-1", "O-2", RulesRow.ID);
        assertThat(rows).extracting(ChangeRow::scope).containsOnly(Scope.ALL, "ST-1");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void pagesFollowTheCursorAndTheLimit(Backend backend) {
        Database db = withMixedFeed(backend);
        List<ChangeRow> all = page(db, 0, PAGE, Optional.of("ST-1"));

        List<ChangeRow> first = page(db, 0, 2, Optional.of("ST-1"));
        List<ChangeRow> second = page(db, first.get(1).seq(), 2, Optional.of("ST-1"));
        List<ChangeRow> none = page(db, second.get(1).seq(), 2, Optional.of("ST-1"));

        assertThat(first).isEqualTo(all.subList(0, 2));
        assertThat(second).isEqualTo(all.subList(2, 4));
        assertThat(none).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void deletionCarriesNoData(Backend backend) {
        Database db = open(backend);
        db.inTransaction(tx -> tx.feed().append(FeedData.PICKUP, "O-2", 3, true, "ST-1", null));

        ChangeRow row = page(db, 0, PAGE, Optional.empty()).get(0);

        assertThat(row.deleted()).isTrue();
        assertThat(row.data()).isEmpty();
        assertThat(row.version()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void readerFollowingTheCursorNeverSkipsARowWhileWritersCommitConcurrently(Backend backend) throws Exception {
        Database db = open(backend);
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    String id = writer + "-" + i;
                    db.inTransaction(tx -> {
                        long seq = tx.feed().append(FeedData.ORDER, id, 1, false, Scope.PLANNERS, "{}");
                        // hold the transaction open a moment so commits could overtake each other
                        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(2_000_000));
                        return seq;
                    });
                }
                return null;
            }));
        }
        List<Long> seen = new ArrayList<>();
        long cursor = 0;
        while (!done.stream().allMatch(Future::isDone) || !page(db, cursor, PAGE, Optional.empty()).isEmpty()) {
            for (ChangeRow row : page(db, cursor, 7, Optional.empty())) {
                seen.add(row.seq());
                cursor = row.seq();
            }
        }
        writers.shutdown();
        writers.awaitTermination(60, TimeUnit.SECONDS);
        for (Future<?> writer : done) {
            writer.get();
        }

        List<Long> committed = page(db, 0, PAGE, Optional.empty()).stream().map(ChangeRow::seq).toList();
        assertThat(committed).hasSize(200);
        assertThat(seen).isEqualTo(committed);
    }
}
