-- Feeds (data.all modules/feed): messages posted on datasets, tables and folders.
create table feed_message (
    feed_message_uri varchar(64)  primary key,
    target_uri       varchar(64)  not null,
    target_type      varchar(64)  not null,
    creator          varchar(256) not null,
    content          text         not null,
    created          timestamp with time zone not null
);
create index feed_message_target on feed_message (target_uri, target_type, created desc);

-- Votes (data.all modules/vote): one per user and target.
create table vote (
    vote_uri    varchar(64)  primary key,
    target_uri  varchar(64)  not null,
    target_type varchar(64)  not null,
    username    varchar(256) not null,
    upvote      boolean      not null,
    created     timestamp with time zone not null,
    updated     timestamp with time zone not null
);
create index vote_target on vote (target_uri, target_type);
