-- Who created and who last changed a follow-up action, an assessment or a piece of evidence
-- (account ids). An assessment's author is the only person who may edit it.
ALTER TABLE follow_up_action
    ADD COLUMN created_by bigint REFERENCES account (id),
    ADD COLUMN updated_by bigint REFERENCES account (id);
ALTER TABLE assessment
    ADD COLUMN created_by bigint REFERENCES account (id),
    ADD COLUMN updated_by bigint REFERENCES account (id);
ALTER TABLE evidence
    ADD COLUMN created_by bigint REFERENCES account (id);

CREATE INDEX assessment_created_by ON assessment (created_by);
-- The moderation queue and "my country's work" (due soon, overdue, drafts) read these.
CREATE INDEX assessment_pending ON assessment (created_at) WHERE moderation_status = 'PENDING' AND NOT archived;
CREATE INDEX follow_up_action_country_end_date ON follow_up_action (country_id, end_date) WHERE NOT archived;

-- History tables (Hibernate Envers, added by the accounts work) mirror the audited columns.
ALTER TABLE IF EXISTS follow_up_action_aud
    ADD COLUMN IF NOT EXISTS created_by bigint,
    ADD COLUMN IF NOT EXISTS updated_by bigint;
ALTER TABLE IF EXISTS assessment_aud
    ADD COLUMN IF NOT EXISTS created_by bigint,
    ADD COLUMN IF NOT EXISTS updated_by bigint;
ALTER TABLE IF EXISTS evidence_aud
    ADD COLUMN IF NOT EXISTS created_by bigint;
