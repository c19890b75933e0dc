package io.polycloud.testing;

import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.protocol.aliyun.AliyunClientBuilder;
import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Builds any Polycloud client pointed at an emulator ({@link PolycloudEmulator#configure}), found
 * through the core builder base types, so that a client of a service module this one does not
 * know is injected too.
 */
final class ClientFactory {

    private ClientFactory() {
    }

    /** Whether the type is a client: AutoCloseable, with a public static builder() of a Polycloud client builder. */
    static boolean isClient(Class<?> type) {
        return AutoCloseable.class.isAssignableFrom(type) && builderMethod(type).isPresent();
    }

    static AutoCloseable create(Class<?> type, PolycloudEmulator emulator, String aliyunRegion, String huaweiRegion) {
        Method builderMethod = builderMethod(type).orElseThrow(() -> new IllegalArgumentException(type + " is not a client"));
        try {
            SdkClientBuilder<?> builder = (SdkClientBuilder<?>) builderMethod.invoke(null);
            configure(builder, emulator, builder instanceof AliyunClientBuilder<?> ? aliyunRegion : huaweiRegion);
            Method build = builder.getClass().getMethod("build");
            build.trySetAccessible();
            return (AutoCloseable) type.cast(build.invoke(builder));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException("could not build " + type.getName(), cause);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("could not build " + type.getName() + " through its builder()", e);
        }
    }

    /** Every client builder is an {@code SdkClientBuilder<B>} of its own type; reflection only lost the type. */
    @SuppressWarnings("unchecked")
    private static <B extends SdkClientBuilder<B>> void configure(SdkClientBuilder<?> builder, PolycloudEmulator emulator,
                                                                  String region) {
        emulator.configure((B) builder).region(region);
    }

    private static Optional<Method> builderMethod(Class<?> type) {
        try {
            Method m = type.getMethod("builder");
            boolean isClientBuilder = AliyunClientBuilder.class.isAssignableFrom(m.getReturnType())
                    || HuaweiClientBuilder.class.isAssignableFrom(m.getReturnType());
            return Modifier.isStatic(m.getModifiers()) && isClientBuilder ? Optional.of(m) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
