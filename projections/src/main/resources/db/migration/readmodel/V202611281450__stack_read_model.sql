-- The stacks Grantline deploys (for now one per environment), their status history and key-value tags.
create table stack (
    stack_uri       varchar(64)  primary key,
    target_uri      varchar(64)  not null,
    target_type     varchar(32)  not null,
    environment_uri varchar(64)  not null,
    account_id      varchar(12)  not null,
    region          varchar(32)  not null,
    name            varchar(128) not null,
    status          varchar(64)  not null,
    stack_id        varchar(512),
    deployment_id   varchar(64),
    outputs         jsonb        not null,
    error           text,
    -- aggregate sequence number of the last event applied: replays never move a stack backwards
    version         bigint       not null,
    created         timestamp with time zone not null,
    updated         timestamp with time zone not null
);
create unique index stack_target on stack (target_uri, target_type);
create index stack_environment on stack (environment_uri);

-- One row per status change, with what caused it.
create table stack_log (
    stack_uri     varchar(64)  not null,
    version       bigint       not null,
    timestamp     timestamp with time zone not null,
    status        varchar(64)  not null,
    deployment_id varchar(64),
    message       text         not null,
    primary key (stack_uri, version)
);

create table key_value_tag (
    tag_uri     varchar(64)  primary key,
    target_uri  varchar(64)  not null,
    target_type varchar(32)  not null,
    position    integer      not null,
    tag_key     varchar(128) not null,
    tag_value   varchar(256) not null,
    cascade     boolean      not null
);
create index key_value_tag_target on key_value_tag (target_uri, target_type, position);
