-- The ids of recommendations changed by each statement, so that the in-memory search index
-- (FacetIndex) applies just those rows after a change instead of reading a million again.
-- A statement that changes more than 1,000 rows (imports, the generator, renaming a theme used
-- everywhere) records one row without an id: "too many to list, read everything again" (the index
-- reads everything again after more than 1,000 changed rows anyway). Rows older than an hour that
-- the index has applied are deleted by it (FacetIndex).
-- The index reads the rows past the sequence number it was built at, at a moment when no writer
-- is in flight (V97), so every number up to the largest it sees belongs to a committed change.
CREATE TABLE recommendation_change (
    seq                bigserial PRIMARY KEY,
    recommendation_id  bigint,
    changed_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recommendation_change_changed_at ON recommendation_change (changed_at);

CREATE FUNCTION recommendation_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF (SELECT count(*) FROM changed_rows_old) > 1000 THEN
            INSERT INTO recommendation_change (recommendation_id) VALUES (NULL);
        ELSE
            INSERT INTO recommendation_change (recommendation_id) SELECT id FROM changed_rows_old;
        END IF;
    ELSE
        IF (SELECT count(*) FROM changed_rows) > 1000 THEN
            INSERT INTO recommendation_change (recommendation_id) VALUES (NULL);
        ELSE
            INSERT INTO recommendation_change (recommendation_id) SELECT id FROM changed_rows;
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER recommendation_changed_insert AFTER INSERT ON recommendation
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION recommendation_changed();
CREATE TRIGGER recommendation_changed_update AFTER UPDATE ON recommendation
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION recommendation_changed();
CREATE TRIGGER recommendation_changed_delete AFTER DELETE ON recommendation
    REFERENCING OLD TABLE AS changed_rows_old FOR EACH STATEMENT EXECUTE FUNCTION recommendation_changed();
