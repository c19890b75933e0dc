package io.polycloud.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.polycloud.core.architecture.fixture.LeakyApi;
import io.polycloud.core.http.HttpTransport;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Jackson is an implementation detail of sdk-core: none of its types may appear in anything a
 * user can see. OkHttp, Okio and Kotlin live in sdk-http-okhttp: sdk-core never touches them.
 */
class PublicApiArchitectureTest {

    private static final List<String> HIDDEN_PACKAGES = List.of("okhttp3", "okio", "kotlin", "com.fasterxml.jackson");

    /** sdk-core's main classes: the directory or jar {@link HttpTransport} was loaded from. */
    private static final JavaClasses CORE = importNamesOnly(HttpTransport.class, "");
    private static final JavaClasses FIXTURE = importNamesOnly(LeakyApi.class, LeakyApi.class.getPackageName().replace('.', '/'));

    /** Public or protected members of classes reachable from outside: public, and public all the way out. */
    static final ArchRule NO_HIDDEN_TYPE_IN_PUBLIC_SIGNATURES = classes()
            .that(new DescribedPredicate<JavaClass>("are part of the public API") {
                @Override
                public boolean test(JavaClass c) {
                    return isApi(c);
                }
            })
            .should(new ArchCondition<>("expose no okhttp3, okio, kotlin or Jackson type") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    c.getSuperclass().ifPresent(t -> report(c, "superclass", t, events));
                    c.getInterfaces().forEach(t -> report(c, "interface", t, events));
                    c.getTypeParameters().forEach(t -> report(c, "type parameter", t, events));
                    for (JavaField f : c.getFields()) {
                        if (isVisible(f.getModifiers())) {
                            report(f, "field type", f.getType(), events);
                        }
                    }
                    for (JavaCodeUnit u : c.getCodeUnits()) {
                        if (!isVisible(u.getModifiers()) || u.getName().equals("<clinit>")) {
                            continue;
                        }
                        u.getParameterTypes().forEach(t -> report(u, "parameter", t, events));
                        report(u, "return type", u.getReturnType(), events);
                        u.getThrowsClause().getTypes().forEach(t -> report(u, "throws", t, events));
                        u.getTypeParameters().forEach(t -> report(u, "type parameter", t, events));
                    }
                }
            })
            .allowEmptyShould(false);

    static final ArchRule NO_OKHTTP_IN_CORE = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..", "kotlin..");

    /**
     * Imports the classes under {@code subdirectory} of the class-path entry {@code anchor} came
     * from. Scanning by package would open every jar on the class path, and resolving third-party
     * types would import much of OkHttp, Kotlin and Jackson; only their names matter here.
     */
    private static JavaClasses importNamesOnly(Class<?> anchor, String subdirectory) {
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ClassFileImporter().importPath(root.resolve(subdirectory));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    private static boolean isApi(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.PUBLIC) && !c.isAnonymousClass()
                && c.getEnclosingClass().map(PublicApiArchitectureTest::isApi).orElse(true);
    }

    private static boolean isVisible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static void report(Object owner, String where, JavaType type, ConditionEvents events) {
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            String name = involved.getName();
            boolean hidden = HIDDEN_PACKAGES.stream().anyMatch(p -> name.startsWith(p + "."));
            if (hidden) {
                events.add(SimpleConditionEvent.violated(owner, owner + " exposes " + name + " in its " + where));
            }
        }
    }

    @Test
    void theImportActuallyContainsCore() {
        assertTrue(CORE.size() > 50, "imported " + CORE.size() + " classes");
        assertTrue(CORE.contain(HttpTransport.class));
        assertTrue(CORE.stream().noneMatch(c -> c.getName().contains("Test")), "test classes are not inspected");
    }

    @Test
    void publicSignatures_containNoOkHttpOkioKotlinOrJacksonType() {
        NO_HIDDEN_TYPE_IN_PUBLIC_SIGNATURES.check(CORE);
    }

    @Test
    void core_neverDependsOnOkHttpOkioOrKotlin() {
        NO_OKHTTP_IN_CORE.check(CORE);
    }

    @Test
    void theSignatureRule_catchesEveryKindOfLeakInAFixture() {
        List<String> details = NO_HIDDEN_TYPE_IN_PUBLIC_SIGNATURES.evaluate(FIXTURE).getFailureReport().getDetails();
        Set<String> leaks = new TreeSet<>();
        for (String d : details) {
            leaks.add(d.replaceAll(".* exposes (\\S+) in its (.+)$", "$2: $1"));
        }
        assertEquals(new TreeSet<>(List.of(
                "field type: okio.Buffer",
                "interface: kotlin.jvm.functions.Function0",
                "parameter: okhttp3.Request",
                "return type: com.fasterxml.jackson.databind.JsonNode",
                "return type: okhttp3.Headers",
                "superclass: okhttp3.EventListener",
                "throws: com.fasterxml.jackson.core.JsonProcessingException",
                "type parameter: okhttp3.Headers")), leaks, String.join("\n", details));
    }

    @Test
    void theDependencyRule_catchesAnOkHttpImport() {
        assertTrue(NO_OKHTTP_IN_CORE.evaluate(FIXTURE).hasViolation());
    }
}
