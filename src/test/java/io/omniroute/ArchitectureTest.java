package io.omniroute;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of docs/ARCHITECTURE.md, checked on every build. */
@AnalyzeClasses(packages = "io.omniroute", importOptions = ArchitectureTest.ProductionCodeOnly.class)
class ArchitectureTest {

    /** Leaves out compiled tests wherever the build folder is (parallel builds use target-* folders). */
    static final class ProductionCodeOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule engineIsPureJava = noClasses().that().resideInAPackage("io.omniroute.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "javax.sql..", "java.net.http..", "okhttp3..", "retrofit2..",
                    "com.fasterxml.jackson..", "io.javalin..", "org.eclipse.jetty..", "org.h2..", "org.postgresql..")
            .because("the engine is reused by the console, the CLI and the server, and must stay free of UI,"
                    + " SQL, HTTP and JSON libraries");

    @ArchTest
    static final ArchRule engineKnowsNothingOfTheApp = noClasses().that().resideInAPackage("io.omniroute.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("io.omniroute.cli..", "io.omniroute.console..",
                    "io.omniroute.cache..", "io.omniroute.sync..", "io.omniroute.server..", "io.omniroute.generate..")
            .because("dependencies point inward: the app uses the engine, never the reverse");

    @ArchTest
    static final ArchRule onlyRepositoriesRunSql = noClasses().that()
            .resideOutsideOfPackages("io.omniroute.cache..", "io.omniroute.server.store..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.sql..", "javax.sql..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(java.sql.SQLException.class))))
            .allowEmptyShould(true)
            .because("SQL lives in repositories only, so the schema can change in one place; callers may pass a"
                    + " repository's SQLException through a transaction, but never touch a connection");

    @ArchTest
    static final ArchRule onlySyncAndServerSpeakHttp = noClasses().that()
            .resideOutsideOfPackages("io.omniroute.sync..", "io.omniroute.server..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "okhttp3..", "retrofit2..",
                    "io.javalin..", "org.eclipse.jetty..")
            .allowEmptyShould(true)
            .because("HTTP is the sync client's and the server's concern only");

    @ArchTest
    static final ArchRule consoleReachesTheServerOnlyOverHttp = noClasses().that()
            .resideInAnyPackage("io.omniroute.cache..", "io.omniroute.sync..", "io.omniroute.console..")
            .should().dependOnClassesThat().resideInAPackage("io.omniroute.server..")
            .allowEmptyShould(true)
            .because("the console talks to the embedded server over HTTP exactly as to a remote one; only"
                    + " io.omniroute.backend starts it in-process");

    @ArchTest
    static final ArchRule logsGoThroughSlf4j = noClasses().that().resideOutsideOfPackage("io.omniroute.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("only the CLI prints to the terminal; everything else logs through SLF4J");

    @ArchTest
    static final ArchRule viewModelsStayToolkitFree = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.fxml..")
            .allowEmptyShould(true)
            .because("ViewModels are tested as plain JUnit, without the FX toolkit");

    @ArchTest
    static final ArchRule onlyTheTaskExecutorHopsThreads = noClasses().that()
            .resideInAPackage("io.omniroute.console..").and().resideOutsideOfPackage("io.omniroute.console.task..")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .orShould().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class)
            .because("background work and the hop back to the FX thread go through the one TaskExecutor, so"
                    + " ViewModel tests run inline on a current-thread executor");

    @ArchTest
    static final ArchRule screensKeepToTheirOwnPackage = noClasses().that()
            .resideInAnyPackage("io.omniroute.console.network..", "io.omniroute.console.inventory..",
                    "io.omniroute.console.store..", "io.omniroute.console.exceptions..",
                    "io.omniroute.console.planning..", "io.omniroute.console.whatif..")
            .should().dependOnClassesThat().resideInAnyPackage("io.omniroute.sync..", "io.omniroute.backend..")
            .allowEmptyShould(true)
            .because("screens read the cache and the in-memory model; only the shell knows the backend and the"
                    + " sync client");
}
