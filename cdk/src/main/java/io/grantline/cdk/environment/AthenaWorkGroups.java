package io.grantline.cdk.environment;

import software.amazon.awscdk.services.athena.CfnWorkGroup;
import software.amazon.awscdk.services.athena.CfnWorkGroup.EncryptionConfigurationProperty;
import software.amazon.awscdk.services.athena.CfnWorkGroup.EngineVersionProperty;
import software.amazon.awscdk.services.athena.CfnWorkGroup.ResultConfigurationProperty;
import software.amazon.awscdk.services.athena.CfnWorkGroup.WorkGroupConfigurationProperty;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/** Athena workgroups that keep their query results, encrypted, under their own prefix of the environment bucket. */
final class AthenaWorkGroups {

    static final String ENGINE_VERSION = "Athena engine version 3";

    private AthenaWorkGroups() {
    }

    static String resultsPrefix(String workGroup) {
        return "athenaqueries/" + workGroup + "/";
    }

    static CfnWorkGroup create(Construct scope, String id, String name, IBucket resultsBucket) {
        return CfnWorkGroup.Builder.create(scope, id)
                .name(name)
                .state("ENABLED")
                // Lets the stack delete a workgroup that still holds saved queries.
                .recursiveDeleteOption(true)
                .workGroupConfiguration(WorkGroupConfigurationProperty.builder()
                        .enforceWorkGroupConfiguration(true)
                        .requesterPaysEnabled(false)
                        .engineVersion(EngineVersionProperty.builder()
                                .selectedEngineVersion(ENGINE_VERSION)
                                .build())
                        .resultConfiguration(ResultConfigurationProperty.builder()
                                .outputLocation(resultsBucket.s3UrlForObject(resultsPrefix(name)))
                                .encryptionConfiguration(EncryptionConfigurationProperty.builder()
                                        .encryptionOption("SSE_S3")
                                        .build())
                                .build())
                        .build())
                .build();
    }
}
