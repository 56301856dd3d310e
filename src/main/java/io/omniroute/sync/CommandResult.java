package io.omniroute.sync;

import java.util.List;

/** A command the server applied: the target's new version and the feed rows it wrote. */
record CommandResult(String status, Long version, List<ChangeDto> changes) {
}
