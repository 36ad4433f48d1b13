-- Imports from the browser: a real run waits in a queue (QUEUED) until the import before it has
-- finished, can be cancelled (CANCELLED), and keeps the uploaded files and the options it was given
-- so that a curator can confirm a dry run, or run it again after adding an alias, without uploading again.
ALTER TABLE import_job DROP CONSTRAINT import_job_status_check;
ALTER TABLE import_job ADD CONSTRAINT import_job_status_check
    CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED', 'CANCELLED'));
ALTER TABLE import_job
    ADD COLUMN stored_files       text,
    ADD COLUMN encoding_option    varchar(40),
    ADD COLUMN line_ending_option varchar(10),
    ADD COLUMN source_job_id      bigint REFERENCES import_job (id),
    ADD COLUMN started_at         timestamptz,
    ADD COLUMN cancel_requested   boolean NOT NULL DEFAULT false;
UPDATE import_job SET started_at = created_at;
CREATE INDEX import_job_unfinished ON import_job (id) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX import_job_source ON import_job (source_job_id) WHERE source_job_id IS NOT NULL;
