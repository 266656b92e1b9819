-- Schema 1: sessions, every attempt, one FSRS card per question and its review log.
-- Times are INTEGER milliseconds since the Unix epoch (UTC). Rows are never deleted:
-- a question removed from its pack keeps its history; it is simply no longer scheduled.

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,                 -- UUID, stable across export and import
  started_at INTEGER NOT NULL,
  ended_at INTEGER,                    -- NULL while running (or if the process was killed)
  mode TEXT NOT NULL,
  seed INTEGER,
  options TEXT NOT NULL DEFAULT '{}'   -- JSON: topics, kinds, count, question, lang
) STRICT;

CREATE TABLE attempts (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,           -- stable key: importing the same export twice adds nothing
  session_id TEXT REFERENCES sessions(id),
  question_id TEXT NOT NULL,
  topic TEXT NOT NULL,                 -- as the question stood when it was answered
  kind TEXT NOT NULL,
  seed INTEGER,                        -- parameters seed of a parametric question
  params TEXT NOT NULL DEFAULT '{}',   -- JSON: the drawn parameters
  answer TEXT NOT NULL,                -- as typed (derivation steps joined by newlines)
  verdict TEXT NOT NULL CHECK (verdict IN ('correct', 'partial', 'wrong', 'invalid')),
  score REAL NOT NULL CHECK (score >= 0 AND score <= 1),
  elapsed_ms INTEGER NOT NULL CHECK (elapsed_ms >= 0),
  hint_used INTEGER NOT NULL CHECK (hint_used IN (0, 1)),
  self_grade INTEGER CHECK (self_grade BETWEEN 1 AND 4),
  rating INTEGER CHECK (rating BETWEEN 1 AND 4),   -- FSRS rating applied; NULL for an invalid answer
  answered_at INTEGER NOT NULL
) STRICT;

CREATE INDEX attempts_by_time ON attempts (answered_at);
CREATE INDEX attempts_by_question ON attempts (question_id, answered_at);
CREATE INDEX attempts_by_session ON attempts (session_id);

CREATE TABLE cards (
  question_id TEXT PRIMARY KEY,
  due INTEGER NOT NULL,
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  elapsed_days REAL NOT NULL,
  scheduled_days REAL NOT NULL,
  learning_steps INTEGER NOT NULL,
  reps INTEGER NOT NULL,
  lapses INTEGER NOT NULL,
  state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
  last_review INTEGER,
  last_rating INTEGER CHECK (last_rating BETWEEN 1 AND 4)
) STRICT, WITHOUT ROWID;

-- The card as it was before each rated attempt (ts-fsrs ReviewLog), one row per rated attempt.
CREATE TABLE review_log (
  attempt_id INTEGER PRIMARY KEY REFERENCES attempts (id),
  question_id TEXT NOT NULL,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
  due INTEGER NOT NULL,
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  elapsed_days REAL NOT NULL,
  last_elapsed_days REAL NOT NULL,
  scheduled_days REAL NOT NULL,
  learning_steps INTEGER NOT NULL,
  review INTEGER NOT NULL
) STRICT;
