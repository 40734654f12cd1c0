package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/** The engine is pure: no framework, no I/O, no JSON library, no binary floating point in its API. */
class EnginePurityTest {

    static {
        // the engine's own classes are all that matter; resolving the whole class path only costs time
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    }

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackagesOf(HteEngine.class);

    @Test
    void dependsOnNoFrameworkAndDoesNoIo() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..",
                        "tools.jackson..", "com.fasterxml..", "org.bson..", "com.mongodb..", "java.io..", "java.nio.file..",
                        "java.net..", "java.sql..")
                .check(ENGINE);
    }

    @Test
    void usesNoBinaryFloatingPoint() {
        noClasses().should().callMethod(BigDecimal.class, "doubleValue")
                .orShould().callMethod(BigDecimal.class, "floatValue")
                .orShould().callMethod(BigDecimal.class, "valueOf", double.class)
                .orShould().callConstructor(BigDecimal.class, double.class)
                .check(ENGINE);
        noFields().should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
                .check(ENGINE);
        noMethods().should().haveRawReturnType(double.class).orShould().haveRawReturnType(float.class)
                .orShould().haveRawReturnType(Double.class).orShould().haveRawReturnType(Float.class)
                .check(ENGINE);
    }
}
