package io.github.i3dsession.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model depends on java.base only, so every other module can use it without baggage. */
@AnalyzeClasses(packages = "io.github.i3dsession.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnlyOnJavaAndItself = classes()
            .that()
            .resideInAPackage("io.github.i3dsession.model..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.github.i3dsession.model..");
}
