-- Time travel's index (processing group "governance"), append-only and kept from events alone: which dataset each
-- share is of, and which dataset each table and folder belongs to, so that accessAt finds the aggregates to read
-- without scanning the event store. It never decides access: the events of those aggregates do.
create table timetravel_share_dataset (
    share_uri       varchar(128) primary key,
    dataset_uri     varchar(128) not null,
    created_at      timestamp with time zone not null,
    global_position bigint       not null
);
create index timetravel_share_dataset_of_dataset on timetravel_share_dataset (dataset_uri, created_at);

create table timetravel_dataset_item (
    item_uri        varchar(128) primary key,
    dataset_uri     varchar(128) not null,
    -- table or folder
    item_type       varchar(16)  not null,
    global_position bigint       not null
);
