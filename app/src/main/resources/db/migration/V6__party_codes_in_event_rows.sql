-- Fewer rows per stored event (portable between H2 2.x and PostgreSQL 12+).
--
-- 1. An event's actor and recipient codes move into its row ("SYR ISR": codes hold no spaces), where
--    the filter index loads them and /api/stats counts them; event_parties (one row, one index entry
--    and one foreign-key probe per party: a fifth of an article's rows) goes. Parties in full (role,
--    sector, name, text, claimed_by) stay in the event JSON, which is what the API returns.
ALTER TABLE events ADD COLUMN party_codes VARCHAR(2048);
UPDATE events SET party_codes = (SELECT STRING_AGG(p.code, ' ' ORDER BY p.role, p.code) FROM event_parties p
    WHERE p.event_id = events.id AND p.role IN ('actor', 'recipient') AND p.code IS NOT NULL);
DROP TABLE event_parties;

-- 2. (event_type, date_from DESC, id DESC) served ClusterAssigner.Candidates.near, which the default
--    (linking) assigner does not call: it links in memory. Every event paid an index entry for it.
--    An assigner that reads candidates on a large store wants it back (CREATE INDEX in a migration).
DROP INDEX events_type_recent;
