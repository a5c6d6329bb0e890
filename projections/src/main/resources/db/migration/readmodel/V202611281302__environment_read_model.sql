-- Environments; a deleted one keeps its row with `deleted` set (organizations count the rows where it is null).
create table environment (
    environment_uri                 varchar(64)  primary key,
    organization_uri                varchar(64)  not null,
    label                           varchar(256) not null,
    name                            varchar(256) not null,
    description                     text,
    aws_account_id                  varchar(12)  not null,
    region                          varchar(32)  not null,
    saml_group_name                 varchar(256) not null,
    owner                           varchar(256) not null,
    tags                            jsonb        not null,
    resource_prefix                 varchar(64)  not null,
    parameters                      jsonb        not null,
    default_bucket_name             varchar(128),
    default_athena_workgroup        varchar(128),
    default_iam_role_name           varchar(128),
    default_iam_role_arn            varchar(256),
    default_iam_role_imported       boolean      not null default false,
    permissions_boundary_policy_arn varchar(256),
    vpc_id                          varchar(64),
    subnet_ids                      jsonb        not null,
    subscriptions_enabled           boolean      not null default false,
    producers_topic_name            varchar(256),
    producers_topic_imported        boolean      not null default false,
    consumers_topic_name            varchar(256),
    consumers_topic_imported        boolean      not null default false,
    stack_uri                       varchar(64),
    stack_status                    varchar(64),
    created                         timestamp with time zone not null,
    updated                         timestamp with time zone not null,
    deleted                         timestamp with time zone
);
create index environment_organization on environment (organization_uri);

-- The teams of an environment: the admin team and the invited ones, each with its IAM role and Athena workgroup.
create table environment_group (
    environment_uri   varchar(64)  not null,
    group_uri         varchar(256) not null,
    admin             boolean      not null default false,
    permissions       jsonb        not null,
    iam_role_name     varchar(128),
    iam_role_arn      varchar(256),
    iam_role_imported boolean      not null default false,
    athena_workgroup  varchar(128),
    invited_by        varchar(256),
    created           timestamp with time zone not null,
    updated           timestamp with time zone not null,
    primary key (environment_uri, group_uri)
);
create index environment_group_group on environment_group (group_uri);

create table consumption_principal (
    consumption_principal_uri varchar(64)  primary key,
    environment_uri           varchar(64)  not null,
    name                      varchar(256) not null,
    group_uri                 varchar(256) not null,
    iam_principal_arn         varchar(2048) not null,
    iam_principal_name        varchar(128) not null,
    principal_type            varchar(16)  not null,
    dataall_managed           varchar(32)  not null,
    created                   timestamp with time zone not null,
    updated                   timestamp with time zone not null
);
create index consumption_principal_environment on consumption_principal (environment_uri, group_uri);
create index consumption_principal_group on consumption_principal (group_uri);

create table network (
    vpc_uri            varchar(64)  primary key,
    environment_uri    varchar(64)  not null,
    vpc_id             varchar(64)  not null,
    label              varchar(256) not null,
    name               varchar(256) not null,
    description        text,
    saml_group_name    varchar(256) not null,
    owner              varchar(256) not null,
    aws_account_id     varchar(12)  not null,
    region             varchar(32)  not null,
    private_subnet_ids jsonb        not null,
    public_subnet_ids  jsonb        not null,
    tags               jsonb        not null,
    created            timestamp with time zone not null
);
create index network_environment on network (environment_uri);
