-- Axon's JDBC event store, token store and saga store (Axon creates no tables itself).
create table domainevententry (
    globalindex         bigserial     not null primary key,
    eventidentifier     varchar(255)  not null unique,
    metadata            bytea,
    payload              bytea         not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255)  not null,
    timestamp           varchar(255)  not null,
    aggregateidentifier varchar(255)  not null,
    sequencenumber      bigint        not null,
    type                 varchar(255),
    unique (aggregateidentifier, sequencenumber)
);

create table snapshotevententry (
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                 varchar(255) not null,
    eventidentifier     varchar(255) not null unique,
    metadata            bytea,
    payload              bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    primary key (aggregateidentifier, sequencenumber)
);

create table tokenentry (
    processorname varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    tokentype     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processorname, segment)
);

create table sagaentry (
    sagaid         varchar(255) not null primary key,
    revision        varchar(255),
    sagatype       varchar(255),
    serializedsaga bytea
);

create table associationvalueentry (
    id                serial       not null primary key,
    associationkey   varchar(255) not null,
    associationvalue varchar(255),
    sagaid           varchar(255) not null,
    sagatype         varchar(255)
);
create index associationvalueentry_saga on associationvalueentry (sagaid, sagatype);
create index associationvalueentry_value on associationvalueentry (sagatype, associationkey, associationvalue);

-- How far each read-model processor got per aggregate: the API waits on it for read-your-writes.
create table projection_progress (
    processing_group varchar(255) not null,
    aggregate_id     varchar(255) not null,
    sequence_number  bigint       not null,
    primary key (processing_group, aggregate_id)
);
