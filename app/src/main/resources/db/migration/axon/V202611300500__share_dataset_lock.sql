-- One row per dataset whose shares a run of the share processor is granting or revoking: two runs never touch
-- the cloud for one dataset at the same time (bucket, key and access point policies are read-modify-write).
-- leased_until lets another run take over from a run that vanished without releasing.
create table share_dataset_lock (
    dataset_uri   varchar(255)             not null primary key,
    processing_id varchar(255)             not null,
    leased_until  timestamp with time zone not null
);
