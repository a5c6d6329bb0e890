-- The local cloud: a stand-in for the AWS accounts linked as environments, kept in PostgreSQL.

-- Settings of this deployment that the cloud side generates once, such as the pivot role's external id.
create table local_cloud_setting (
    name  varchar(128) primary key,
    value text         not null
);

-- An environment account, created on first use, with the pivot role and the external id it trusts.
create table local_account (
    account_id          varchar(12)  primary key,
    pivot_role_name     varchar(128) not null,
    trusted_external_id varchar(256) not null,
    created             timestamp with time zone not null
);

create table local_stack (
    stack_id      varchar(512) primary key,
    account_id    varchar(12)  not null,
    region        varchar(32)  not null,
    stack_name    varchar(128) not null,
    status        varchar(64)  not null,
    status_reason text,
    -- what the stack settles to once its operation completes
    final_status  varchar(64)  not null,
    final_reason  text,
    completes_at  timestamp with time zone not null,
    template      text         not null,
    tags          jsonb        not null,
    resources     jsonb        not null,
    outputs       jsonb        not null,
    -- the outputs the stack shows once its operation completes
    final_outputs jsonb        not null,
    created       timestamp with time zone not null,
    updated       timestamp with time zone not null
);
create index local_stack_name on local_stack (account_id, region, stack_name);

create table local_stack_event (
    id            bigserial    primary key,
    stack_id      varchar(512) not null,
    timestamp     timestamp with time zone not null,
    logical_id    varchar(256) not null,
    resource_type varchar(256) not null,
    status        varchar(64)  not null,
    reason        text
);
create index local_stack_event_stack on local_stack_event (stack_id, id);

-- Bucket names are global across accounts, as in S3; a retained bucket outlives its stack.
create table local_bucket (
    bucket_name varchar(63)  primary key,
    account_id  varchar(12)  not null,
    stack_id    varchar(512)
);

-- Faults injected for tests: per operation and account (null: any account); remaining null means permanent.
create table local_fault (
    id         bigserial    primary key,
    operation  varchar(64)  not null,
    account_id varchar(12),
    kind       varchar(32)  not null,
    remaining  integer
);
create index local_fault_operation on local_fault (operation, account_id);
