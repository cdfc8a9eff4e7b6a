package io.github.i3dsession.transport.jdk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.i3dsession.transport.jdk", importOptions = ImportOption.DoNotIncludeTests.class)
class JdkArchitectureTest {

    @ArchTest
    static final ArchRule adapterDependsOnNoOtherAdapterOrHttpLibrary = noClasses()
            .that()
            .resideInAPackage("io.github.i3dsession.transport.jdk..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.i3dsession.transport.httpclient5..",
                    "io.github.i3dsession.transport.feign..",
                    "org.apache.hc..",
                    "feign..",
                    "okhttp3..",
                    "com.fasterxml..");

    @ArchTest
    static final ArchRule adapterUsesOnlyTheSpiAndModel = noClasses()
            .that()
            .resideInAPackage("io.github.i3dsession.transport.jdk..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.github.i3dsession.api.internal..");
}
