package io.omniroute.sync;

import java.util.List;

/** A page of {@code GET /changes}. */
record ChangePage(List<ChangeDto> changes, Long lastSeq, Boolean hasMore) {
}
