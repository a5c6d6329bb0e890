package io.grantline.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;
import org.axonframework.spring.stereotype.Aggregate;

/** The module rules of DESIGN.md, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "io.grantline", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    static final String CORE_API = "io.grantline.api..";
    static final String COMMAND_SIDE = "io.grantline.command..";
    static final String LOOKUP = "io.grantline.command.lookup..";
    static final String PROJECTIONS = "io.grantline.projections..";
    static final String QUERY_SIDE = "io.grantline.graphql..";
    static final String APP = "io.grantline.app..";
    static final String CDK = "io.grantline.cdk..";
    /** The sagas module: process managers, and the cloud ports and adapters they call. */
    static final String[] SAGAS = {"io.grantline.saga..", "io.grantline.cloud.."};

    static final String[] GRAPHQL = {"graphql..", "com.netflix.graphql.."};
    static final String[] DATABASE = {"java.sql..", "javax.sql..", "org.springframework.jdbc..", "org.jooq.."};
    static final String[] CLOUD = {"software.amazon.awssdk..", "org.opensearch.."};

    /** Axon's annotations from its messaging and modelling modules, such as @TargetAggregateIdentifier or @Revision. */
    static final DescribedPredicate<JavaClass> AXON_MESSAGE_ANNOTATIONS = describe(
            "Axon messaging/modelling annotations", type -> type.isAnnotation() && type.getPackageName().matches(
                    "org\\.axonframework\\.(modelling|messaging|serialization|commandhandling|eventhandling"
                            + "|queryhandling)(\\..*)?"));

    @ArchTest
    static final ArchRule coreApiHoldsOnlyPlainMessages = classes().that().resideInAPackage(CORE_API)
            .should().onlyDependOnClassesThat(resideInAnyPackage(CORE_API, "java..", "com.fasterxml.jackson.annotation..")
                    .or(AXON_MESSAGE_ANNOTATIONS))
            .because("core-api holds the messages only: no Spring, no I/O (DESIGN.md, Modules)");

    @ArchTest
    static final ArchRule commandSideDependsOnCoreApiOnly = noClasses().that().resideInAPackage(COMMAND_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(concat(SAGAS, PROJECTIONS, QUERY_SIDE, APP, CDK))
            .because("command-side may depend on core-api only");

    @ArchTest
    static final ArchRule commandSideTouchesNeitherGraphQlNorTheCloud = noClasses().that().resideInAPackage(COMMAND_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(concat(GRAPHQL, CLOUD))
            .because("nothing in command-side touches GraphQL, OpenSearch or the AWS SDK");

    @ArchTest
    static final ArchRule onlyTheLookupTablesOfCommandSideTouchTheDatabase = noClasses()
            .that().resideInAPackage(COMMAND_SIDE).and().resideOutsideOfPackage(LOOKUP)
            .should().dependOnClassesThat().resideInAnyPackage(DATABASE)
            .because("set-wide rules use lookup repositories in their own package; nothing else writes SQL");

    @ArchTest
    static final ArchRule aggregatesTouchNoDatabase = noClasses().that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage(DATABASE)
            .because("aggregates keep their state in events, never in tables");

    @ArchTest
    static final ArchRule aggregatesNeverCallSagas = noClasses().that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage(SAGAS)
            .because("sagas react to events; aggregates never call them");

    @ArchTest
    static final ArchRule onlyTheApiEdgeAndTheAppTouchGraphQl = noClasses()
            .that().resideInAPackage("io.grantline..").and().resideOutsideOfPackages(APP, QUERY_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(GRAPHQL)
            .because("nothing outside app and query-side touches GraphQL");

    @ArchTest
    static final ArchRule projectionsDependOnCoreApiOnly = noClasses().that().resideInAPackage(PROJECTIONS)
            .should().dependOnClassesThat().resideInAnyPackage(concat(SAGAS, COMMAND_SIDE, QUERY_SIDE, APP, CDK))
            .because("projections may depend on core-api only");

    @ArchTest
    static final ArchRule querySideDependsOnCoreApiOnly = noClasses().that().resideInAPackage(QUERY_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(concat(SAGAS, COMMAND_SIDE, PROJECTIONS, APP, CDK))
            .because("query-side may depend on core-api only: queries go through the QueryGateway, mutations"
                    + " through the CommandGateway");

    @ArchTest
    static final ArchRule sagasDependOnCoreApiAndCdkOnly = noClasses().that().resideInAnyPackage(SAGAS)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND_SIDE, PROJECTIONS, QUERY_SIDE, APP)
            .because("sagas may depend on core-api and cdk only: they talk to aggregates with commands")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule cdkDependsOnNothingOfGrantline = noClasses().that().resideInAPackage(CDK)
            .should().dependOnClassesThat().resideInAnyPackage(concat(SAGAS, CORE_API, COMMAND_SIDE, PROJECTIONS,
                    QUERY_SIDE, APP))
            .because("cdk depends on CDK only");

    /** Package patterns given one by one or in groups, as one array. */
    private static String[] concat(Object... patterns) {
        return Arrays.stream(patterns)
                .flatMap(pattern -> pattern instanceof String[] group ? Arrays.stream(group) : Stream.of(pattern))
                .map(String.class::cast).toArray(String[]::new);
    }
}
