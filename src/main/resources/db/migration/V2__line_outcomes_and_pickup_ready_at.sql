-- Units of a line that were cancelled or backordered are stored, not only implied by missing allocations: a line's
-- qty = allocated + cancelled_qty + backordered_qty + units still open (in exceptions).
ALTER TABLE order_lines ADD COLUMN cancelled_qty INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE order_lines ADD COLUMN backordered_qty INTEGER DEFAULT 0 NOT NULL;

-- When the pickup last became READY: the no-show hold counts from here. Null for pickups that never were READY
-- (and for those made READY before this migration; the server then counts from ready_by).
ALTER TABLE pickups ADD COLUMN ready_at TIMESTAMP WITH TIME ZONE;
