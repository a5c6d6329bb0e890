-- Saga runs (SagaRun aggregate): one row per run of a saga, and one per attempt of each of its steps. updated is
-- the run's last progress: a RUNNING run not updated for the configured time is reported as stalled.
create table saga_run (
    run_id         varchar(64)  primary key,
    kind           varchar(64)  not null,
    target_uri     varchar(256) not null,
    target_type    varchar(64),
    state          varchar(16)  not null,
    current_step   varchar(512),
    attempts       integer      not null default 0,
    last_error     text,
    correlation_id varchar(64),
    retry_of       varchar(64),
    retried_by     varchar(256),
    cancelled_by   varchar(256),
    started        timestamp with time zone not null,
    updated        timestamp with time zone not null,
    finished       timestamp with time zone
);
create index saga_run_started on saga_run (started desc);
create index saga_run_target on saga_run (target_uri, started desc);
create index saga_run_state_updated on saga_run (state, updated);

create table saga_run_step (
    run_id   varchar(64)  not null,
    step     varchar(512) not null,
    attempt  integer      not null,
    started  timestamp with time zone not null,
    finished timestamp with time zone,
    error    text,
    primary key (run_id, step, attempt)
);
