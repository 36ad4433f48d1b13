-- Importing: a bulk loader that writes the copied link arrays (theme_ids, affected_group_ids, sdg_goals,
-- recommending_state_ids) onto the recommendation rows itself turns the statement-level refresh of the
-- link tables off for its own transaction with
--     SELECT set_config('rightstrack.bulk_links', 'on', true)   -- i.e. SET LOCAL
-- so that each INSERT or DELETE on a link table no longer rewrites every recommendation it touches.
-- Everything else (other sessions, other transactions, and this one once the setting is back to 'off')
-- keeps the refresh of V42 unchanged.
CREATE OR REPLACE FUNCTION recommendation_links_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('rightstrack.bulk_links', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM refresh_recommendation_links(ARRAY(SELECT DISTINCT recommendation_id FROM new_rows));
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM refresh_recommendation_links(ARRAY(SELECT DISTINCT recommendation_id FROM old_rows));
    END IF;
    RETURN NULL;
END
$$;
