-- The query model of /api/events at 100k+ events (portable between H2 2.x and PostgreSQL 12+).
--
-- 1. The event JSON leaves the events row. Every filter, count and sort reads events rows; with the
--    JSON (1–2 KB) inline, 100k rows did not fit the page cache and each count or sort over a few
--    thousand matches read and decoded thousands of pages. Narrow rows (≈ 100 bytes) stay cached;
--    the JSON is read by primary key for the page's rows only.
CREATE TABLE event_json (
    event_id BIGINT NOT NULL PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    json     VARCHAR(200000) NOT NULL
);
INSERT INTO event_json (event_id, json) SELECT id, json FROM events;
ALTER TABLE events DROP COLUMN json;

-- 2. Indexes in the order the pages are sorted (H2 reads an index backwards only when it was made
--    descending; PostgreSQL needs NULLS LAST spelled out to match ORDER BY … DESC NULLS LAST), so a
--    page is the first rows of an index range, and counts read index entries only.
DROP INDEX events_date;
DROP INDEX events_type_date;
DROP INDEX events_killed;
CREATE INDEX events_recent ON events (date_from DESC NULLS LAST, id DESC);
CREATE INDEX events_type_recent ON events (event_type, date_from DESC NULLS LAST, id DESC);
CREATE INDEX events_most_killed ON events (killed DESC NULLS LAST, id DESC);
CREATE INDEX events_status_span ON events (status, date_from, date_to);

-- 3. Covering indexes for the side-table filters: the matching event ids come from index entries
--    alone (party code → events, place name → events, lat/lon box → events), never from table rows.
DROP INDEX event_parties_code;
CREATE INDEX event_parties_code_event ON event_parties (code, role, event_id);
DROP INDEX event_locations_name;
DROP INDEX event_locations_text;
CREATE INDEX event_locations_name_event ON event_locations (name_key, event_id);
CREATE INDEX event_locations_text_event ON event_locations (text_key, event_id);
CREATE INDEX event_locations_point_event ON event_locations (lat, lon, event_id);
