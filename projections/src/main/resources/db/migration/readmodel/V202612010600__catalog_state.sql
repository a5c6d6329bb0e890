-- The catalog processor's own state (processing group "catalog"): what it needs to render a catalog document,
-- kept from events only, so that resetting the processor rebuilds the index from the event store alone.
create table catalog_organization (
    organization_uri varchar(64) primary key,
    name             text        not null
);

create table catalog_environment (
    environment_uri  varchar(64) primary key,
    organization_uri varchar(64) not null,
    name             text        not null
);

-- datasets, tables and folders; fields are the item's own document fields, a table or folder inherits the rest
-- from its dataset's row when rendered
create table catalog_item (
    uri         varchar(64) primary key,
    kind        varchar(16) not null,
    dataset_uri varchar(64) not null,
    fields      jsonb       not null,
    -- set on datasets: renaming an environment or organization re-renders their items
    environment_uri  varchar(64),
    organization_uri varchar(64),
    created     timestamp with time zone,
    updated     timestamp with time zone
);
create index catalog_item_dataset on catalog_item (dataset_uri);
create index catalog_item_environment on catalog_item (environment_uri);
create index catalog_item_organization on catalog_item (organization_uri);

create table catalog_term_link (
    target_uri varchar(64) not null,
    term_uri   varchar(64) not null,
    link_uri   varchar(64) not null,
    primary key (target_uri, term_uri)
);
create index catalog_term_link_term on catalog_term_link (term_uri);

create table catalog_link_approval (
    link_uri varchar(64) primary key,
    approved boolean     not null
);

create table catalog_term (
    term_uri     varchar(64) primary key,
    glossary_uri varchar(64) not null,
    label        text        not null,
    path         text        not null
);

create table catalog_vote (
    target_uri varchar(64) primary key,
    upvotes    integer     not null
);

-- survives resets: each rebuild that handles deletes writes a newer generation, older documents then go
create table catalog_generation (
    id         integer primary key,
    generation bigint  not null
);
insert into catalog_generation (id, generation) values (1, 1);
