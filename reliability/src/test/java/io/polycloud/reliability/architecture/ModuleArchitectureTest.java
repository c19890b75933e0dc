package io.polycloud.reliability.architecture;

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
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.http.okhttp.OkHttpTransport;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import io.polycloud.reliability.architecture.fixture.LeakyServiceApi;
import io.polycloud.reliability.architecture.fixture.cycle.a.Upstream;
import io.polycloud.reliability.architecture.fixture.cycle.b.Downstream;
import io.polycloud.testing.PolycloudEmulator;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module structure of DESIGN.md §1, checked on the main classes of every module: dependencies
 * point one way (services → core, testing → core and the services' public API), OkHttp, Okio, Kotlin, Jackson and internal
 * packages stay out of every public signature, no published module uses Jackson at all, and signing
 * lives in core alone. Every rule refuses to pass on an empty selection,
 * and the import is checked to hold each module, so no rule can pass by inspecting nothing.
 */
class ModuleArchitectureTest {

    private static final String CORE = "io.polycloud.core..";
    private static final String[] SERVICES = {"io.polycloud.aliyun..", "io.polycloud.huawei.."};
    /** The libraries users depend on: core, the services, the emulator. */
    private static final String[] LIBRARIES = {CORE, "io.polycloud.aliyun..", "io.polycloud.huawei..", "io.polycloud.testing.."};
    /** Every published module: the libraries and the OkHttp transport. */
    private static final String[] PUBLISHED = {CORE, "io.polycloud.http..", "io.polycloud.aliyun..", "io.polycloud.huawei..",
            "io.polycloud.testing.."};
    /** Everything built on core. */
    private static final String[] ABOVE_CORE = {"io.polycloud.http..", "io.polycloud.aliyun..", "io.polycloud.huawei..", "io.polycloud.testing..",
            "io.polycloud.examples..", "io.polycloud.benchmarks..", "io.polycloud.reliability.."};
    /** Programs and test suites: nothing may depend on them. */
    private static final String[] APPLICATIONS = {"io.polycloud.examples..", "io.polycloud.benchmarks..", "io.polycloud.reliability.."};
    private static final List<String> HIDDEN_PACKAGES = List.of("okhttp3", "okio", "kotlin", "com.fasterxml.jackson");

    /** One anchor class per module; its class-path entry (a jar, or target/classes in the reactor) is imported. */
    private static final List<Class<?>> MODULE_ANCHORS = List.of(HttpTransport.class, OkHttpTransport.class, VpcClient.class, DrsClient.class,
            DdsClient.class, LakeFormationClient.class, PolycloudEmulator.class);

    private static final JavaClasses MODULES = importNamesOnly(MODULE_ANCHORS.stream().map(ModuleArchitectureTest::classPathEntry));
    private static final JavaClasses FIXTURE = importNamesOnly(Stream.of(Location.of(
            LeakyServiceApi.class.getResource(LeakyServiceApi.class.getSimpleName() + ".class"))));

    static final ArchRule CORE_DEPENDS_ON_NO_MODULE_ABOVE_IT = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(ABOVE_CORE)
            .allowEmptyShould(false);

    static final ArchRule SERVICES_DEPEND_ONLY_ON_CORE_AND_THEMSELVES = classes()
            .that().resideInAnyPackage(SERVICES)
            .should(new ArchCondition<>("depend on no other io.polycloud module than core and their own service") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    String own = serviceRoot(c.getPackageName());
                    c.getDirectDependenciesFromSelf().forEach(d -> {
                        String target = d.getTargetClass().getPackageName();
                        boolean polycloud = target.startsWith("io.polycloud.");
                        if (polycloud && !target.startsWith("io.polycloud.core") && !serviceRoot(target).equals(own)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    });
                }
            })
            .allowEmptyShould(false);

    /**
     * The emulator speaks the wire protocols itself; it reuses what the services publish (status
     * enums, {@code *ErrorCodes}) but never their internals, which are free to change.
     */
    static final ArchRule TESTING_DEPENDS_ON_CORE_AND_SERVICE_APIS_ONLY = dependsOnlyOnCoreAndServiceApis("io.polycloud.testing");

    /** Issue 11: the emulator's packages depend on each other one way (API → internal → its cloud parts). */
    static final ArchRule TESTING_PACKAGES_FREE_OF_CYCLES = packagesFreeOfCycles("io.polycloud.testing");

    static final ArchRule NOTHING_DEPENDS_ON_APPLICATIONS = noClasses()
            .that().resideInAnyPackage(LIBRARIES)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATIONS)
            .allowEmptyShould(false);

    static final ArchRule NO_HIDDEN_TYPE_IN_PUBLIC_SIGNATURES = classes()
            .that(new DescribedPredicate<JavaClass>("are public API: public all the way out, outside an internal package") {
                @Override
                public boolean test(JavaClass c) {
                    return isApi(c);
                }
            })
            .should(new ArchCondition<>("show no okhttp3, okio, kotlin, Jackson or internal type in a public or protected signature") {
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
                        if (isVisible(u.getModifiers()) && !u.getName().equals("<clinit>") && !isServiceModuleHook(c, u)) {
                            u.getParameterTypes().forEach(t -> report(u, "parameter", t, events));
                            report(u, "return type", u.getReturnType(), events);
                            u.getThrowsClause().getTypes().forEach(t -> report(u, "throws", t, events));
                            u.getTypeParameters().forEach(t -> report(u, "type parameter", t, events));
                        }
                    }
                }
            })
            .allowEmptyShould(false);

    static final ArchRule SERVICES_DO_NOT_TOUCH_OKHTTP = noClasses()
            .that().resideInAnyPackage(SERVICES)
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..", "kotlin..")
            .allowEmptyShould(false);

    /**
     * Issue 16: Jackson on a runtime path clashes with the versions the clouds' official SDKs bring,
     * so no main class of a published library uses it at all (core's {@code internal.json} reads and
     * writes every document); tests may still use it as an oracle.
     */
    static final ArchRule PUBLISHED_LIBRARIES_DO_NOT_USE_JACKSON = noJackson(PUBLISHED);

    static final ArchRule SERVICES_HOLD_NO_SIGNING_CODE = noClasses()
            .that().resideInAnyPackage(SERVICES)
            .should().dependOnClassesThat().resideInAnyPackage("io.polycloud.core.signing..", "javax.crypto..")
            .orShould().dependOnClassesThat().areAssignableTo(MessageDigest.class)
            .allowEmptyShould(false);

    @Test
    void theImport_holdsTheMainClassesOfEveryModuleAndNoTests() {
        for (Class<?> anchor : MODULE_ANCHORS) {
            assertTrue(MODULES.contain(anchor), "imported " + anchor.getName());
        }
        assertTrue(MODULES.stream().filter(c -> c.getPackageName().startsWith("io.polycloud.core")).count() > 50);
        assertTrue(MODULES.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")), "test classes are not inspected");
    }

    @Test
    void core_dependsOnNoServiceTestingOrApplication() {
        CORE_DEPENDS_ON_NO_MODULE_ABOVE_IT.check(MODULES);
    }

    @Test
    void services_dependOnlyOnCoreAndThemselves() {
        SERVICES_DEPEND_ONLY_ON_CORE_AND_THEMSELVES.check(MODULES);
    }

    @Test
    void testing_dependsOnCoreAndTheServicesPublicApiOnly() {
        TESTING_DEPENDS_ON_CORE_AND_SERVICE_APIS_ONLY.check(MODULES);
    }

    @Test
    void theTestingRule_findsADependencyOnAServicesInternalPackageInAFixture() {
        List<String> details = dependsOnlyOnCoreAndServiceApis("io.polycloud.reliability.architecture.fixture")
                .evaluate(FIXTURE).getFailureReport().getDetails();
        assertTrue(details.stream().anyMatch(d -> d.contains("io.polycloud.huawei.drs.internal.InternalOnlyFixture")),
                String.join("\n", details));
    }

    @Test
    void testing_hasNoPackageCycle() {
        TESTING_PACKAGES_FREE_OF_CYCLES.check(MODULES);
    }

    @Test
    void theCycleRule_findsAPackageCycleInAFixture() {
        JavaClasses cycle = importNamesOnly(Stream.of(Location.of(
                Upstream.class.getResource(Upstream.class.getSimpleName() + ".class")), Location.of(
                Downstream.class.getResource(Downstream.class.getSimpleName() + ".class"))));
        assertTrue(packagesFreeOfCycles("io.polycloud.reliability.architecture.fixture.cycle").evaluate(cycle).hasViolation());
    }

    @Test
    void nothing_dependsOnExamplesBenchmarksOrTheReliabilitySuite() {
        NOTHING_DEPENDS_ON_APPLICATIONS.check(MODULES);
    }

    @Test
    void publicSignatures_ofEveryModule_showNoOkHttpOkioKotlinOrJacksonType() {
        NO_HIDDEN_TYPE_IN_PUBLIC_SIGNATURES.check(MODULES);
    }

    @Test
    void services_neverTouchOkHttpOkioOrKotlin() {
        SERVICES_DO_NOT_TOUCH_OKHTTP.check(MODULES);
    }

    @Test
    void publishedLibraries_neverUseJackson() {
        PUBLISHED_LIBRARIES_DO_NOT_USE_JACKSON.check(MODULES);
    }

    @Test
    void theJacksonRule_findsAJacksonDependencyInAFixture() {
        List<String> details = noJackson("io.polycloud.reliability.architecture.fixture..").evaluate(FIXTURE)
                .getFailureReport().getDetails();
        assertTrue(details.stream().anyMatch(d -> d.contains("com.fasterxml.jackson.databind.JsonNode")), String.join("\n", details));
    }

    @Test
    void services_holdNoSigningCode() {
        SERVICES_HOLD_NO_SIGNING_CODE.check(MODULES);
    }

    @Test
    void theSignatureRule_findsEveryKindOfLeakInAFixture() {
        List<String> details = NO_HIDDEN_TYPE_IN_PUBLIC_SIGNATURES.evaluate(FIXTURE).getFailureReport().getDetails();
        Set<String> leaks = new TreeSet<>();
        for (String d : details) {
            leaks.add(d.replaceAll(".* shows (\\S+) in its (.+)$", "$2: $1"));
        }
        assertEquals(new TreeSet<>(List.of(
                "field type: okio.Buffer",
                "interface: kotlin.jvm.functions.Function0",
                "parameter: okhttp3.Request",
                "return type: com.fasterxml.jackson.databind.JsonNode",
                "return type: io.polycloud.core.internal.protocol.aliyun.AliyunRpcRequest",
                "return type: okhttp3.Headers",
                "throws: com.fasterxml.jackson.core.JsonProcessingException")), leaks, String.join("\n", details));
    }

    private static ArchRule noJackson(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .allowEmptyShould(false);
    }

    /** Every package under {@code root} is a slice; no slice may reach itself again. */
    private static ArchRule packagesFreeOfCycles(String root) {
        return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                return c.getPackageName().startsWith(root) ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages under " + root;
            }
        }).should().beFreeOfCycles().allowEmptyShould(false);
    }

    /** Classes under {@code root} may use core (internals included) and the services' public packages, nothing else of Polycloud. */
    private static ArchRule dependsOnlyOnCoreAndServiceApis(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("depend on no other io.polycloud code than core and the services' public API") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        c.getDirectDependenciesFromSelf().forEach(d -> {
                            String target = d.getTargetClass().getPackageName();
                            boolean service = target.startsWith("io.polycloud.aliyun.") || target.startsWith("io.polycloud.huawei.");
                            boolean allowed = !target.startsWith("io.polycloud.") || target.startsWith(root)
                                    || target.startsWith("io.polycloud.core") || (service && !isInternal(target + "."));
                            if (!allowed) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        });
                    }
                })
                .allowEmptyShould(false);
    }

    /** {@code io.polycloud.aliyun.vpc.model} → {@code io.polycloud.aliyun.vpc}. */
    private static String serviceRoot(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length < 4 ? packageName : String.join(".", parts[0], parts[1], parts[2], parts[3]);
    }

    /**
     * The protected hooks of core's abstract client builders and of its service-client bases (in
     * {@code io.polycloud.core.protocol.*}) are how a service module reaches the internal pipeline
     * (what the AWS SDK marks {@code @SdkProtectedApi}); under JPMS their internal types are
     * unreachable to anyone but Polycloud's own modules.
     */
    private static boolean isServiceModuleHook(JavaClass c, JavaCodeUnit u) {
        boolean base = c.getSimpleName().endsWith("ClientBuilder") || c.getPackageName().startsWith("io.polycloud.core.protocol.");
        return c.getPackageName().startsWith("io.polycloud.core.") && base && c.getModifiers().contains(JavaModifier.ABSTRACT)
                && u.getModifiers().contains(JavaModifier.PROTECTED);
    }

    private static boolean isApi(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.PUBLIC) && !c.isAnonymousClass() && !isInternal(c.getName())
                && c.getEnclosingClass().map(ModuleArchitectureTest::isApi).orElse(true);
    }

    private static boolean isInternal(String className) {
        return className.startsWith("io.polycloud.") && className.contains(".internal.");
    }

    private static boolean isVisible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static void report(Object owner, String where, JavaType type, ConditionEvents events) {
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            String name = involved.getName();
            if (HIDDEN_PACKAGES.stream().anyMatch(p -> name.startsWith(p + ".")) || isInternal(name)) {
                events.add(SimpleConditionEvent.violated(owner, owner + " shows " + name + " in its " + where));
            }
        }
    }

    /** The class-path entry a class was loaded from: its module's jar, or target/classes in the reactor. */
    private static Location classPathEntry(Class<?> anchor) {
        try {
            return Location.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Imports the classes at these locations. Only the names of third-party types matter, so they
     * are not resolved from the class path (that would import much of OkHttp, Kotlin and Jackson).
     */
    private static JavaClasses importNamesOnly(Stream<Location> locations) {
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().importLocations(locations.toList());
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }
}
