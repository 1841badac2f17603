-- The store's mark (article count, highest revision), read when a store opens and before every index
-- commit, was a scan of every article row, bodies included (the better part of a second on a store
-- of 12k articles). With this index the highest revision is one index lookup, and the count alone is
-- a count H2 keeps.
CREATE INDEX articles_revision ON articles (revision);
