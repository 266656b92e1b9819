-- Schema 3: the time index also carries the verdict, so the day counts and the streak of
-- `focal stats` are read from the index alone instead of visiting every attempt's row.
DROP INDEX attempts_by_time;
CREATE INDEX attempts_by_time ON attempts (answered_at, verdict);
