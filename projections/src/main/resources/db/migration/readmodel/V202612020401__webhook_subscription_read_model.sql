-- Webhook subscriptions as the API lists them; event_types is the subscribed types joined by commas.
create table webhook_subscription (
    subscription_uri   varchar(64)   primary key,
    url                varchar(2048) not null,
    event_types        text          not null,
    resource_uri       varchar(256),
    description        varchar(1024),
    secret_fingerprint varchar(128)  not null,
    owner              varchar(256)  not null,
    created            timestamp with time zone not null,
    updated            timestamp with time zone not null
);
create index webhook_subscription_created on webhook_subscription (created desc);
