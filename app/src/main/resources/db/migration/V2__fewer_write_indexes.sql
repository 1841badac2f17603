-- Indexes that cost every insert and served no query: articles are looked up by identity_key (its
-- unique constraint), and the bounding-box filter reaches event_locations through event_id.
DROP INDEX articles_url;
DROP INDEX event_locations_point;
