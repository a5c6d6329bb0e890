package io.grantline.cdk.dataset;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * What the dataset role may do, as in data.all: read and write the dataset bucket, keep the dataset's Glue
 * database and tables up to date from its crawler, manage the tables' Lake Formation data filters, read the
 * profiling code from the environment bucket and write the profiling results of its own tables there, and write the
 * crawler's and the job's logs.
 */
final class DatasetRolePolicy {

    private DatasetRolePolicy() {
    }

    static List<PolicyStatement> statements(DatasetStackProps props, IBucket bucket) {
        Arns arns = new Arns(props);
        String environmentBucketArn = "arn:aws:s3:::" + props.environmentBucketName();
        return List.of(
                statement("ListAll", List.of("s3:ListAllMyBuckets", "s3:ListAccessPoints"), List.of("*")),
                statement("ListDatasetBucket",
                        List.of("s3:ListBucket", "s3:GetBucketLocation", "s3:GetBucketAcl"),
                        List.of(bucket.getBucketArn())),
                statement("ReadWriteDatasetBucket",
                        List.of("s3:PutObject", "s3:PutObjectAcl", "s3:GetObject", "s3:GetObjectAcl",
                                "s3:GetObjectVersion", "s3:DeleteObject"),
                        List.of(bucket.arnForObjects("*"))),
                statement("ReadAccessPointsDatasetBucket",
                        List.of("s3:GetAccessPoint", "s3:GetAccessPointPolicy", "s3:GetAccessPointPolicyStatus"),
                        List.of("arn:aws:s3:" + props.region() + ":" + props.accountId() + ":accesspoint/"
                                + props.datasetUri() + "*")),
                statement("GlueAccessCrawler",
                        List.of("glue:Get*", "glue:BatchGet*", "glue:CreateTable", "glue:UpdateTable",
                                "glue:DeleteTableVersion", "glue:DeleteTable", "glue:BatchCreatePartition",
                                "glue:BatchDeletePartition", "glue:BatchDeleteTable",
                                "glue:BatchDeleteTableVersion"),
                        List.of(arns.glue("catalog"),
                                arns.glue("database/" + props.glueDatabaseName()),
                                arns.glue("table/" + props.glueDatabaseName() + "/*"),
                                arns.glue("crawler/" + props.crawlerName()),
                                arns.glue("job/" + props.profilingJobName()))),
                statement("GlueSecurityConfiguration", List.of("glue:GetSecurityConfiguration"), List.of("*")),
                statement("GlueAccessDefault", List.of("glue:GetDatabase"), List.of(arns.glue("database/default"))),
                statement("CreateLoggingGlue",
                        List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:AssociateKmsKey"),
                        List.of(arns.logs("log-group:/aws-glue/crawlers*"), arns.logs("log-group:/aws-glue/jobs/*"))),
                statement("LoggingGlue", List.of("logs:PutLogEvents"),
                        List.of(arns.logs("log-group:/aws-glue/crawlers:log-stream:" + props.crawlerName()),
                                arns.logs("log-group:/aws-glue/crawlers-role/" + props.crawlerName()
                                        + "*:log-stream:" + props.crawlerName() + "*"),
                                arns.logs("log-group:/aws-glue/jobs/*"))),
                lakeFormationDataFilters(props),
                statement("ListEnvironmentBucket", List.of("s3:ListBucket"), List.of(environmentBucketArn)),
                statement("ReadEnvironmentBucketProfiling",
                        List.of("s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectVersion"),
                        List.of(environmentBucketArn + "/profiling/code/*")),
                statement("ReadWriteEnvironmentBucketProfilingResults", List.of("s3:PutObject", "s3:GetObject"),
                        List.of(environmentBucketArn + "/profiling/results/" + props.datasetUri() + "/*")));
    }

    // Lake Formation takes only "*" as the resource of its data-filter actions, so the account and region are
    // pinned by condition.
    private static PolicyStatement lakeFormationDataFilters(DatasetStackProps props) {
        return PolicyStatement.Builder.create()
                .sid("LFDataFilters")
                .actions(List.of(
                        "lakeformation:ListDataCellsFilter",
                        "lakeformation:GetDataCellsFilter",
                        "lakeformation:CreateDataCellsFilter",
                        "lakeformation:DeleteDataCellsFilter",
                        "lakeformation:UpdateDataCellsFilter"))
                .resources(List.of("*"))
                .conditions(Map.of("ForAllValues:StringEquals", Map.of(
                        "aws:ResourceAccount", props.accountId(),
                        "aws:RequestedRegion", props.region())))
                .build();
    }

    private static PolicyStatement statement(String sid, List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create().sid(sid).actions(actions).resources(resources).build();
    }
}
