-- Notifications (data.all's notifications module): to a user or a team, read or not yet.
create table notification (
    notification_uri varchar(64)  primary key,
    recipient        varchar(256) not null,
    type             varchar(64),
    message          text         not null,
    target_uri       varchar(256),
    is_read          boolean      not null default false,
    created          timestamp with time zone not null,
    updated          timestamp with time zone not null
);
create index notification_recipient_created on notification (recipient, created desc);
