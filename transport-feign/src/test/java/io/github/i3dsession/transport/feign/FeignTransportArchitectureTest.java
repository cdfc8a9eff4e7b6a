package io.github.i3dsession.transport.feign;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The adapter speaks Feign only: other HTTP libraries arrive solely as the application's own feign.Client. */
@AnalyzeClasses(packages = "io.github.i3dsession.transport.feign", importOptions = ImportOption.DoNotIncludeTests.class)
class FeignTransportArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNoOtherHttpLibraryOrAdapter = noClasses()
            .that()
            .resideInAPackage("io.github.i3dsession.transport.feign")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.net.http..",
                    "org.apache.hc..",
                    "io.github.i3dsession.transport.jdk..",
                    "io.github.i3dsession.transport.httpclient5..");

    @ArchTest
    static final ArchRule onlyTheEntryClassAndProviderArePublic = classes()
            .that()
            .resideInAPackage("io.github.i3dsession.transport.feign")
            .and()
            .areTopLevelClasses()
            .and()
            .arePublic()
            .should()
            .haveSimpleName("FeignTransport")
            .orShould()
            .haveSimpleName("FeignTransportProvider")
            // The interceptor that lends a SessionClient's session to the application's own Feign clients.
            .orShould()
            .haveSimpleName("SessionHeadersInterceptor");

    /** Feign calls a capability's methods reflectively, which needs a public class: it must stay out of reach. */
    @ArchTest
    static final ArchRule publicNestedClassesAreEnclosedInPackagePrivateOnes = classes()
            .that()
            .resideInAPackage("io.github.i3dsession.transport.feign")
            .and()
            .areNestedClasses()
            .and()
            .arePublic()
            .should(beEnclosedInAPackagePrivateClass());

    private static ArchCondition<JavaClass> beEnclosedInAPackagePrivateClass() {
        return new ArchCondition<>("be enclosed in a package-private class") {
            @Override
            public void check(JavaClass nested, ConditionEvents events) {
                boolean hidden = nested.getEnclosingClass()
                        .map(enclosing -> !enclosing.getModifiers().contains(JavaModifier.PUBLIC))
                        .orElse(false);
                events.add(new SimpleConditionEvent(
                        nested,
                        hidden,
                        nested.getName() + (hidden ? " is" : " is not") + " enclosed in a package-private class"));
            }
        };
    }
}
