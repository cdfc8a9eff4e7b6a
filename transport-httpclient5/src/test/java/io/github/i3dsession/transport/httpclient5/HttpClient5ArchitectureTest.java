package io.github.i3dsession.transport.httpclient5;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
        packages = "io.github.i3dsession.transport.httpclient5",
        importOptions = ImportOption.DoNotIncludeTests.class)
class HttpClient5ArchitectureTest {

    @ArchTest
    static final ArchRule otherHttpStacksAndAdaptersAreNeverUsed = noClasses()
            .that()
            .resideInAPackage("io.github.i3dsession.transport.httpclient5..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.net.http..",
                    "feign..",
                    "io.github.i3dsession.transport.jdk..",
                    "io.github.i3dsession.transport.feign..",
                    "com.fasterxml..");

    @ArchTest
    static final ArchRule onlyTheSpiOfTheCoreIsUsed = noClasses()
            .that()
            .resideInAPackage("io.github.i3dsession.transport.httpclient5..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.github.i3dsession.api.internal..");

    @ArchTest
    static final ArchRule onlyTheTransportAndItsProviderArePublic = classes()
            .that()
            .resideInAPackage("io.github.i3dsession.transport.httpclient5..")
            .and()
            .arePublic()
            .and()
            .areTopLevelClasses()
            .should()
            .haveSimpleNameStartingWith("HttpClient5Transport")
            // The interceptor that lends a SessionClient's session to the application's own HttpClient 5.
            .orShould()
            .haveSimpleName("SessionHeadersInterceptor");
}
