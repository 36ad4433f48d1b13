-- Search: the full-text vector now covers the recommendation text, its theme labels and its
-- document's symbol and title, and the values the search filters and counts by are copied onto the
-- recommendation row (arrays for the many-to-many links), so that a search reads one table.
-- Triggers keep the copies current; statement-level triggers on the link tables refresh each
-- recommendation once per statement, so that set-based imports stay set-based.

ALTER TABLE recommendation DROP COLUMN search_vector;  -- drops the index recommendation_search with it

ALTER TABLE recommendation
    ADD COLUMN search_vector           tsvector,
    ADD COLUMN theme_ids               bigint[]   NOT NULL DEFAULT '{}',
    ADD COLUMN affected_group_ids      bigint[]   NOT NULL DEFAULT '{}',
    ADD COLUMN sdg_goals               smallint[] NOT NULL DEFAULT '{}',
    ADD COLUMN recommending_state_ids  bigint[]   NOT NULL DEFAULT '{}',
    -- a published, non-archived follow-up action addresses this recommendation
    ADD COLUMN has_actions             boolean    NOT NULL DEFAULT false,
    -- copied from the document
    ADD COLUMN session                 integer,
    ADD COLUMN upr_cycle               smallint,
    ADD COLUMN document_public         boolean    NOT NULL DEFAULT true;

-- Words whose English stems differ although people mean the same ("women" / "woman",
-- "ratification" / "ratify"). A query for any form finds every form of its group (see search_query).
CREATE TABLE search_word_form (
    word   varchar(60) PRIMARY KEY,
    lemma  varchar(60) NOT NULL
);
INSERT INTO search_word_form (word, lemma) VALUES
    ('woman', 'woman'), ('women', 'woman'), ('woman''s', 'woman'), ('women''s', 'woman'),
    ('man', 'man'), ('men', 'man'),
    ('child', 'child'), ('children', 'child'), ('children''s', 'child'),
    ('person', 'person'), ('persons', 'person'), ('people', 'person'), ('peoples', 'person'),
    ('ratify', 'ratify'), ('ratified', 'ratify'), ('ratifies', 'ratify'), ('ratifying', 'ratify'),
    ('ratification', 'ratify'), ('ratifications', 'ratify'),
    ('accede', 'accede'), ('acceded', 'accede'), ('accedes', 'accede'), ('acceding', 'accede'),
    ('accession', 'accede'), ('accessions', 'accede'),
    ('detain', 'detain'), ('detained', 'detain'), ('detention', 'detain'), ('detainee', 'detain'), ('detainees', 'detain'),
    ('traffic', 'traffic'), ('trafficking', 'traffic'), ('trafficked', 'traffic'), ('trafficker', 'traffic'), ('traffickers', 'traffic'),
    ('criminalize', 'criminalize'), ('criminalise', 'criminalize'), ('criminalization', 'criminalize'), ('criminalisation', 'criminalize'),
    ('criminalizes', 'criminalize'), ('criminalises', 'criminalize'), ('criminalized', 'criminalize'), ('criminalised', 'criminalize'),
    ('abolish', 'abolish'), ('abolished', 'abolish'), ('abolition', 'abolish'),
    ('prohibit', 'prohibit'), ('prohibited', 'prohibit'), ('prohibition', 'prohibit'),
    ('elderly', 'older'), ('older', 'older'),
    ('indigenous', 'indigenous'), ('indigenes', 'indigenous');

-- Two passes of rewrite rules: first every stem of a group becomes the group's placeholder, then
-- the placeholder becomes the disjunction of the group's stems (one pass would rewrite the stems it
-- has just put in, and count them twice in the ranking).
CREATE TABLE search_rewrite (
    pass        smallint NOT NULL CHECK (pass IN (1, 2)),
    target      tsquery  NOT NULL,
    substitute  tsquery  NOT NULL
);
WITH stems AS (
    SELECT DISTINCT lemma, (ts_lexize('english_stem', lower(word)))[1] AS stem FROM search_word_form
), groups AS (
    SELECT lemma, string_agg(quote_literal(stem), ' | ' ORDER BY stem) AS stems FROM stems GROUP BY lemma HAVING count(*) > 1
)
INSERT INTO search_rewrite (pass, target, substitute)
SELECT 1, quote_literal(s.stem)::tsquery, quote_literal('~' || g.lemma)::tsquery FROM stems s JOIN groups g ON g.lemma = s.lemma
UNION ALL
SELECT 2, quote_literal('~' || g.lemma)::tsquery, g.stems::tsquery FROM groups g;

