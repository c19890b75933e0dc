/**
 * Huawei Cloud Document Database Service (DDS) scheduled tasks:
 * {@link io.polycloud.huawei.dds.DdsClient}, its endpoints and its documented error codes.
 */
package io.polycloud.huawei.dds;
