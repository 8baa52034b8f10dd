package org.evidenceapi;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The package layering, checked on the compiled classes as JHipster's TechnicalStructureTest does: feature
 * packages depend on each other one way, and {@code common} depends on no feature.
 */
@Tag("unit")
class ArchitectureTest {
    private static final String FEATURES = "org.evidenceapi.(*)..";
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.evidenceapi");
    }

    @Test
    void featurePackagesDependOnEachOtherOneWay() {
        slices().matching(FEATURES).should().beFreeOfCycles()
                .check(production);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.evidenceapi.common..")
                .should().dependOnClassesThat(resideInAPackage("org.evidenceapi..")
                        .and(resideOutsideOfPackage("org.evidenceapi.common..")))
                .check(production);
    }
}
