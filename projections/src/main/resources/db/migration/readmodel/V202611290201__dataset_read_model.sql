-- Datasets and their parts. A deleted dataset's rows are deleted with it, so every row here is live.
create table dataset (
    dataset_uri                      varchar(64)              primary key,
    organization_uri                 varchar(64)              not null,
    environment_uri                  varchar(64)              not null,
    aws_account_id                   varchar(12)              not null,
    region                           varchar(32)              not null,
    label                            text                     not null,
    name                             text                     not null,
    description                      text,
    saml_admin_group_name            varchar                  not null,
    environment_admin_group          varchar                  not null,
    owner                            varchar                  not null,
    stewards                         varchar,
    tags                             jsonb                    not null,
    topics                           jsonb                    not null,
    terms                            jsonb                    not null,
    confidentiality                  text,
    language                         text,
    auto_approval_enabled            boolean                  not null default false,
    business_owner_email             text,
    business_owner_delegation_emails jsonb                    not null,
    enable_expiration                boolean                  not null default false,
    expiry_setting                   text,
    expiry_min_duration              integer,
    expiry_max_duration              integer,
    imported                         boolean                  not null default false,
    s3_bucket_name                   text                     not null,
    kms_alias                        text,
    glue_database_name               text                     not null,
    iam_dataset_admin_role_name      text,
    iam_dataset_admin_role_arn       text,
    glue_crawler_name                text,
    glue_profiling_job_name          text,
    imported_s3_bucket               boolean                  not null default false,
    imported_kms_key                 boolean                  not null default false,
    imported_glue_database           boolean                  not null default false,
    imported_admin_role              boolean                  not null default false,
    stack_uri                        varchar(64),
    table_count                      integer                  not null default 0,
    location_count                   integer                  not null default 0,
    created                          timestamp with time zone not null,
    updated                          timestamp with time zone not null
);
-- listDatasets: the user's teams as owner team or stewards, or the user as creator
create index dataset_owner_team on dataset (saml_admin_group_name);
create index dataset_stewards on dataset (stewards);
create index dataset_creator on dataset (owner);
create index dataset_environment on dataset (environment_uri, saml_admin_group_name);

create table dataset_table (
    table_uri              varchar(64)              primary key,
    dataset_uri            varchar(64)              not null,
    name                   varchar                  not null,
    label                  text                     not null,
    description            text,
    glue_database_name     text                     not null,
    s3_prefix              text,
    aws_account_id         varchar(12)              not null,
    region                 varchar(32)              not null,
    owner                  text                     not null,
    tags                   jsonb                    not null,
    topics                 jsonb                    not null,
    terms                  jsonb                    not null,
    stage                  varchar(32)              not null,
    last_glue_table_status varchar(32)              not null,
    glue_table_properties  jsonb                    not null,
    created                timestamp with time zone not null,
    updated                timestamp with time zone not null
);
create index dataset_table_dataset on dataset_table (dataset_uri, name);
create index dataset_table_name on dataset_table (name);

create table dataset_table_column (
    column_uri         varchar(64)              primary key,
    table_uri          varchar(64)              not null,
    dataset_uri        varchar(64)              not null,
    name               text                     not null,
    label              text                     not null,
    type_name          text,
    column_type        varchar(32),
    position           integer                  not null,
    description        text,
    glue_database_name text                     not null,
    glue_table_name    text                     not null,
    aws_account_id     varchar(12)              not null,
    region             varchar(32)              not null,
    owner              text                     not null,
    write_back_error   text,
    created            timestamp with time zone not null,
    updated            timestamp with time zone not null
);
create index dataset_table_column_table on dataset_table_column (table_uri, position);
create index dataset_table_column_dataset on dataset_table_column (dataset_uri);

create table dataset_storage_location (
    location_uri     varchar(64)              primary key,
    dataset_uri      varchar(64)              not null,
    label            text                     not null,
    name             text                     not null,
    s3_prefix        text                     not null,
    description      text,
    tags             jsonb                    not null,
    terms            jsonb                    not null,
    owner            text                     not null,
    location_created boolean                  not null default false,
    prefix_error     text,
    created          timestamp with time zone not null,
    updated          timestamp with time zone not null
);
create index dataset_storage_location_dataset on dataset_storage_location (dataset_uri);

create table dataset_table_data_filter (
    filter_uri     varchar(64)              primary key,
    table_uri      varchar(64)              not null,
    dataset_uri    varchar(64)              not null,
    label          text                     not null,
    name           text                     not null,
    filter_type    text                     not null,
    included_cols  jsonb                    not null,
    row_expression text,
    description    text,
    owner          text                     not null,
    created        timestamp with time zone not null
);
create index dataset_table_data_filter_table on dataset_table_data_filter (table_uri);
create index dataset_table_data_filter_dataset on dataset_table_data_filter (dataset_uri);

-- Runs are ordered by the dataset event that started them (sequence), newest first.
create table dataset_profiling_run (
    profiling_run_uri varchar(64)              primary key,
    dataset_uri       varchar(64)              not null,
    table_uri         varchar(64)              not null,
    sequence          bigint                   not null,
    glue_table_name   text                     not null,
    glue_job_name     text,
    glue_job_run_id   text,
    status            varchar(32)              not null,
    results           text,
    error             text,
    owner             text                     not null,
    aws_account_id    varchar(12)              not null,
    created           timestamp with time zone not null,
    updated           timestamp with time zone not null
);
create index dataset_profiling_run_table on dataset_profiling_run (table_uri, sequence);
create index dataset_profiling_run_dataset on dataset_profiling_run (dataset_uri);

create table dataset_crawler_run (
    crawler_run_id varchar(64)              primary key,
    dataset_uri    varchar(64)              not null,
    sequence       bigint                   not null,
    crawler_name   text,
    location       text,
    status         varchar(32)              not null,
    error          text,
    started_by     text,
    created        timestamp with time zone not null,
    updated        timestamp with time zone not null
);
create index dataset_crawler_run_dataset on dataset_crawler_run (dataset_uri, sequence);
