package io.polycloud.testing;

import io.polycloud.core.protocol.aliyun.AliyunClientBuilder;
import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Builds any Polycloud client pointed at an emulator, through the core builder base types, so
 * this module needs no compile dependency on the service modules.
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
            Object builder = builderMethod.invoke(null);
            if (builder instanceof AliyunClientBuilder<?> aliyun) {
                aliyun.endpointOverride(emulator.baseUri());
                aliyun.region(aliyunRegion);
                aliyun.credentials(emulator.aliyunCredentials());
            } else if (builder instanceof HuaweiClientBuilder<?> huawei) {
                huawei.endpointOverride(emulator.baseUri());
                huawei.region(huaweiRegion);
                huawei.credentials(emulator.huaweiCredentials());
                huawei.projectId(emulator.huaweiProjectId());
            }
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
