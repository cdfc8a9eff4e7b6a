package io.github.i3dsession.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
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
            .dependOnClassesThat(resideInAPackage("io.github.i3dsession.api.internal..")
                    // The argument checks are shared so that each is written once; they hold no client state.
                    .and(not(simpleName("Checks"))));

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
