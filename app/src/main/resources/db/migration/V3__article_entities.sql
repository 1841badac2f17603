-- One row per entity per article, its mention spans packed, instead of one row per mention: an
-- article's dozens of mentions cost a handful of index entries. Stores made before this keep their
-- counts; their spans come back when the article is ingested again.
CREATE TABLE article_entities (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  BIGINT NOT NULL REFERENCES entities (id),
    mentions   INT NOT NULL,
    -- "start,end;start,end;…" in text order ([start, end) into the article text)
    spans      VARCHAR(200000) NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id);
INSERT INTO article_entities (article_id, entity_id, mentions, spans)
    SELECT article_id, entity_id, COUNT(*), '' FROM entity_mentions GROUP BY article_id, entity_id;
DROP TABLE entity_mentions;
