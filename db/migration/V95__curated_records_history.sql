-- History (Envers) of the records curators edit with the treaty and record forms.

CREATE TABLE treaty_aud (
    id                        bigint        NOT NULL,
    rev                       bigint        NOT NULL REFERENCES revision (id),
    revtype                   smallint,
    code                      varchar(30),
    short_name                varchar(100),
    title                     varchar(500),
    adopted_on                date,
    kind                      varchar(20),
    parent_id                 bigint,
    untc_reference            varchar(20),
    has_complaints_procedure  boolean,
    has_inquiry_procedure     boolean,
    display_order             integer,
    archived                  boolean,
    PRIMARY KEY (id, rev)
);
CREATE INDEX treaty_aud_rev ON treaty_aud (rev);