-- The text query (websearch syntax: "phrase", OR, -word) with the word forms of each group.
CREATE FUNCTION search_query(q text) RETURNS tsquery
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT ts_rewrite(ts_rewrite(websearch_to_tsquery('english', q),
                                 'SELECT target, substitute FROM search_rewrite WHERE pass = 1'),
                      'SELECT target, substitute FROM search_rewrite WHERE pass = 2')
$$;

CREATE FUNCTION recommendation_search_vector(p_text text, p_document_id bigint, p_theme_ids bigint[]) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('english', coalesce(p_text, '')), 'A')
        || setweight(to_tsvector('english', coalesce((SELECT string_agg(t.name, ' ') FROM theme t WHERE t.id = ANY (p_theme_ids)), '')), 'B')
        || setweight(to_tsvector('english', coalesce((SELECT concat_ws(' ', d.symbol, d.title) FROM document d WHERE d.id = p_document_id), '')), 'C')
$$;

-- Before a recommendation is written: copy from its document, recompute the vector when what it covers changed.
-- Setting search_vector to NULL forces the recomputation (used when a theme or a document is renamed).
CREATE FUNCTION recommendation_search_before_write() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.document_id IS DISTINCT FROM OLD.document_id THEN
        SELECT d.session, d.upr_cycle, d.published AND NOT d.archived
          INTO NEW.session, NEW.upr_cycle, NEW.document_public
          FROM document d WHERE d.id = NEW.document_id;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.search_vector IS NULL OR NEW.text IS DISTINCT FROM OLD.text
       OR NEW.document_id IS DISTINCT FROM OLD.document_id OR NEW.theme_ids IS DISTINCT FROM OLD.theme_ids THEN
        NEW.search_vector := recommendation_search_vector(NEW.text, NEW.document_id, NEW.theme_ids);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER recommendation_search_before_write BEFORE INSERT OR UPDATE ON recommendation
    FOR EACH ROW EXECUTE FUNCTION recommendation_search_before_write();

-- Recomputes the copied link arrays of the given recommendations.
CREATE FUNCTION refresh_recommendation_links(ids bigint[]) RETURNS void
    LANGUAGE sql AS $$
    UPDATE recommendation r SET
        theme_ids = coalesce((SELECT array_agg(x.theme_id ORDER BY x.theme_id)
                              FROM recommendation_theme x WHERE x.recommendation_id = r.id), '{}'),
        affected_group_ids = coalesce((SELECT array_agg(x.affected_group_id ORDER BY x.affected_group_id)
                                       FROM recommendation_affected_group x WHERE x.recommendation_id = r.id), '{}'),
        sdg_goals = coalesce((SELECT array_agg(DISTINCT t.goal_number ORDER BY t.goal_number)
                              FROM recommendation_sdg_target x JOIN sdg_target t ON t.id = x.sdg_target_id
                              WHERE x.recommendation_id = r.id), '{}'),
        recommending_state_ids = coalesce((SELECT array_agg(x.country_id ORDER BY x.country_id)
                                           FROM recommendation_recommending_state x WHERE x.recommendation_id = r.id), '{}'),
        has_actions = EXISTS (SELECT 1 FROM follow_up_action_recommendation x
                              JOIN follow_up_action a ON a.id = x.follow_up_action_id
                              WHERE x.recommendation_id = r.id AND a.published AND NOT a.archived)
    WHERE r.id = ANY (ids)
$$;

