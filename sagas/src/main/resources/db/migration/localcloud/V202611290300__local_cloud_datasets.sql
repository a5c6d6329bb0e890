-- The local cloud's KMS aliases, Glue catalog, crawlers and jobs: what dataset stacks create and datasets use.
-- stack_id names the stack that created the resource (null: made outside any stack, or retained by it).

-- Aliases are kept without their "alias/" prefix.
create table local_kms_alias (
    account_id varchar(12)  not null,
    region     varchar(32)  not null,
    alias_name varchar(256) not null,
    stack_id   varchar(512),
    created    timestamp with time zone not null,
    primary key (account_id, region, alias_name)
);

-- Glue keeps database and table names in lower case.
create table local_glue_database (
    account_id    varchar(12)  not null,
    region        varchar(32)  not null,
    database_name varchar(255) not null,
    stack_id      varchar(512),
    created       timestamp with time zone not null,
    primary key (account_id, region, database_name)
);

-- columns: [{"name", "typeName", "comment", "columnType"}] in the table's order
create table local_glue_table (
    account_id    varchar(12)  not null,
    region        varchar(32)  not null,
    database_name varchar(255) not null,
    table_name    varchar(255) not null,
    location      text         not null,
    properties    jsonb        not null,
    columns       jsonb        not null,
    updated       timestamp with time zone not null,
    primary key (account_id, region, database_name, table_name),
    foreign key (account_id, region, database_name)
        references local_glue_database (account_id, region, database_name) on delete cascade
);

-- A crawl runs when started; it shows RUNNING until completes_at, then its outcome (last_status, last_error).
create table local_glue_crawler (
    crawler_name  varchar(255) not null,
    account_id    varchar(12)  not null,
    region        varchar(32)  not null,
    database_name varchar(255) not null,
    target_path   text         not null,
    stack_id      varchar(512),
    last_status   varchar(16),
    last_error    text,
    completes_at  timestamp with time zone,
    created       timestamp with time zone not null,
    primary key (account_id, region, crawler_name)
);

-- default_arguments: the job's DefaultArguments, which a run's arguments override
create table local_glue_job (
    account_id        varchar(12)  not null,
    region            varchar(32)  not null,
    job_name          varchar(255) not null,
    default_arguments jsonb        not null,
    stack_id          varchar(512),
    created           timestamp with time zone not null,
    primary key (account_id, region, job_name)
);

-- A run does its work when started; it shows RUNNING until completes_at, then final_status.
create table local_glue_job_run (
    run_id       varchar(128) primary key,
    account_id   varchar(12)  not null,
    region       varchar(32)  not null,
    job_name     varchar(255) not null,
    arguments    jsonb        not null,
    final_status varchar(16)  not null,
    error        text,
    started      timestamp with time zone not null,
    completes_at timestamp with time zone not null
);
create index local_glue_job_run_job on local_glue_job_run (account_id, region, job_name);
