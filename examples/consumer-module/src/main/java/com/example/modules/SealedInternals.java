package com.example.modules;

import io.github.i3dsession.api.SessionClient;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.InaccessibleObjectException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the module descriptors promise an application module: each i3d-session module is a named (not automatic)
 * module, exports only API packages, and keeps {@code io.github.i3dsession.api.internal} out of reach, at compile
 * time and by reflection.
 */
final class SealedInternals {

    static final String INTERNAL = "io.github.i3dsession.api.internal";

    private SealedInternals() {
    }

    /** @param failures gets one line per broken promise */
    static void check(List<String> failures) {
        Module api = SessionClient.class.getModule();
        expect(failures, "io.github.i3dsession.api".equals(api.getName()),
                "SessionClient is in module io.github.i3dsession.api (found: " + api + ")");
        expect(failures, api.isExported("io.github.i3dsession.api"), "api exports io.github.i3dsession.api");
        expect(failures, api.isExported("io.github.i3dsession.api.spi"), "api exports io.github.i3dsession.api.spi");
        expect(failures, !api.isExported(INTERNAL), "api does not export " + INTERNAL);
        expect(failures, !api.isOpen(INTERNAL), "api does not open " + INTERNAL);

        List<Module> ours = ModuleLayer.boot().modules().stream()
                .filter(module -> module.getName().startsWith("io.github.i3dsession."))
                .sorted(Comparator.comparing(Module::getName))
                .collect(Collectors.toList());
        expect(failures, ours.size() == 6, "six i3d-session modules in the boot layer (found: " + ours + ")");
        for (Module module : ours) {
            ModuleDescriptor descriptor = module.getDescriptor();
            expect(failures, !descriptor.isAutomatic(), module.getName() + " is a named module, not automatic");
            for (ModuleDescriptor.Exports exports : descriptor.exports()) {
                expect(failures, !exports.source().contains("internal") && !exports.isQualified(),
                        module.getName() + " exports " + exports.source() + " to all modules"
                                + (exports.isQualified() ? " (found: only to " + exports.targets() + ")" : "")
                                + " and it is not an internal package");
            }
        }

        reflectionIsRefused(failures);
    }

    private static void reflectionIsRefused(List<String> failures) {
        Class<?> config;
        try {
            // Loading is allowed: the class is there, which is what makes the next two refusals meaningful.
            config = Class.forName(INTERNAL + ".ClientConfig");
        } catch (ClassNotFoundException e) {
            failures.add(INTERNAL + ".ClientConfig should exist for this check to mean anything: " + e);
            return;
        }
        Constructor<?> constructor = config.getConstructors()[0];
        try {
            constructor.newInstance(new Object[constructor.getParameterCount()]);
            failures.add("new " + config.getName() + "(...) by reflection should throw IllegalAccessException");
        } catch (IllegalAccessException expected) {
            System.out.println("OK   reflection refused: " + expected.getMessage());
        } catch (ReflectiveOperationException | RuntimeException e) {
            failures.add("new " + config.getName() + "(...) by reflection threw " + e + ", not IllegalAccessException");
        }
        try {
            constructor.setAccessible(true);
            failures.add("setAccessible(true) on " + constructor + " should throw InaccessibleObjectException");
        } catch (InaccessibleObjectException expected) {
            System.out.println("OK   setAccessible refused: " + expected.getMessage());
        }
    }

    private static void expect(List<String> failures, boolean holds, String promise) {
        if (holds) {
            System.out.println("OK   " + promise);
        } else {
            failures.add(promise);
        }
    }
}
