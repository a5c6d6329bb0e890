-- The local cloud's side of data sharing: Lake Formation permissions, RAM invitations, Glue resource links,
-- S3 access points and bucket policies, KMS key policies and IAM policy versions.

-- What a Glue database was made with; shared databases carry data.all's description.
alter table local_glue_database add column description text;

-- Every KMS alias points at a key of its own; the key id is made with the alias.
alter table local_kms_alias add column key_id varchar(64) not null default gen_random_uuid()::text;

-- One row per principal, resource and permission. The resource is in the catalog of catalog_id:
-- a database (table_name ''), a table or resource link, or a data cells filter of a table (filter_name).
create table local_lf_permission (
    catalog_id    varchar(12)   not null,
    region        varchar(32)   not null,
    database_name varchar(255)  not null,
    table_name    varchar(255)  not null,
    filter_name   varchar(255)  not null,
    principal     varchar(2048) not null,
    permission    varchar(32)   not null,
    grantable     boolean       not null,
    granted       timestamp with time zone not null,
    primary key (catalog_id, region, database_name, table_name, filter_name, principal, permission)
);
create index local_lf_permission_principal on local_lf_permission (principal);

-- Lake Formation data cells filters of a table (made by hand, as the table's owner would).
create table local_lf_data_cells_filter (
    catalog_id    varchar(12)  not null,
    region        varchar(32)  not null,
    database_name varchar(255) not null,
    table_name    varchar(255) not null,
    filter_name   varchar(255) not null,
    created       timestamp with time zone not null,
    primary key (catalog_id, region, database_name, table_name, filter_name)
);

-- Data lake settings: the cross-account version that lets grants go to other accounts through RAM.
create table local_lf_setting (
    account_id            varchar(12) not null,
    region                varchar(32) not null,
    cross_account_version integer     not null,
    primary key (account_id, region)
);

-- The RAM invitation cross-account grants send, one per sender, receiver and region; status PENDING or ACCEPTED.
create table local_ram_invitation (
    sender_account_id   varchar(12) not null,
    receiver_account_id varchar(12) not null,
    region              varchar(32) not null,
    status              varchar(16) not null,
    created             timestamp with time zone not null,
    accepted            timestamp with time zone,
    primary key (sender_account_id, receiver_account_id, region)
);

-- Glue resource links: a table name in a database that points at a table of some catalog.
create table local_glue_resource_link (
    account_id           varchar(12)  not null,
    region               varchar(32)  not null,
    database_name        varchar(255) not null,
    link_name            varchar(255) not null,
    target_catalog_id    varchar(12)  not null,
    target_database_name varchar(255) not null,
    target_table_name    varchar(255) not null,
    created              timestamp with time zone not null,
    primary key (account_id, region, database_name, link_name),
    foreign key (account_id, region, database_name)
        references local_glue_database (account_id, region, database_name) on delete cascade
);

create table local_s3_access_point (
    account_id  varchar(12)  not null,
    region      varchar(32)  not null,
    name        varchar(50)  not null,
    bucket_name varchar(63)  not null,
    alias       varchar(128) not null,
    policy      text,
    created     timestamp with time zone not null,
    primary key (account_id, region, name)
);
create index local_s3_access_point_bucket on local_s3_access_point (bucket_name);

-- Bucket names are global, as in S3.
create table local_s3_bucket_policy (
    bucket_name varchar(63) primary key,
    policy      text        not null,
    updated     timestamp with time zone not null
);

create table local_kms_key_policy (
    account_id varchar(12) not null,
    region     varchar(32) not null,
    key_id     varchar(64) not null,
    policy     text        not null,
    updated    timestamp with time zone not null,
    primary key (account_id, region, key_id)
);

-- The versions of customer-managed policies saved through the share ports; local_iam_policy.document is the
-- default version's document.
create table local_iam_policy_version (
    account_id  varchar(12)  not null,
    policy_name varchar(128) not null,
    version     integer      not null,
    document    jsonb        not null,
    is_default  boolean      not null,
    created     timestamp with time zone not null,
    primary key (account_id, policy_name, version)
);
