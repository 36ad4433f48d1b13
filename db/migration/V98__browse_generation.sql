-- A third number like the search generation (V43, V97), for what a country profile shows besides
-- recommendations and reference data: ratifications, state reports, visits, follow-up actions and
-- their links, documents (visit reports). Advanced by every statement that changes them, under the
-- same shared advisory lock as the search generation, so that a profile computed while such a change
-- is in flight is not kept (DataGenerations.settled()).
CREATE SEQUENCE browse_generation;

CREATE FUNCTION browse_generation_advance() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(73201);
    PERFORM nextval('browse_generation');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['ratification', 'state_report', 'country_visit', 'follow_up_action',
                             'follow_up_action_recommendation', 'document']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION browse_generation_advance()', t || '_browse_generation', t);
    END LOOP;
END
$$;
