package io.grantline.command.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatasetResourceNamesTest {

    static final String URI = "dsuri001";
    static final String LONG_LABEL = "Sales of every region and every product line since l";

    @Test
    void bucketIsPrefixLabelAndUriInLowerCaseWithDashes() {
        assertThat(DatasetResourceNames.bucket("dataall", "Sales & Marketing_2024", URI))
                .isEqualTo("dataall-sales-marketing-2024-dsuri001");
    }

    @Test
    void kmsAliasIsTheBucketName() {
        assertThat(DatasetResourceNames.kmsAlias("dataall", "Sales Data", URI))
                .isEqualTo(DatasetResourceNames.bucket("dataall", "Sales Data", URI));
    }

    @Test
    void glueDatabaseKeepsUnderscoresAndTurnsEveryOtherSeparatorIntoOne() {
        assertThat(DatasetResourceNames.glueDatabase("dataall", "Sales & Marketing_2024", URI))
                .isEqualTo("dataall_sales_marketing_2024_dsuri001");
    }

    @Test
    void iamRoleKeepsUnderscores() {
        assertThat(DatasetResourceNames.iamRole("dataall", "Sales_Data", URI)).isEqualTo("dataall-sales_data-dsuri001");
    }

    @Test
    void crawlerAndProfilingJobShareTheGlueJobBaseName() {
        assertThat(DatasetResourceNames.crawler("dataall", "Sales Data", URI))
                .isEqualTo("dataall-sales-data-dsuri001-crawler");
        assertThat(DatasetResourceNames.profilingJob("dataall", "Sales Data", URI))
                .isEqualTo("dataall-sales-data-dsuri001-profiler");
    }

    @Test
    void accentsAreFoldedToPlainLetters() {
        assertThat(DatasetResourceNames.bucket("dataall", "Données Clés", URI))
                .isEqualTo("dataall-donnees-cles-dsuri001");
    }

    @Test
    void aLongLabelIsShortenedSoTheBucketKeepsTheUriWithinSixtyThreeCharacters() {
        String bucket = DatasetResourceNames.bucket("dataall", LONG_LABEL, URI);

        assertThat(bucket).hasSizeLessThanOrEqualTo(63).startsWith("dataall-sales-of-every").endsWith("-" + URI);
    }

    @Test
    void aLongLabelIsShortenedSoTheGlueJobBaseNameFitsFiftyTwoCharacters() {
        String crawler = DatasetResourceNames.crawler("dataall", LONG_LABEL, URI);

        assertThat(crawler).hasSizeLessThanOrEqualTo(52 + "-crawler".length()).endsWith("-" + URI + "-crawler");
    }

    @Test
    void aLongLabelFitsTheIamRoleLimit() {
        assertThat(DatasetResourceNames.iamRole("dataall", LONG_LABEL, URI))
                .hasSizeLessThanOrEqualTo(63).endsWith("-" + URI);
    }

    @Test
    void theEnvironmentsResourcePrefixLeadsEveryName() {
        assertThat(DatasetResourceNames.bucket("acme-data", "Sales", URI)).isEqualTo("acme-data-sales-dsuri001");
        assertThat(DatasetResourceNames.glueDatabase("acme-data", "Sales", URI)).isEqualTo("acme_data_sales_dsuri001");
    }
}
