package io.grantline.cloud.local;

import io.grantline.cloud.StackDeployment;
import java.util.Map;

/** A dataset stack's template as the local cloud reads it: the resources datasets use, written by hand. */
public final class DatasetStackTemplate {

    public static final String ACCOUNT = "111122223333";
    public static final String REGION = "eu-west-1";
    public static final String STACK_NAME = "dataset-sales";
    public static final String BUCKET = "dh-sales-abc123";
    public static final String KMS_ALIAS = "dh-sales-abc123";
    public static final String DATABASE = "dh_sales_abc123";
    public static final String CRAWLER = "dh-sales-abc123";
    public static final String PROFILING_JOB = "dh-sales-abc123-profiler";
    /** The environment's default bucket, where the profiling job writes its results; not the stack's. */
    public static final String ENVIRONMENT_BUCKET = "dh-env1-default";

    public static final String TEMPLATE = """
            {"Resources": {
               "DatasetBucket": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain",
                                 "Properties": {"BucketName": "dh-sales-abc123"}},
               "DatasetKey": {"Type": "AWS::KMS::Key", "DeletionPolicy": "Retain"},
               "DatasetKeyAlias": {"Type": "AWS::KMS::Alias",
                                   "Properties": {"AliasName": "alias/dh-sales-abc123",
                                                  "TargetKeyId": {"Fn::GetAtt": ["DatasetKey", "Arn"]}}},
               "GlueDatabase": {"Type": "AWS::Glue::Database",
                                "Properties": {"CatalogId": "111122223333",
                                               "DatabaseInput": {"Name": "dh_sales_abc123"}}},
               "DatasetCrawler": {"Type": "AWS::Glue::Crawler",
                                  "Properties": {"Name": "dh-sales-abc123", "DatabaseName": {"Ref": "GlueDatabase"},
                                                 "Targets": {"S3Targets": [
                                                   {"Path": {"Fn::Join": ["", ["s3://", {"Ref": "DatasetBucket"}]]}}]}}},
               "ProfilingJob": {"Type": "AWS::Glue::Job",
                                "Properties": {"Name": "dh-sales-abc123-profiler",
                                               "DefaultArguments": {"--databaseName": "dh_sales_abc123",
                                                                    "--resultsBucket": "dh-env1-default"}}}}}""";

    private DatasetStackTemplate() {
    }

    public static StackDeployment deploy(LocalCloud cloud) {
        return cloud.deployer.deploy(STACK_NAME, ACCOUNT, REGION, TEMPLATE, Map.of());
    }
}
