-- The environment's access-logs bucket, and whether its stack has completed at least once (data.all's validated).
alter table environment add column logs_bucket_name varchar(128);
alter table environment add column validated boolean not null default false;
