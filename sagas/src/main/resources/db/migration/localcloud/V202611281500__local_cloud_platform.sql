-- The local cloud's IAM (principals, customer-managed policies, attachments) and the platform's parameters.

-- Roles and users made outside stacks (stack-made roles are known from local_stack.resources).
create table local_iam_principal (
    account_id     varchar(12)  not null,
    principal_type varchar(8)   not null,
    principal_name varchar(128) not null,
    created        timestamp with time zone not null,
    primary key (account_id, principal_type, principal_name)
);

create table local_iam_policy (
    account_id  varchar(12)  not null,
    policy_name varchar(128) not null,
    document    jsonb        not null,
    created     timestamp with time zone not null,
    primary key (account_id, policy_name)
);

create table local_iam_policy_attachment (
    account_id     varchar(12)  not null,
    principal_type varchar(8)   not null,
    principal_name varchar(128) not null,
    policy_name    varchar(128) not null,
    primary key (account_id, principal_type, principal_name, policy_name)
);

-- Parameter Store of the platform's own account: every write makes a new version.
create table local_parameter (
    name    varchar(2048) primary key,
    value   text          not null,
    version bigint        not null,
    updated timestamp with time zone not null
);
