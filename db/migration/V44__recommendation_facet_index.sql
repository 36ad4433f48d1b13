-- Search: the facet counts read every column they group by from this narrow index of the public
-- recommendations (an index-only scan, about a tenth of the table's size) instead of the table,
-- whose rows carry the text and the full-text vector. Leading with country_id also serves the
-- most common filter.
CREATE INDEX recommendation_facets ON recommendation (country_id)
    INCLUDE (mechanism_id, document_id, upr_cycle, session, upr_response, upr_action_category, implementation_status,
             civil_society_status, published_on, has_actions, theme_ids, affected_group_ids, sdg_goals, recommending_state_ids)
    WHERE published AND NOT archived AND document_public;
