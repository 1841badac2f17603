-- Each cluster's report count (the evidence mentions of all its events) kept in its row, maintained
-- by the writer in the same transaction as the mentions (portable between H2 2.x and PostgreSQL 12+).
-- A page of /api/events counted them per event with a join over the cluster's mentions: on a store
-- of real reports, where one incident gathers hundreds of reports, that was hundreds of index reads
-- per row of the page and most of its time. Stores made before this get their counts here.
ALTER TABLE clusters ADD COLUMN report_count INT DEFAULT 0 NOT NULL;
UPDATE clusters SET report_count = (SELECT COUNT(*) FROM mentions m JOIN events e ON e.id = m.event_id
    WHERE e.cluster_id = clusters.id);
