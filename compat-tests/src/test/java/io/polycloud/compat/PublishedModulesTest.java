package io.polycloud.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every published module (every artifact of the BOM) has a module-info that places each of its
 * packages: exported as API, or internal. A package added to a module without a decision, a new
 * module without a module-info, or a BOM entry this suite does not check fails the build here.
 */
class PublishedModulesTest {

    /** The published modules as this build resolved them (jars, or target/classes), one path per line. */
    private static final List<Path> PUBLISHED = publishedModulePaths();
    private static final List<ModuleDescriptor> DESCRIPTORS = PUBLISHED.stream().map(PublishedModulesTest::descriptor).toList();

    @Test
    void theBom_listsExactlyThePolycloudModulesThisSuiteDependsOn() {
        Set<String> bom = artifactIds(Path.of(System.getProperty("compat.bom")), "dependencyManagement");
        Set<String> checked = artifactIds(Path.of(System.getProperty("compat.pom")), "project");
        checked.remove("sdk-bom");
        assertEquals(bom, checked, "compat-tests/pom.xml must depend on every module of the BOM, and on no other Polycloud jar");
        assertEquals(bom.size(), PUBLISHED.size(), "resolved: " + PUBLISHED);
    }

    @Test
    void theConvergenceConsumers_coverEveryModuleOfTheBom() throws Exception {
        Set<String> bom = artifactIds(Path.of(System.getProperty("compat.bom")), "dependencyManagement");
        Path convergence = Path.of(System.getProperty("compat.convergence"));
        Set<String> alone = new TreeSet<>();
        NodeList modules = xml(convergence.resolve("pom.xml")).getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Path pom = convergence.resolve(modules.item(i).getTextContent().trim()).resolve("pom.xml");
            Set<String> ids = artifactIds(pom, "project");
            if (pom.getParent().getFileName().toString().equals("bom")) {
                assertEquals(bom, ids, pom + " declares every module");
            } else {
                assertEquals(1, ids.size(), pom + " declares one module");
                alone.addAll(ids);
            }
        }
        assertEquals(bom, alone, "a plain consumer per module among the modules of " + convergence.resolve("pom.xml"));
    }

    @Test
    void theBom_pinsItsPluginsToTheRootPomsVersions() throws Exception {
        Element bom = xml(Path.of(System.getProperty("compat.bom")));
        Element root = xml(Path.of(System.getProperty("compat.rootPom")));
        NodeList plugins = bom.getElementsByTagName("plugin");
        int pinned = 0;
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            String version = text(plugin, "version");
            if (!version.isEmpty()) {
                // maven-install-plugin -> ${install-plugin.version} in the root pom
                String property = text(plugin, "artifactId").replaceFirst("^maven-", "") + ".version";
                assertEquals(text(root, property), version, "sdk-bom's " + text(plugin, "artifactId"));
                pinned++;
            }
        }
        assertTrue(pinned >= 4, "pinned in sdk-bom: " + pinned);
    }

    @Test
    void everyPublishedModule_hasAModuleInfo_thatExportsItsApiAndOnlyQualifiesItsInternals() {
        Set<String> names = DESCRIPTORS.stream().map(ModuleDescriptor::name).collect(Collectors.toCollection(TreeSet::new));
        List<String> violations = new ArrayList<>();
        for (ModuleDescriptor d : DESCRIPTORS) {
            violations.addAll(ModuleInfoRules.violations(d, names));
        }
        assertEquals(List.of(), violations);
        assertTrue(names.contains(ModuleInfoRules.CORE), names.toString());
    }

    @Test
    void jarsWithAModuleInfo_carryNoAutomaticModuleName() throws IOException {
        for (Path p : PUBLISHED) {
            if (Files.isRegularFile(p)) {
                try (JarFile jar = new JarFile(p.toFile())) {
                    assertEquals(null, jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"), p.toString());
                }
            }
        }
    }

    @Test
    void theRules_catchEveryKindOfMistake_inAFixture() {
        ModuleDescriptor leaky = ModuleDescriptor.newModule("io.polycloud.fixture")
                .requires(ModuleInfoRules.CORE)
                .packages(Set.of("io.polycloud.fixture.forgotten", "io.polycloud.fixture.internal.hidden"))
                .exports("io.polycloud.fixture")
                .exports(Set.of(), "io.polycloud.fixture.model", Set.of("io.polycloud.huawei.drs"))
                .exports("io.polycloud.fixture.internal.leaked")
                .exports(Set.of(), "io.polycloud.fixture.internal.shared", Set.of("io.polycloud.huawei.drs", "com.example.app"))
                .build();

        assertEquals(List.of(
                "io.polycloud.fixture: API package io.polycloud.fixture.model is exported only to [io.polycloud.huawei.drs]",
                "io.polycloud.fixture: internal package io.polycloud.fixture.internal.leaked is exported to everyone"
                        + " (export it only to the Polycloud modules that use it)",
                "io.polycloud.fixture: internal package io.polycloud.fixture.internal.shared is exported to com.example.app,"
                        + " which is not a published Polycloud module",
                "io.polycloud.fixture: package io.polycloud.fixture.forgotten is neither exported (API) nor internal"
                        + " (put it under an internal package)",
                "io.polycloud.fixture: requires io.polycloud.core without transitive (an application requiring"
                        + " io.polycloud.fixture could not use core's types in its API)"),
                ModuleInfoRules.violations(leaky, Set.of(ModuleInfoRules.CORE, "io.polycloud.huawei.drs")));
    }

    @Test
    void theRules_refuseAnAutomaticModule() {
        ModuleDescriptor automatic = ModuleDescriptor.newAutomaticModule("sdk.jobs").packages(Set.of("io.polycloud.jobs")).build();

        assertEquals(List.of("sdk.jobs: no module-info.java (an automatic module exports every package)"),
                ModuleInfoRules.violations(automatic, Set.of()));
    }

    @Test
    void theRules_acceptUnexportedInternalsAndATransitiveCore() {
        ModuleDescriptor tidy = ModuleDescriptor.newModule("io.polycloud.fixture")
                .requires(Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE), ModuleInfoRules.CORE)
                .packages(Set.of("io.polycloud.fixture.internal"))
                .exports("io.polycloud.fixture")
                .build();

        assertFalse(ModuleInfoRules.violations(tidy, Set.of()).iterator().hasNext());
    }

    private static List<Path> publishedModulePaths() {
        try {
            String list = Files.readString(Path.of(System.getProperty("compat.publishedModules"))).trim();
            List<Path> paths = new ArrayList<>();
            for (String p : list.split(java.io.File.pathSeparator)) {
                paths.add(Path.of(p));
            }
            return List.copyOf(paths);
        } catch (IOException e) {
            throw new IllegalStateException("run through Maven: the list of published modules is written by maven-dependency-plugin", e);
        }
    }

    private static ModuleDescriptor descriptor(Path path) {
        Set<ModuleReference> found = ModuleFinder.of(path).findAll();
        assertEquals(1, found.size(), path.toString());
        return found.iterator().next().descriptor();
    }

    /** The artifactIds of the io.polycloud dependencies under the element named {@code under} (no classifier). */
    private static Set<String> artifactIds(Path pom, String under) {
        try {
            Element root = xml(pom);
            Set<String> ids = new TreeSet<>();
            NodeList dependencies = root.getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element d = (Element) dependencies.item(i);
                Node container = d.getParentNode().getParentNode();
                boolean placed = under.equals("project") ? container == root : container.getNodeName().equals(under);
                if (placed && text(d, "groupId").equals("io.polycloud") && text(d, "classifier").isEmpty()) {
                    ids.add(text(d, "artifactId"));
                }
            }
            return ids;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    private static Element xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    private static String text(Element e, String child) {
        NodeList nodes = e.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
