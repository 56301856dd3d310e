package io.omniroute.console.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PickListTest {

    @Test
    void linesAreSortedBySkuWhenTheBackendNamesNoPlaces() {
        PickList list = PickList.of("ST-1", "LA Store", List.of(
                Pickups.pickup("O-2").customer("Bo").line(1, "SKU-3", 1).line(2, "SKU-1", 2).build(),
                Pickups.pickup("O-1").customer("Al").line(1, "SKU-2", 1).line(2, "SKU-1", 1).build()),
                Pickups.catalog()::skuName, Pickups.NOW);

        assertThat(list.lines()).extracting(line -> line.sku() + " " + line.orderId())
                .containsExactly("SKU-1 O-1", "SKU-1 O-2", "SKU-2 O-1", "SKU-3 O-2");
        assertThat(list.lines().get(0)).isEqualTo(new PickList.Line("O-1", "Al", 1, "SKU-1", "Desk lamp",
                Optional.empty()));
    }

    @Test
    void placesComeFirstInTheOrderPeopleNumberThem() {
        PickList list = PickList.of("ST-1", "", List.of(Pickups.pickup("O-1")
                .lineAt(1, "SKU-1", 1, "aisle 10").line(2, "SKU-0", 1).lineAt(3, "SKU-2", 1, "aisle 2").build()),
                sku -> "", Pickups.NOW);

        assertThat(list.lines()).extracting(PickList.Line::sku).containsExactly("SKU-2", "SKU-1", "SKU-0");
    }

    @Test
    void onlyUnitsHeldAndNotYetReadyAreListed() {
        PickList list = PickList.of("ST-1", "", List.of(Pickups.pickup("O-1").status("PICKING")
                .line(1, "SKU-1", 5, 2, 1).line(2, "SKU-2", 2, 2, 0).build()), sku -> "", Pickups.NOW);

        assertThat(list.lines()).extracting(PickList.Line::sku, PickList.Line::qty)
                .containsExactly(tuple("SKU-1", 2));
        assertThat(list.units()).isEqualTo(2);
        assertThat(list.orders()).isEqualTo(1);
    }
}
