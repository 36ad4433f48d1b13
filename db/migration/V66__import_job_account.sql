-- The account that started an import from the browser (created_by keeps its e-mail, or "command line").
ALTER TABLE import_job ADD COLUMN created_by_account_id bigint REFERENCES account (id);
CREATE INDEX import_job_account ON import_job (created_by_account_id) WHERE created_by_account_id IS NOT NULL;
