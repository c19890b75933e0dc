package io.polycloud.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The JUnit 5 extension behind {@link EmulatedClouds}: one {@link PolycloudEmulator} per test
 * class, injected with clients pointed at it. Use it directly with
 * {@code @ExtendWith(PolycloudEmulatorExtension.class)}; the settings are then
 * {@link EmulatedClouds}' defaults.
 *
 * <p>Injected: parameters (constructor, lifecycle and test methods) and fields whose value is
 * {@code null} (static ones before the class, instance ones after each instance is created),
 * of type {@link PolycloudEmulator}, {@link TestClock} (with {@link EmulatedClouds#testClock()}) or
 * a client type as {@link EmulatedClouds} describes.
 */
public final class PolycloudEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        TestInstancePostProcessor, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PolycloudEmulatorExtension.class);

    /** Created by JUnit. */
    public PolycloudEmulatorExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        EmulatorResources resources = resources(context);
        injectFields(context.getRequiredTestClass(), null, resources);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        injectFields(testInstance.getClass(), testInstance, resources(context));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        EmulatorResources resources = resources(context);
        if (resources.settings().resetBeforeEach()) {
            resources.emulator().reset();
        }
    }

    /** Closes what this class started; a {@code @Nested} class leaves its enclosing class's emulator running. */
    @Override
    public void afterAll(ExtensionContext context) {
        EmulatorResources resources = context.getStore(NAMESPACE).get(EmulatorResources.class, EmulatorResources.class);
        if (resources != null && resources.owner() == context.getRequiredTestClass()) {
            resources.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return injectable(parameterContext.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return resources(extensionContext).resolve(parameterContext.getParameter().getType());
    }

    private static boolean injectable(Class<?> type) {
        return type == PolycloudEmulator.class || type == TestClock.class || ClientFactory.isClient(type);
    }

    /** The resources of the class being run, created by the first extension point that needs them. */
    private static EmulatorResources resources(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        // A lookup also searches the enclosing (@Nested) classes' stores, so nested classes share one emulator.
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(EmulatorResources.class,
                key -> new EmulatorResources(testClass, settings(testClass)), EmulatorResources.class);
    }

    private static EmulatedClouds settings(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            EmulatedClouds settings = c.getAnnotation(EmulatedClouds.class);
            if (settings != null) {
                return settings;
            }
        }
        return Defaults.class.getAnnotation(EmulatedClouds.class);
    }

    private static void injectFields(Class<?> type, Object instance, EmulatorResources resources)
            throws IllegalAccessException {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                boolean isStatic = Modifier.isStatic(field.getModifiers());
                if (isStatic == (instance == null) && !Modifier.isFinal(field.getModifiers())
                        && injectable(field.getType()) && field.trySetAccessible() && field.get(instance) == null) {
                    field.set(instance, resources.resolve(field.getType()));
                }
            }
        }
    }

    /** Carries the annotation's defaults for classes that use {@code @ExtendWith} alone. */
    @EmulatedClouds
    private static final class Defaults {
    }
}
