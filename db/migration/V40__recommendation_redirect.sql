-- When curators merge two duplicate recommendations, the duplicate is archived and its URL
-- redirects to the recommendation kept: /recommendations/{old_id} -> /recommendations/{new_id}.
CREATE TABLE recommendation_redirect (
    old_id      bigint      PRIMARY KEY REFERENCES recommendation (id),
    new_id      bigint      NOT NULL REFERENCES recommendation (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (old_id <> new_id)
);
CREATE INDEX recommendation_redirect_new ON recommendation_redirect (new_id);
