-- Set-wide rule of the Dataset aggregate: an S3 bucket backs at most one live dataset.
create table dataset_bucket_link (
    dataset_uri varchar(64) primary key,
    bucket_name varchar(63) not null unique
);
