-- Signing secrets of webhook subscriptions: kept out of the events, which are kept forever and shown in the history.
create table webhook_secret (
    subscription_uri varchar(64) primary key,
    secret           varchar(128) not null,
    created          timestamp with time zone not null default now()
);
