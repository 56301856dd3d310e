package io.omniroute.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading Server-Sent Events as the server's FeedStream writes them. */
class SyncEventStreamTest {

    private final List<EventStreamReader.Event> events = new ArrayList<>();

    @Test
    void readsIdEventAndDataAndSkipsComments() throws Exception {
        read("id: 101\nevent: change\ndata: {\"seq\": 101}\n\n: keep-alive\n\nid: 102\nevent: change\ndata: {}\n\n");

        assertThat(events).containsExactly(new EventStreamReader.Event("101", "change", "{\"seq\": 101}"),
                new EventStreamReader.Event("102", "change", "{}"));
    }

    @Test
    void joinsDataLinesAndAcceptsCrLf() throws Exception {
        read("data:a\r\ndata: b\r\n\r\n");

        assertThat(events).containsExactly(new EventStreamReader.Event(null, "message", "a\nb"));
    }

    @Test
    void eventCutOffBeforeItsBlankLineIsNotDispatched() throws Exception {
        read("id: 7\nevent: change\ndata: {\"seq\": 7");

        assertThat(events).isEmpty();
    }

    private void read(String body) throws Exception {
        EventStreamReader.read(new StringReader(body), new StopFlag(), events::add);
    }
}
