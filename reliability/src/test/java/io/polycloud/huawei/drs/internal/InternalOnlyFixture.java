package io.polycloud.huawei.drs.internal;

/**
 * Stands for a service module's internal class (the services have none today), so the
 * architecture test's fixture can depend on one and prove the sdk-testing rule catches it.
 * Lives in the reliability suite's test sources only; never used.
 */
public final class InternalOnlyFixture {

    private InternalOnlyFixture() {
    }
}
