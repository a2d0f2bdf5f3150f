package org.casewatch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.time.Clock;
import java.sql.Statement;
import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Holds the package rules of the style guide: stages never import each other, library types stay home. */
class ArchitectureTest {

    private static final String[] STAGES = {"fetch", "parse", "store", "match", "hearings", "notify"};
    private static final java.util.Set<String> STATEMENTS = java.util.Set.of("java.sql.Statement",
            "java.sql.PreparedStatement", "java.sql.CallableStatement");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.casewatch");
    }

    @Test
    void theModelUsesNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.casewatch.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.casewatch.model..", "java..")
                .check(classes);
    }

    @ParameterizedTest
    @CsvSource({"fetch", "parse", "store", "match", "hearings", "notify"})
    void aStageUsesOnlyTheModelOfTheProject(String stage) {
        String[] others = Arrays.stream(STAGES).filter(s -> !s.equals(stage)).map(s -> "org.casewatch." + s + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("org.casewatch." + stage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others).check(classes);
        noClasses().that().resideInAPackage("org.casewatch." + stage + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.casewatch.pipeline..", "org.casewatch.app..",
                        "org.casewatch.cli..", "org.casewatch.config..", "org.casewatch.schedule..")
                .check(classes);
    }

    @ParameterizedTest
    @CsvSource({
            "okhttp3.., fetch", "okio.., fetch", "com.rometools.., parse", "org.jsoup.., parse",
            "com.ibm.icu.., parse notify", "org.sqlite.., store", "org.flywaydb.., store", "jakarta.mail.., notify",
            "org.eclipse.angus.., notify", "org.quartz.., schedule", "picocli.., cli",
            "com.fasterxml.jackson.., config", "io.javalin.., web", "io.micrometer.., web",
            "org.eclipse.jetty.., web",
    })
    void libraryTypesStayInTheirStage(String library, String stages) {
        String[] home = Arrays.stream((stages + " app").split(" ")).map(s -> "org.casewatch." + s + "..")
                .toArray(String[]::new);
        noClasses().that().resideOutsideOfPackages(home)
                .should().dependOnClassesThat().resideInAPackage(library).check(classes);
    }

    @Test
    void sqlIsOnlyEverPreparedWithParameters() {
        DescribedPredicate<JavaMethodCall> sqlText = DescribedPredicate.describe("a JDBC method that runs SQL text",
                // By name too: library types are not read from the class path (archunit.properties).
                call -> (STATEMENTS.contains(call.getTargetOwner().getName())
                        || call.getTargetOwner().isAssignableTo(Statement.class))
                        && call.getName().matches("execute.*|addBatch")
                        && call.getTarget().getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(String.class)));
        noClasses().should().callMethodWhere(sqlText).check(classes);
        noClasses().should().callMethod(Connection.class, "createStatement").check(classes);
    }

    /** Time is an input: only the process's entry point reads the system clock, and no test does. */
    @Test
    void onlyTheEntryPointReadsTheSystemClock() {
        JavaClasses withTests = new ClassFileImporter().importPackages("org.casewatch");
        noClasses().that().doNotHaveFullyQualifiedName("org.casewatch.cli.Environment")
                .should().callMethodWhere(readsTheSystemClock()).check(withTests);
    }

    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return DescribedPredicate.describe("a method that reads the system clock", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.equals(Clock.class.getName()) && name.startsWith("system")
                    || owner.startsWith("java.time.") && name.equals("now")
                    || owner.equals(System.class.getName()) && name.equals("currentTimeMillis")
                    || owner.equals(java.util.Date.class.getName()) && name.equals("<init>")
                    && call.getTarget().getRawParameterTypes().isEmpty();
        });
    }

    @Test
    void theConsoleReadsAndWritesThroughTheStoreAndTheApp() {
        // A stage above app, like cli: it may use app, config, model and the store's repositories; never the other
        // stages, and never JDBC of its own.
        noClasses().that().resideInAPackage("org.casewatch.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.casewatch.fetch..", "org.casewatch.parse..",
                        "org.casewatch.match..", "org.casewatch.notify..", "org.casewatch.pipeline..",
                        "org.casewatch.schedule..", "org.casewatch.cli..", "java.sql..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.casewatch.web..", "org.casewatch.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.casewatch.web..").check(classes);
    }

    @Test
    void theCommandLineGoesThroughTheApp() {
        noClasses().that().resideInAPackage("org.casewatch.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.casewatch.fetch..", "org.casewatch.parse..",
                        "org.casewatch.store..", "org.casewatch.match..", "org.casewatch.notify..",
                        "org.casewatch.pipeline..", "org.casewatch.schedule..")
                .check(classes);
    }
}
