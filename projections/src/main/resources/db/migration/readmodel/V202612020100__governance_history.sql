-- The governance history (processing group "governance"): one row per event of the event store, in its order,
-- with who did it, on whose request, a readable summary and the before/after of every field it changed; kept from
-- events only, so resetting the processor rebuilds it from the event store.
create table governance_event (
    event_id       varchar(64)  primary key,
    global_position bigint      not null,
    aggregate_id   varchar(128),
    aggregate_type varchar(64),
    aggregate_sequence bigint,
    event_type     varchar(128) not null,
    occurred_at    timestamp with time zone not null,
    actor          text,
    correlation_id varchar(64),
    causation_id   varchar(64),
    -- the most specific resource the event is about (a table rather than its dataset), null for none of the six kinds
    resource_uri   varchar(128),
    resource_type  varchar(16),
    summary        text         not null,
    -- [{"field": ..., "before": ..., "after": ...}], values as JSON
    changes        jsonb        not null
);
create index governance_event_position on governance_event (global_position);
create index governance_event_occurred on governance_event (occurred_at);
create index governance_event_correlation on governance_event (correlation_id);

-- every organization, environment, dataset, table, folder and share an event touched
create table governance_touched (
    resource_uri  varchar(128) not null,
    event_id      varchar(64)  not null,
    resource_type varchar(16)  not null,
    global_position bigint     not null,
    primary key (resource_uri, event_id)
);
create index governance_touched_history on governance_touched (resource_uri, global_position desc);

-- the last known field values of each subject (an aggregate, or one of its tables, folders, columns, items...),
-- to tell before from after; large values are kept as a digest and a short description
create table governance_field_state (
    subject varchar(300) primary key,
    fields  jsonb        not null
);

-- what an event names only by uri and the history must follow: an environment's organization, a share's dataset,
-- a share item's table, folder or bucket (its dataset)
create table governance_relation (
    uri           varchar(128) primary key,
    related_uri   varchar(128) not null,
    related_type  varchar(16)  not null
);
