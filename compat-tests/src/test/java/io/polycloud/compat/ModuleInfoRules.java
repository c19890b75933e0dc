package io.polycloud.compat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the module descriptor of a published Polycloud module must say: every package is either
 * API (exported to everyone) or internal (a package with an {@code internal} segment, exported
 * only to Polycloud modules, or not at all), and a module that shows core's types
 * ({@code requires io.polycloud.core}) passes them on ({@code requires transitive}), so that
 * requiring one service module is enough for an application.
 */
final class ModuleInfoRules {

    static final String CORE = "io.polycloud.core";

    private ModuleInfoRules() {
    }

    /**
     * The rules a descriptor breaks.
     *
     * @param module    the descriptor
     * @param published names of every published Polycloud module: the only allowed targets of a
     *                  qualified export
     * @return one line per broken rule, sorted; empty when it keeps them all
     */
    static List<String> violations(ModuleDescriptor module, Set<String> published) {
        Set<String> found = new TreeSet<>();
        String name = module.name();
        if (module.isAutomatic()) {
            return List.of(name + ": no module-info.java (an automatic module exports every package)");
        }
        for (String pkg : module.packages()) {
            Optional<Exports> export = module.exports().stream().filter(e -> e.source().equals(pkg)).findFirst();
            boolean internal = isInternal(pkg);
            if (export.isEmpty()) {
                if (!internal) {
                    found.add(name + ": package " + pkg + " is neither exported (API) nor internal (put it under an internal package)");
                }
            } else if (!export.get().isQualified()) {
                if (internal) {
                    found.add(name + ": internal package " + pkg + " is exported to everyone (export it only to the Polycloud modules that use it)");
                }
            } else if (!internal) {
                found.add(name + ": API package " + pkg + " is exported only to " + export.get().targets());
            } else {
                for (String target : new TreeSet<>(export.get().targets())) {
                    if (!published.contains(target)) {
                        found.add(name + ": internal package " + pkg + " is exported to " + target + ", which is not a published Polycloud module");
                    }
                }
            }
        }
        for (Requires r : module.requires()) {
            if (r.name().equals(CORE) && !r.modifiers().contains(Requires.Modifier.TRANSITIVE)) {
                found.add(name + ": requires " + CORE + " without transitive (an application requiring " + name
                        + " could not use core's types in its API)");
            }
        }
        return new ArrayList<>(found);
    }

    static boolean isInternal(String pkg) {
        return ("." + pkg + ".").contains(".internal.");
    }
}
