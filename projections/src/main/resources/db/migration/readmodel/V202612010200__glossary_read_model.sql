-- Glossaries (data.all modules/catalog): glossaries, categories and terms in one tree of nodes, and the links
-- datasets, tables, folders and columns make to terms.
create table glossary_node (
    node_uri     varchar(64) primary key,
    glossary_uri varchar(64) not null,
    node_type    varchar(1)  not null,
    parent_uri   varchar(64) not null,
    path         varchar(1024) not null,
    label        text        not null,
    readme       text,
    status       varchar(32) not null,
    owner        varchar(256),
    admin        varchar(256),
    created      timestamp with time zone not null,
    updated      timestamp with time zone not null,
    deleted      timestamp with time zone
);
create index glossary_node_path on glossary_node (path);
create index glossary_node_parent on glossary_node (parent_uri);

-- a link exists while its target names the term; approvals are kept apart, because the target's events and the
-- glossary's may be projected in either order
create table glossary_term_link (
    link_uri    varchar(64)  primary key,
    term_uri    varchar(64)  not null,
    target_uri  varchar(64)  not null,
    target_type varchar(32)  not null,
    owner       varchar(256),
    created     timestamp with time zone not null,
    updated     timestamp with time zone not null
);
create index glossary_term_link_target on glossary_term_link (target_uri);
create index glossary_term_link_term on glossary_term_link (term_uri);

create table glossary_link_approval (
    link_uri varchar(64) primary key,
    approved boolean     not null,
    updated  timestamp with time zone not null
);
