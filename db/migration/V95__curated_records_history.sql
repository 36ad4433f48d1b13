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

CREATE TABLE mechanism_aud (
    id                  bigint        NOT NULL,
    rev                 bigint        NOT NULL REFERENCES revision (id),
    revtype             smallint,
    code                varchar(40),
    name                varchar(300),
    kind                varchar(20),
    treaty_id           bigint,
    mandate_type        varchar(10),
    mandate_country_id  bigint,
    established_year    smallint,
    archived            boolean,
    PRIMARY KEY (id, rev)
);
CREATE INDEX mechanism_aud_rev ON mechanism_aud (rev);

CREATE TABLE country_visit_aud (
    id                  bigint        NOT NULL,
    rev                 bigint        NOT NULL REFERENCES revision (id),
    revtype             smallint,
    mechanism_id        bigint,
    country_id          bigint,
    status              varchar(20),
    requested_on        date,
    start_date          date,
    end_date            date,
    report_document_id  bigint,
    notes               text,
    archived            boolean,
    PRIMARY KEY (id, rev)
);
CREATE INDEX country_visit_aud_rev ON country_visit_aud (rev);

CREATE TABLE state_report_aud (
    id            bigint        NOT NULL,
    rev           bigint        NOT NULL REFERENCES revision (id),
    revtype       smallint,
    country_id    bigint,
    treaty_id     bigint,
    cycle         smallint,
    due_on        date,
    submitted_on  date,
    symbol        varchar(100),
    archived      boolean,
    PRIMARY KEY (id, rev)
);
CREATE INDEX state_report_aud_rev ON state_report_aud (rev);

CREATE TABLE theme_aud (
    id         bigint        NOT NULL,
    rev        bigint        NOT NULL REFERENCES revision (id),
    revtype    smallint,
    code       varchar(60),
    name       varchar(200),
    parent_id  bigint,
    archived   boolean,
    PRIMARY KEY (id, rev)
);
CREATE INDEX theme_aud_rev ON theme_aud (rev);

CREATE TABLE affected_group_aud (
    id        bigint        NOT NULL,
    rev       bigint        NOT NULL REFERENCES revision (id),
    revtype   smallint,
    code      varchar(60),
    name      varchar(200),
    archived  boolean,
    PRIMARY KEY (id, rev)
);
CREATE INDEX affected_group_aud_rev ON affected_group_aud (rev);
