package io.omniroute.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.NodeRow;
import io.omniroute.cache.SkuRow;
import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.ZipDirectory;
import io.omniroute.console.task.DeferredTaskExecutor;
import io.omniroute.console.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {

    private static final NetworkCatalog CATALOG = NetworkCatalog.of(
            List.of(node("DC-001", "Omniroute DC Dallas", "75233"), node("ST-0042", "Store Austin Downtown", "78701"),
                    node("DC-002", "Omniroute DC Ontario", "91752")),
            List.of(new SkuRow("SKU-000001", "Trail Running Shoe, Blue", "Footwear", 89.0),
                    new SkuRow("SKU-000002", "Dallas Cowboys Cap", "Apparel", 25.0)),
            ZipDirectory.bundled());

    private final List<Target> revealed = new ArrayList<>();
    private final Navigator navigator = new Navigator() {
        @Override
        public void show(Screen screen) {
        }

        @Override
        public void reveal(Target target) {
            revealed.add(target);
        }
    };

    private static NodeRow node(String id, String name, String zip) {
        return new NodeRow(id, name, id.startsWith("DC") ? "DC" : "STORE", 0, 0, zip, true, false, false, false,
                OptionalInt.empty(), 1, List.of());
    }

    private SearchViewModel search(TaskExecutor executor) {
        return new SearchViewModel(executor, () -> CATALOG,
                text -> "o-1".equalsIgnoreCase(text) ? List.of("O-1", "O-10") : List.of(), navigator);
    }

    @Test
    void findsNodesAndSkusByNameIgnoringCase() {
        SearchViewModel model = search(TaskExecutor.currentThread());

        model.queryProperty().set("dallas");

        assertThat(model.hits()).extracting(SearchHit::id).containsExactly("DC-001", "SKU-000002");
        assertThat(model.hits().get(0).label()).isEqualTo("DC-001  Omniroute DC Dallas (DC, Dallas, TX)");
    }

    @Test
    void findsOrdersByIdAndPutsAnExactIdFirst() {
        SearchViewModel model = search(TaskExecutor.currentThread());

        model.queryProperty().set("o-1");

        assertThat(model.hits()).extracting(SearchHit::kind).first().isEqualTo(SearchHit.Kind.ORDER);
        assertThat(model.hits()).extracting(SearchHit::id).startsWith("O-1", "O-10");
    }

    @Test
    void anExactNodeIdGoesToTheTop() {
        SearchViewModel model = search(TaskExecutor.currentThread());

        model.queryProperty().set("DC-002");

        assertThat(model.hits()).extracting(SearchHit::id).first().isEqualTo("DC-002");
    }

    @Test
    void saysWhenNothingMatches() {
        SearchViewModel model = search(TaskExecutor.currentThread());

        model.queryProperty().set("zzz");

        assertThat(model.hits()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("nothing matches 'zzz'");
    }

    @Test
    void aSlowAnswerToAnOlderTextNeverReplacesTheNewerOne() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        SearchViewModel model = search(executor);
        model.queryProperty().set("dallas");
        model.queryProperty().set("DC-002");

        executor.runNewest();
        executor.runNext();

        assertThat(model.hits()).extracting(SearchHit::id).containsExactly("DC-002");
    }

    @Test
    void openingAHitRevealsItsTargetAndClearsTheSearch() {
        SearchViewModel model = search(TaskExecutor.currentThread());
        model.queryProperty().set("SKU-000001");

        assertThat(model.openFirst()).isTrue();

        assertThat(revealed).containsExactly(new Target.Sku("SKU-000001"));
        assertThat(model.queryProperty().get()).isEmpty();
        assertThat(model.hits()).isEmpty();
    }
}
