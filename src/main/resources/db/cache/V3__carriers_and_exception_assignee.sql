-- The carriers' rate card (zones, carrier services, service levels), one row with id 'current', so the console can
-- price plans and replay orders with the engine while offline.
CREATE TABLE carriers (
    id      VARCHAR PRIMARY KEY,
    version BIGINT NOT NULL,
    data    VARCHAR NOT NULL,
    pending INTEGER DEFAULT 0 NOT NULL
);

-- The planner who took an exception, copied out of its JSON so the queue can filter by it.
ALTER TABLE exceptions ADD COLUMN assignee VARCHAR;

-- No second pull from the start: a backend fed before the rate card existed appends it to its feed once, and no
-- exception had an assignee before this version.
