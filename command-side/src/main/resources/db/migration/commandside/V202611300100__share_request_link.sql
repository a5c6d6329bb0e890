-- Set-wide rule of the ShareObject aggregate: one live share per dataset, environment, team and principal.
create table share_request_link (
    share_uri       varchar(64)  primary key,
    dataset_uri     varchar(64)  not null,
    environment_uri varchar(64)  not null,
    group_uri       varchar(256) not null,
    principal_id    varchar(256) not null,
    unique (dataset_uri, environment_uri, group_uri, principal_id)
);
