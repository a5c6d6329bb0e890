-- The webhooks processor's own copy of the subscriptions, kept in event order with its tracking token, so an event
-- goes to exactly the subscriptions that existed when it happened. event_types: the types joined by commas.
create table webhook_route (
    subscription_uri varchar(64)   primary key,
    url              varchar(2048) not null,
    event_types      text          not null,
    resource_uri     varchar(256)
);

-- The delivery outbox: one row per (subscription, event), written in the transaction of the processor's token.
-- position orders the rows of a resource; only the oldest undelivered row of a (subscription, resource) is sent.
create table webhook_delivery (
    delivery_id      varchar(64)   primary key,
    position         bigserial     not null unique,
    subscription_uri varchar(64)   not null,
    event_id         varchar(255)  not null,
    event_type       varchar(512)  not null,
    resource_uri     varchar(256)  not null,
    body             text          not null,
    status           varchar(16)   not null,
    attempts         integer       not null default 0,
    last_status_code integer,
    last_error       text,
    next_attempt_at  timestamp with time zone not null,
    claimed_until    timestamp with time zone,
    delivered_at     timestamp with time zone,
    created          timestamp with time zone not null default now(),
    unique (subscription_uri, event_id)
);
create index webhook_delivery_queue on webhook_delivery (subscription_uri, resource_uri, position)
    where status <> 'DELIVERED';
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_listing on webhook_delivery (subscription_uri, position desc);

-- Every attempt of a delivery, with the wait chosen after it (null once delivered or dead-lettered).
create table webhook_delivery_attempt (
    attempt_id      bigserial    primary key,
    delivery_id     varchar(64)  not null,
    attempt         integer      not null,
    attempted_at    timestamp with time zone not null,
    status_code     integer,
    error           text,
    next_attempt_at timestamp with time zone
);
create index webhook_delivery_attempt_delivery on webhook_delivery_attempt (delivery_id, attempt_id);
