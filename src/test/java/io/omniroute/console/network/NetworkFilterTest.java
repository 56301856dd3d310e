package io.omniroute.console.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkFilterTest {

    private static final NetworkSnapshot NETWORK = NetworkSnapshot.compute(NetworkFixture.standard().sources(),
            AlbersUsaProjection.create());

    @ParameterizedTest(name = "kinds {0}, states {1}, text ''{2}'' -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            DC STORE DARK_STORE |         |         | DC-1 ST-1 ST-2 DK-1
            STORE               |         |         | ST-1 ST-2
            DC STORE DARK_STORE | CA IL   |         | ST-1 ST-2
            STORE               | TX      |         |
            DC STORE DARK_STORE |         | chicago | ST-2
            DC STORE DARK_STORE |         | dc-     | DC-1
            DC STORE DARK_STORE |         | ' Dark '| DK-1
            """)
    void showsOnlyNodesOfTheTickedKindsStatesAndText(String kinds, String states, String text, String expected) {
        Set<NodeKind> kindSet = EnumSet.noneOf(NodeKind.class);
        for (String kind : kinds.split(" ")) {
            kindSet.add(NodeKind.valueOf(kind));
        }
        NetworkFilter filter = new NetworkFilter(kindSet, states == null ? Set.of() : Set.of(states.split(" ")),
                text == null ? "" : text);

        assertThat(NETWORK.nodes().values().stream().filter(filter::test).map(NetworkNode::id))
                .containsExactly(expected == null ? new String[0] : expected.split(" "));
    }
}
