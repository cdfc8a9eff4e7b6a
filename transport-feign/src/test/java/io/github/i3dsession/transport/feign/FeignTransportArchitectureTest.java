package io.github.i3dsession.transport.feign;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The adapter speaks Feign only: other HTTP libraries arrive solely as the application's own feign.Client. */
@AnalyzeClasses(packages = "io.github.i3dsession.transport.feign", importOptions = ImportOption.DoNotIncludeTests.class)
class FeignTransportArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNoOtherHttpLibraryOrAdapter = noClasses()
            .that().resideInAPackage("io.github.i3dsession.transport.feign")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.net.http..",
                    "org.apache.hc..",
                    "io.github.i3dsession.transport.jdk..",
                    "io.github.i3dsession.transport.httpclient5..");

    @ArchTest
    static final ArchRule onlyTheEntryClassAndProviderArePublic = classes()
            .that().resideInAPackage("io.github.i3dsession.transport.feign")
            .and().arePublic()
            .should().haveSimpleName("FeignTransport")
            .orShould().haveSimpleName("FeignTransportProvider");
}
