-- Schema 4: the interview the schedule aims at (`focal plan`). At most one row.
CREATE TABLE interview_plan (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  interview TEXT NOT NULL,                                   -- YYYY-MM-DD, local day
  target REAL NOT NULL CHECK (target > 0 AND target < 1),    -- recall wanted on the day
  minutes_per_day INTEGER CHECK (minutes_per_day > 0),       -- daily cap, NULL for none
  set_at INTEGER NOT NULL                                    -- ms since the epoch
);
