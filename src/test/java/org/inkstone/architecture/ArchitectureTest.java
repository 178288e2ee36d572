package org.inkstone.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mybatis.cdi.Mapper;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The floors of the code (README, "How the code is laid out") as rules over the compiled classes: {@code web}
 * on top, feature packages below it, {@code common} at the bottom; no package cycle; a feature's mapper is
 * used by that feature only, and never by a resource. Runs in the unit-test phase (no server, no database).
 */
class ArchitectureTest {

    private static final String ROOT = "org.inkstone";
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void noFeatureImportsWeb() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".web..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".web..").check(main);
    }

    @Test
    void commonImportsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".common..").should().dependOnClassesThat(
                DescribedPredicate.describe("are in a feature or web", (JavaClass c) ->
                        c.getPackageName().startsWith(ROOT + ".") && !c.getPackageName().startsWith(ROOT + ".common")))
                .check(main);
    }

    @Test
    void noClassOutsideAFeatureUsesItsMapper() {
        classes().should(onlyUseMappersOfTheirOwnPackage()).check(main);
    }

    @Test
    void resourcesDoNotCallMappers() {
        noClasses().that().areAnnotatedWith(Path.class).should().dependOnClassesThat().areAnnotatedWith(Mapper.class)
                .check(main);
    }

    private static ArchCondition<JavaClass> onlyUseMappersOfTheirOwnPackage() {
        return new ArchCondition<>("use only the mappers of their own package") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                c.getDirectDependenciesFromSelf().forEach(d -> {
                    JavaClass target = d.getTargetClass();
                    if (target.isAnnotatedWith(Mapper.class) && !samePackage(c.getPackage(), target.getPackage())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    private static boolean samePackage(JavaPackage a, JavaPackage b) {
        return a.getName().equals(b.getName());
    }
}
