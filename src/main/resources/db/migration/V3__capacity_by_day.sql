-- Sourcing reads the day's shipments of every node for each order: without this index that read scans every day
-- the table has ever counted.
CREATE INDEX node_capacity_by_day ON node_capacity (ship_day, node_id);