-- Statement-level: one refresh for all the rows a statement inserted, updated or deleted.
CREATE FUNCTION recommendation_links_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM refresh_recommendation_links(ARRAY(SELECT DISTINCT recommendation_id FROM new_rows));
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM refresh_recommendation_links(ARRAY(SELECT DISTINCT recommendation_id FROM old_rows));
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    link text;
BEGIN
    FOREACH link IN ARRAY ARRAY['recommendation_theme', 'recommendation_affected_group', 'recommendation_sdg_target',
                                'recommendation_recommending_state', 'follow_up_action_recommendation'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_search_insert AFTER INSERT ON %1$s REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION recommendation_links_changed()', link);
        EXECUTE format('CREATE TRIGGER %1$s_search_update AFTER UPDATE ON %1$s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION recommendation_links_changed()', link);
        EXECUTE format('CREATE TRIGGER %1$s_search_delete AFTER DELETE ON %1$s REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION recommendation_links_changed()', link);
    END LOOP;
END
$$;

-- A follow-up action published, unpublished or archived changes "has follow-up actions".
CREATE FUNCTION follow_up_action_search_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_recommendation_links(ARRAY(SELECT recommendation_id FROM follow_up_action_recommendation
                                               WHERE follow_up_action_id = NEW.id));
    RETURN NULL;
END
$$;
CREATE TRIGGER follow_up_action_search_changed AFTER UPDATE OF published, archived ON follow_up_action
    FOR EACH ROW WHEN (OLD.published IS DISTINCT FROM NEW.published OR OLD.archived IS DISTINCT FROM NEW.archived)
    EXECUTE FUNCTION follow_up_action_search_changed();

-- A document renamed, moved to another session or (un)published changes its recommendations.
CREATE FUNCTION document_search_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE recommendation SET session = NEW.session, upr_cycle = NEW.upr_cycle,
        document_public = NEW.published AND NOT NEW.archived,
        search_vector = CASE WHEN OLD.symbol IS DISTINCT FROM NEW.symbol OR OLD.title IS DISTINCT FROM NEW.title
                             THEN NULL ELSE search_vector END
    WHERE document_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER document_search_changed AFTER UPDATE OF symbol, title, session, upr_cycle, published, archived ON document
    FOR EACH ROW WHEN (OLD.symbol IS DISTINCT FROM NEW.symbol OR OLD.title IS DISTINCT FROM NEW.title
                       OR OLD.session IS DISTINCT FROM NEW.session OR OLD.upr_cycle IS DISTINCT FROM NEW.upr_cycle
                       OR OLD.published IS DISTINCT FROM NEW.published OR OLD.archived IS DISTINCT FROM NEW.archived)
    EXECUTE FUNCTION document_search_changed();

-- A theme renamed changes the vectors of its recommendations.
CREATE FUNCTION theme_search_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE recommendation SET search_vector = NULL WHERE theme_ids @> ARRAY[NEW.id];
    RETURN NULL;
END
$$;
CREATE TRIGGER theme_search_changed AFTER UPDATE OF name ON theme
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION theme_search_changed();

-- Existing rows: copy the links (this also recomputes the vectors), then the document values.
SELECT refresh_recommendation_links(ARRAY(SELECT id FROM recommendation));
UPDATE recommendation r SET session = d.session, upr_cycle = d.upr_cycle, document_public = d.published AND NOT d.archived,
       search_vector = NULL
FROM document d WHERE d.id = r.document_id;

CREATE INDEX recommendation_search ON recommendation USING gin (search_vector);
CREATE INDEX recommendation_theme_ids ON recommendation USING gin (theme_ids);
CREATE INDEX recommendation_affected_group_ids ON recommendation USING gin (affected_group_ids);
CREATE INDEX recommendation_sdg_goals ON recommendation USING gin (sdg_goals);
CREATE INDEX recommendation_recommending_state_ids ON recommendation USING gin (recommending_state_ids);
-- newest first with a stable order for paging
CREATE INDEX recommendation_newest ON recommendation (published_on DESC NULLS LAST, id DESC);
CREATE INDEX recommendation_session ON recommendation (session);
