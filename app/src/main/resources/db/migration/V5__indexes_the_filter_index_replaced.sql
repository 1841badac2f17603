-- /api/events and /api/timeline are now counted and paged in memory (EventFilterIndex, loaded from
-- these tables by a full read in id order), so the sorted and covering indexes V4 made for them
-- serve no query any more: they only cost every insert (eight index entries per event). Kept: the
-- keys that joins and deletes follow (events by article and cluster, side tables by event) and
-- (event_type, date_from) for the linking candidates of ClusterAssigner.Candidates.
DROP INDEX events_recent;
DROP INDEX events_most_killed;
DROP INDEX events_status_span;
DROP INDEX events_span;
DROP INDEX event_parties_code_event;
DROP INDEX event_locations_name_event;
DROP INDEX event_locations_text_event;
DROP INDEX event_locations_point_event;
