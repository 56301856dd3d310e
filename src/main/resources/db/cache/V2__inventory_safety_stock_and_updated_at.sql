-- The console's inventory screen shows safety stock and when the backend last changed a position, and flags
-- positions older than a chosen age; both come out of the JSON into columns, as the other queryable fields do.
ALTER TABLE inventory ADD COLUMN safety_stock INTEGER;
ALTER TABLE inventory ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

-- Rows cached before this version have no values in the new columns. Pulling the feed again from the start fills
-- them: an entity's change at the cached version is written again (only an older one is skipped), pending marks and
-- the outbox are left alone.
UPDATE sync_state SET feed_cursor = 0;
