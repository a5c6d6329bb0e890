create table organization (
    organization_uri  varchar(64)  primary key,
    label             varchar(256) not null,
    name              varchar(256) not null,
    description       text,
    tags              jsonb        not null,
    saml_group_name   varchar(256) not null,
    owner             varchar(256) not null,
    created           timestamp with time zone not null,
    updated           timestamp with time zone not null,
    archived          boolean      not null default false
);

create table organization_group (
    organization_uri varchar(64)  not null,
    group_uri        varchar(256) not null,
    permissions      jsonb        not null,
    invited_by       varchar(256),
    created          timestamp with time zone not null,
    primary key (organization_uri, group_uri)
);

create table tenant_group (
    group_uri   varchar(256) primary key,
    permissions jsonb        not null,
    created     timestamp with time zone not null
);

create table group_member (
    group_uri varchar(256) not null,
    username  varchar(256) not null,
    primary key (group_uri, username)
);
create index group_member_username on group_member (username);

-- Resource policies: which team holds which permission on which resource, derived from events.
create table resource_policy (
    resource_uri  varchar(64)  not null,
    resource_type varchar(64)  not null,
    group_uri     varchar(256) not null,
    permission    varchar(128) not null,
    primary key (resource_uri, group_uri, permission)
);
create index resource_policy_group on resource_policy (group_uri, resource_type);
