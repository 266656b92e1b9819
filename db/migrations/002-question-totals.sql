-- Schema 2: per-question counters kept by a trigger, so that `focal stats` reads one row per
-- question instead of scanning every attempt (a long history has millions). Invalid answers
-- (could not be read) are not counted: they are neither right nor wrong.

CREATE TABLE question_totals (
  question_id TEXT PRIMARY KEY,
  topic TEXT NOT NULL,                 -- topic of the latest attempt
  attempts INTEGER NOT NULL,
  correct INTEGER NOT NULL,
  score REAL NOT NULL,                 -- sum of scores (partial credit included)
  last_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO question_totals (question_id, topic, attempts, correct, score, last_at)
SELECT question_id, topic, count(*), sum(verdict = 'correct'), sum(score), max(answered_at)
FROM attempts
WHERE verdict <> 'invalid'
GROUP BY question_id;

CREATE TRIGGER attempts_count_totals AFTER INSERT ON attempts
WHEN NEW.verdict <> 'invalid'
BEGIN
  INSERT INTO question_totals (question_id, topic, attempts, correct, score, last_at)
  VALUES (NEW.question_id, NEW.topic, 1, NEW.verdict = 'correct', NEW.score, NEW.answered_at)
  ON CONFLICT (question_id) DO UPDATE SET
    attempts = attempts + 1,
    correct = correct + excluded.correct,
    score = score + excluded.score,
    topic = CASE WHEN excluded.last_at >= last_at THEN excluded.topic ELSE topic END,
    last_at = max(last_at, excluded.last_at);
END;
