-- A planner takes an exception to work it, so two planners never fix the same order at once; the queue shows who
-- has it and since when. Releasing it clears both.
ALTER TABLE exceptions ADD COLUMN assignee VARCHAR;
ALTER TABLE exceptions ADD COLUMN taken_at TIMESTAMP WITH TIME ZONE;
