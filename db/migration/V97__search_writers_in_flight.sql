-- Closes the one gap of the search generation (V43). A sequence advances before the transaction that
-- advanced it commits, so a reader could read the new number, count in a snapshot that does not see
-- the change yet, and keep that count under the new number. Now every statement that changes
-- recommendations also takes a shared advisory lock (key 73201) until its transaction ends: writers
-- never wait for each other, and a reader that is about to keep a result first checks, after reading
-- the generation and before counting, that it could take the lock exclusively, i.e. that no such
-- transaction is in flight (if one is, the result is kept only for a few seconds). A writer whose
-- lock came before the reader's check has committed by then, so the count sees it; one whose lock
-- came after it has advanced the generation past the one the result is kept under.
CREATE OR REPLACE FUNCTION search_generation_advance() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(73201);
    PERFORM nextval('search_generation');
    RETURN NULL;
END
$$;
