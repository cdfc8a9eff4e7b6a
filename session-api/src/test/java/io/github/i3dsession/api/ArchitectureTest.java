package io.github.i3dsession.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.i3dsession.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule apiDependsOnNoTransportLibrary = noClasses()
            .that()
            .resideInAPackage("io.github.i3dsession.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.net.http..",
                    "org.apache.hc..",
                    "feign..",
                    "okhttp3..",
                    "io.github.i3dsession.transport..",
                    "io.github.i3dsession.testkit..");

    @ArchTest
    static final ArchRule spiDoesNotDependOnTheClientOrItsInternals = noClasses()
            .that()
            .resideInAPackage("io.github.i3dsession.api.spi..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.github.i3dsession.api.internal..");

    // SessionStateJson is the one exception: package-private, it keeps Jackson out of every public signature. It may
    // move into the internals once SessionState is wired into the client there.
    @ArchTest
    static final ArchRule jacksonStaysInsideTheInternals = noClasses()
            .that()
            .resideInAnyPackage("io.github.i3dsession.api", "io.github.i3dsession.api.spi")
            .and()
            .doNotHaveFullyQualifiedName("io.github.i3dsession.api.SessionStateJson")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.fasterxml..");

    @ArchTest
    static final ArchRule theSessionStateCodecIsNotPublic = classes()
            .that()
            .haveFullyQualifiedName("io.github.i3dsession.api.SessionStateJson")
            .should()
            .notBePublic();
}
