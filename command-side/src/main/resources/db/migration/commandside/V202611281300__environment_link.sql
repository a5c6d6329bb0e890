-- Set-wide rule of the Environment aggregate: an AWS account and region pair is linked once.
create table environment_link (
    environment_uri  varchar(64)  primary key,
    organization_uri varchar(64)  not null,
    aws_account_id   varchar(12)  not null,
    region           varchar(32)  not null,
    admin_group      varchar(256) not null,
    unique (aws_account_id, region)
);
create index environment_link_organization on environment_link (organization_uri, admin_group);
