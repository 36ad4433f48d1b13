-- Search, continued.
-- 1. Slashes in the text separate words: the parser would read "to/ratify" as one token (a path).
--    Document symbols keep their slashes, so that a query for CEDAW/C/IDN/CO/8 finds them.
CREATE OR REPLACE FUNCTION recommendation_search_vector(p_text text, p_document_id bigint, p_theme_ids bigint[]) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('english', translate(coalesce(p_text, ''), '/', ' ')), 'A')
        || setweight(to_tsvector('english', coalesce((SELECT string_agg(t.name, ' ') FROM theme t WHERE t.id = ANY (p_theme_ids)), '')), 'B')
        || setweight(to_tsvector('english', coalesce((SELECT concat_ws(' ', d.symbol, d.title) FROM document d WHERE d.id = p_document_id), '')), 'C')
$$;
UPDATE recommendation SET search_vector = NULL WHERE strpos(text, '/') > 0;

-- 2. A number that changes whenever a statement changes recommendations (directly, or through the
--    triggers of their links, documents, themes and follow-up actions). Facet counts are cached under
--    it: a sequence, because reading and advancing it neither locks nor waits for other transactions.
CREATE SEQUENCE search_generation;

CREATE FUNCTION search_generation_advance() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('search_generation');
    RETURN NULL;
END
$$;
CREATE TRIGGER recommendation_search_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON recommendation
    FOR EACH STATEMENT EXECUTE FUNCTION search_generation_advance();
