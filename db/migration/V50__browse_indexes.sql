-- Country profiles and mechanism pages count published recommendations per country (by mechanism,
-- by implementation status, by theme) and per mechanism. These partial indexes hold only the
-- public rows and carry the grouped columns, so the counts are index-only scans.
CREATE INDEX recommendation_public_country ON recommendation (country_id)
    INCLUDE (mechanism_id, implementation_status, id) WHERE published AND NOT archived;
CREATE INDEX recommendation_public_mechanism ON recommendation (mechanism_id) WHERE published AND NOT archived;
-- The latest published follow-up actions of a country.
CREATE INDEX follow_up_action_public_country ON follow_up_action (country_id, updated_at DESC) WHERE published AND NOT archived;
