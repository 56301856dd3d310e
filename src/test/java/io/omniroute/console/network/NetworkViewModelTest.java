package io.omniroute.console.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.CacheChanges;
import io.omniroute.cache.EntityTable;
import io.omniroute.console.task.DeferredTaskExecutor;
import io.omniroute.console.task.TaskExecutor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkViewModelTest {

    private final NetworkFixture fixture = NetworkFixture.standard();
    private final NetworkViewModel viewModel = started(fixture, TaskExecutor.currentThread());

    private static NetworkViewModel started(NetworkFixture fixture, TaskExecutor executor) {
        return started(fixture.sources(), executor);
    }

    private static NetworkViewModel started(NetworkSources sources, TaskExecutor executor) {
        NetworkViewModel viewModel = new NetworkViewModel(sources, executor);
        viewModel.start();
        return viewModel;
    }

    private List<String> visibleIds() {
        return viewModel.visibleNodes().stream().map(NetworkNode::id).toList();
    }

    private List<String> markerIds() {
        return viewModel.markersProperty().get().stream().map(MapMarker::nodeId).sorted().toList();
    }

    @Test
    void startShowsEveryNodeWithItsStockAndTheStatesTheyAreIn() {
        assertThat(visibleIds()).containsExactly("DC-1", "ST-1", "ST-2", "DK-1");
        assertThat(viewModel.visibleNodes().get(0).unitsOnHand()).isEqualTo(800);
        assertThat(viewModel.availableStates()).containsExactly("CA", "IL", "NY", "TX");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("4 of 4 nodes");
        assertThat(viewModel.mapProperty().get().states()).extracting(StateShape::state).containsExactly(UsState.UT);
    }

    @Test
    void untickingAKindHidesItFromTheListAndTheMap() {
        viewModel.filters().kindShownProperty(NodeKind.STORE).set(false);

        assertThat(visibleIds()).containsExactly("DC-1", "DK-1");
        assertThat(markerIds()).containsExactly("DC-1", "DK-1");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("2 of 4 nodes");
    }

    @Test
    void choosingStatesShowsOnlyTheirNodes() {
        viewModel.filters().statesShownProperty().set(Set.of("TX", "NY"));

        assertThat(visibleIds()).containsExactly("DC-1", "DK-1");
        assertThat(markerIds()).containsExactly("DC-1", "DK-1");
    }

    @Test
    void selectingANodeOpensItsPanel() {
        viewModel.select("ST-2");

        assertThat(viewModel.selectedNodeProperty().get().id()).isEqualTo("ST-2");
        assertThat(viewModel.panel().showingProperty().get()).isTrue();
        assertThat(viewModel.panel().detailsProperty().get().name()).isEqualTo("Chicago Store");
        assertThat(viewModel.panel().detailsProperty().get().shipments()).isEqualTo("9 of 10 shipments today (90%)");
    }

    @Test
    void clearingTheSelectionClosesThePanel() {
        viewModel.select("ST-2");

        viewModel.clearSelection();

        assertThat(viewModel.selectedNodeProperty().get()).isNull();
        assertThat(viewModel.panel().showingProperty().get()).isFalse();
    }

    @Test
    void aFilterThatHidesTheChosenNodeClosesItsPanel() {
        viewModel.select("ST-2");

        viewModel.filters().kindShownProperty(NodeKind.STORE).set(false);

        assertThat(viewModel.selectedNodeProperty().get()).isNull();
        assertThat(viewModel.panel().showingProperty().get()).isFalse();
    }

    @Test
    void newPositionsRefreshTheFiguresAndKeepTheSelectionAndTheViewport() {
        viewModel.select("DC-1");
        viewModel.zoomIn();
        viewModel.pan(1, 0);
        MapViewport viewport = viewModel.viewportProperty().get();

        int[] rows = fixture.position("DC-1", "SKU-A", 900, 20, NetworkFixture.NOW);
        viewModel.positionsChanged(rows);

        assertThat(viewModel.selectedNodeProperty().get().unitsOnHand()).isEqualTo(1200);
        assertThat(viewModel.panel().detailsProperty().get().unitsOnHand()).isEqualTo(Formats.count(1200));
        assertThat(viewModel.viewportProperty().get()).isEqualTo(viewport);
    }

    @Test
    void newOrdersRefreshTodaysShipments() {
        fixture.shipments.put("ST-2", 10);

        viewModel.cacheChanged(new CacheChanges(Map.of(EntityTable.ORDER, Set.of("O-1")), false));

        assertThat(viewModel.visibleNodes().get(2).shipmentsToday()).isEqualTo(10);
    }

    @Test
    void aNewNodeInTheCatalogAppears() {
        fixture.node("3P-1", "Reno 3PL", "THREE_PL", 39.53, -119.81, "89501", OptionalInt.of(500), List.of());
        fixture.publish();

        viewModel.catalogChanged(fixture.catalog());

        assertThat(visibleIds()).contains("3P-1");
        assertThat(viewModel.availableStates()).contains("NV");
    }

    @Test
    void changeNoticesDuringARefreshFoldIntoOneMore() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        NetworkViewModel deferred = started(fixture, executor);
        int before = executor.executed();

        deferred.positionsChanged(new int[] {0});
        deferred.positionsChanged(new int[] {1});
        deferred.catalogChanged(fixture.catalog());
        executor.runAll();

        // the outlines, the first refresh, and one follow-up for the three notices
        assertThat(before).isEqualTo(2);
        assertThat(executor.executed()).isEqualTo(3);
        assertThat(deferred.visibleNodes()).hasSize(4);
    }

    @Test
    void positionsThatArriveWhileTheyAreSummedAreSummedAgain() {
        NetworkSources quiet = fixture.sources();
        boolean[] loading = {true};
        NetworkSources loadingMeanwhile = new NetworkSources(quiet.catalog(), quiet.positions(), day -> {
            if (loading[0]) {
                loading[0] = false;
                fixture.position("DK-1", "SKU-A", 70, 0, NetworkFixture.NOW); // as a first load does, unannounced
            }
            return Map.of();
        }, quiet.outlines(), quiet.clock(), quiet.staleAfter(), quiet.minRefreshGap());

        NetworkViewModel loaded = new NetworkViewModel(loadingMeanwhile, TaskExecutor.currentThread());
        loaded.start();

        assertThat(loaded.visibleNodes().get(3).unitsOnHand()).isEqualTo(70);
    }

    @Test
    void aFailedRefreshWaitsForTheNextChangeInsteadOfLooping() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        NetworkSources quiet = fixture.sources();
        boolean[] cacheOpen = {true};
        NetworkSources closing = new NetworkSources(quiet.catalog(), quiet.positions(), day -> {
            if (!cacheOpen[0]) {
                throw new IllegalStateException("the cache is closed");
            }
            return Map.of();
        }, quiet.outlines(), quiet.clock(), quiet.staleAfter(), quiet.minRefreshGap());
        NetworkViewModel failing = started(closing, executor);
        executor.runAll();
        cacheOpen[0] = false;

        failing.positionsChanged(new int[] {0});
        failing.positionsChanged(new int[] {1});
        executor.runAll();
        int afterFailure = executor.executed();
        cacheOpen[0] = true;
        failing.positionsChanged(new int[] {2});
        executor.runAll();

        assertThat(afterFailure).isEqualTo(3);
        assertThat(executor.executed()).isEqualTo(4);
        assertThat(failing.visibleNodes()).hasSize(4);
    }

    @Test
    void revealWidensTheFiltersThatHideTheNodeAndSelectsIt() {
        viewModel.filters().kindShownProperty(NodeKind.STORE).set(false);
        viewModel.filters().statesShownProperty().set(Set.of("TX"));
        viewModel.filters().searchTextProperty().set("Dallas");

        viewModel.reveal("ST-1");

        assertThat(viewModel.selectedNodeProperty().get().id()).isEqualTo("ST-1");
        assertThat(viewModel.filters().kindShownProperty(NodeKind.STORE).get()).isTrue();
        assertThat(viewModel.filters().statesShownProperty().get()).isEmpty();
        assertThat(viewModel.filters().searchTextProperty().get()).isEmpty();
    }

    @Test
    void aNodeRevealedBeforeItArrivesIsSelectedWhenItDoes() {
        viewModel.reveal("3P-1");
        fixture.node("3P-1", "Reno 3PL", "THREE_PL", 39.53, -119.81, "89501", OptionalInt.of(500), List.of());
        fixture.publish();

        viewModel.catalogChanged(fixture.catalog());

        assertThat(viewModel.selectedNodeProperty().get().id()).isEqualTo("3P-1");
    }

    @Test
    void theSizeSwitchResizesTheMarkers() {
        double dcByUnits = radiusOf("DC-1");

        viewModel.markerSizeProperty().set(MarkerSize.CAPACITY_USE);

        assertThat(dcByUnits).isEqualTo(MarkerSize.MAX_RADIUS);
        assertThat(radiusOf("DC-1")).isLessThan(dcByUnits);
        assertThat(radiusOf("ST-2")).isGreaterThan(radiusOf("DC-1"));
        assertThat(radiusOf("ST-1")).isEqualTo(MarkerSize.MIN_RADIUS);
    }

    private double radiusOf(String id) {
        return viewModel.markersProperty().get().stream().filter(m -> m.nodeId().equals(id)).findFirst()
                .orElseThrow().radius();
    }

    @Test
    void markersAreDrawnBiggestFirstSoSmallOnesStayOnTop() {
        List<Double> radii = viewModel.markersProperty().get().stream().map(MapMarker::radius).toList();

        assertThat(radii).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void zoomCommandsMoveTheViewportAndResetReturnsHome() {
        viewModel.zoomIn();
        viewModel.pan(0, 1);
        assertThat(viewModel.viewportProperty().get().zoom()).isGreaterThan(1);

        viewModel.resetView();

        assertThat(viewModel.viewportProperty().get().isHome()).isTrue();
    }

    @Test
    void theTooltipTellsWhoTheNodeIsAndHowBusy() {
        assertThat(viewModel.tooltipFor("DC-1")).isEqualTo("""
                DC-1 · Dallas DC
                Distribution center · Dallas, TX
                800 units on hand
                Capacity today: 30 of 100 shipments (30%)""");
        assertThat(viewModel.tooltipFor("ST-1")).endsWith("Capacity today: unlimited");
        assertThat(viewModel.tooltipFor("NOPE")).isEmpty();
    }

    @Test
    void revealingWhileZoomedInCentresTheNode() {
        viewModel.zoomIn();

        viewModel.reveal("DK-1");

        MapPoint nyc = viewModel.selectedNodeProperty().get().mapPoint().orElseThrow();
        assertThat(viewModel.viewportProperty().get().centerX()).isEqualTo(nyc.x());
    }

    @Test
    void theStaleThresholdIsReadWhenANodeIsShown() {
        fixture.staleAfter = Duration.ofHours(1);

        viewModel.select("DC-1");

        assertThat(viewModel.panel().detailsProperty().get().isStale()).isFalse();
        viewModel.select("ST-1");
        assertThat(viewModel.panel().detailsProperty().get().isStale()).isTrue();
    }
}
