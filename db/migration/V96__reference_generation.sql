-- A number that changes whenever a statement changes the small reference tables a search, an API
-- answer or a page translates between codes, ids and names (countries, their groups, treaties,
-- mechanisms, themes, affected groups, SDG goals). The application keeps those tables in memory and
-- reloads them only when this number moves.
--
-- A row, not a sequence (unlike search_generation, V43): reading it is subject to MVCC like the
-- tables it stands for, so a reader that sees the new number also sees the change it counts, and a
-- snapshot that sees the old number sees the old tables. Writers of these tables (curators, the
-- reference-data loader) are rare; they queue on this row until they commit.
CREATE TABLE reference_generation (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    generation bigint NOT NULL
);
INSERT INTO reference_generation VALUES (true, 1);

CREATE FUNCTION reference_generation_advance() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE reference_generation SET generation = generation + 1;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['country', 'country_group', 'country_group_member', 'treaty', 'mechanism', 'theme',
                             'affected_group', 'sdg_goal']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION reference_generation_advance()', t || '_reference_generation', t);
    END LOOP;
END
$$;
