package io.polycloud.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against one {@link PolycloudEmulator}, started before the class and
 * closed after it, and injects it and ready-made clients pointed at it, as parameters (of test,
 * lifecycle and constructor methods) or into fields left {@code null}:
 *
 * <pre>{@code
 * @EmulatedClouds
 * class CleanupTest {
 *     @Test
 *     void deletesStoppedJob(PolycloudEmulator emulator, DrsClient drs) {
 *         emulator.drs().putJob("job-1", EmulatedDrs.STOPPED);
 *         drs.deleteJob(DeleteJobRequest.builder().jobId("job-1").build());
 *         assertTrue(emulator.drs().jobs().isEmpty());
 *     }
 * }
 * }</pre>
 *
 * A client is any type with a public static {@code builder()} whose builder extends
 * {@link io.polycloud.core.protocol.aliyun.AliyunClientBuilder} or
 * {@link io.polycloud.core.protocol.huawei.HuaweiClientBuilder}: it is built by
 * {@link PolycloudEmulator#configure} (the emulator as endpoint override, its first registered
 * credentials and, for Huawei Cloud, its project id; its {@link TestClock} if it has one) with
 * the region below and every other setting at its default; one per type per test class, closed
 * after the class. With {@link #testClock()}, a {@link TestClock} can be injected too. {@code @Nested} classes share their enclosing class's emulator.
 * Same as {@code @ExtendWith(PolycloudEmulatorExtension.class)} with the defaults below.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PolycloudEmulatorExtension.class)
public @interface EmulatedClouds {

    /**
     * The region of injected Alibaba Cloud clients.
     *
     * @return the region
     */
    String aliyunRegion() default "cn-hangzhou";

    /**
     * The region of injected Huawei Cloud clients.
     *
     * @return the region
     */
    String huaweiRegion() default "cn-north-4";

    /**
     * Whether to {@linkplain PolycloudEmulator#reset() reset} the emulator before each test, so
     * tests of one class cannot see each other's jobs, faults or requests.
     *
     * @return true to reset
     */
    boolean resetBeforeEach() default false;

    /**
     * Whether the emulator and the injected clients share one {@link TestClock} (their clock and
     * sleeper), which a test can inject to advance it: retries, waiters and job lifecycles then
     * run without a real wait.
     *
     * @return true for a test clock; false for the system clock
     */
    boolean testClock() default false;
}
