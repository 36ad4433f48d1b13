-- A recommendation is public when it is published, not archived and its document is public
-- (document_public, kept by the search triggers of V42), as the search counts it. The partial
-- indexes of V50 are rebuilt with that predicate so that the profile's counts stay index-only.
DROP INDEX recommendation_public_country;
DROP INDEX recommendation_public_mechanism;
CREATE INDEX recommendation_public_country ON recommendation (country_id)
    INCLUDE (mechanism_id, implementation_status, id) WHERE published AND NOT archived AND document_public;
CREATE INDEX recommendation_public_mechanism ON recommendation (mechanism_id) WHERE published AND NOT archived AND document_public;
