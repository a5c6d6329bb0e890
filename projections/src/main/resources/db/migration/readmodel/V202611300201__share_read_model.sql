-- Shares: one row per share with its dataset side and target side flattened. A deleted share keeps its row
-- with `deleted` set (queries skip it), so its history and the grants it held can still be reasoned about.
create table share_object (
    share_uri                       varchar(64)              primary key,
    dataset_uri                     varchar(64)              not null,
    dataset_name                    text                     not null,
    dataset_organization_uri        varchar(64)              not null,
    dataset_environment_uri         varchar(64)              not null,
    dataset_environment_name        text,
    dataset_aws_account_id          varchar(12)              not null,
    dataset_region                  varchar(32)              not null,
    dataset_owner_group             varchar(256)             not null,
    dataset_environment_admin_group varchar(256),
    dataset_stewards                varchar(256),
    glue_database_name              text                     not null,
    bucket_name                     text                     not null,
    kms_alias                       text,
    dataset_role_arn                text,
    dataset_imported                boolean                  not null default false,
    enable_expiration               boolean                  not null default false,
    expiry_setting                  text,
    expiry_min_duration             integer,
    expiry_max_duration             integer,
    environment_uri                 varchar(64)              not null,
    environment_name                text,
    organization_uri                varchar(64),
    aws_account_id                  varchar(12)              not null,
    region                          varchar(32)              not null,
    resource_prefix                 text,
    group_uri                       varchar(256)             not null,
    principal_type                  varchar(32)              not null,
    principal_id                    varchar(256)             not null,
    principal_name                  text,
    principal_role_arn              text,
    principal_iam_type              varchar(16),
    owner                           varchar(256)             not null,
    status                          varchar(32)              not null,
    permissions                     jsonb                    not null,
    request_purpose                 text,
    reject_purpose                  text,
    extension_reason                text,
    share_expiration_period         integer,
    non_expirable                   boolean                  not null default false,
    expiry_date                     timestamp with time zone,
    requested_expiry_date           timestamp with time zone,
    submitted_for_extension         boolean                  not null default false,
    last_extension_date             timestamp with time zone,
    -- the dataset approved the share on submission: the requesting team then holds the approver's permissions
    auto_approved                   boolean                  not null default false,
    -- the command that last submitted the share (or an extension), to recognise an approval in the same command
    submission_causation            varchar(64),
    shared_items                    integer                  not null default 0,
    revoked_items                   integer                  not null default 0,
    failed_items                    integer                  not null default 0,
    pending_items                   integer                  not null default 0,
    existing_shared_items           boolean                  not null default false,
    created                         timestamp with time zone not null,
    updated                         timestamp with time zone not null,
    deleted                         timestamp with time zone
);
create index share_object_dataset on share_object (dataset_uri);
create index share_object_environment on share_object (environment_uri, group_uri);
create index share_object_group on share_object (group_uri);
create index share_object_owner on share_object (owner);
create index share_object_dataset_owner on share_object (dataset_owner_group);
create index share_object_dataset_stewards on share_object (dataset_stewards);

-- The items of a share; a removed item's row is deleted, as data.all deletes it.
create table share_item (
    share_item_uri           varchar(64)              primary key,
    share_uri                varchar(64)              not null,
    item_uri                 varchar(64)              not null,
    item_type                varchar(32)              not null,
    item_name                text                     not null,
    description              text,
    status                   varchar(32)              not null,
    health_status            varchar(32),
    health_message           text,
    last_verification_time   timestamp with time zone,
    attached_data_filter_uri varchar(64),
    filter_label             text,
    filter_uris              jsonb                    not null,
    filter_names             jsonb                    not null,
    added_by                 varchar(256),
    created                  timestamp with time zone not null,
    updated                  timestamp with time zone not null
);
create index share_item_share on share_item (share_uri);
create index share_item_item on share_item (item_uri, status);
create index share_item_attached_filter on share_item (attached_data_filter_uri);

-- What the share processor recorded, one row per event of the share (sequence is the event's sequence number
-- in the share's stream, so a re-projected event overwrites nothing and the log keeps the stream's order).
create table share_log (
    share_uri  varchar(64)              not null,
    sequence   bigint                   not null,
    log_stream varchar(64),
    message    text                     not null,
    logged     timestamp with time zone not null,
    primary key (share_uri, sequence)
);
