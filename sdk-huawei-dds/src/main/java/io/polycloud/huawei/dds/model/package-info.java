/**
 * Immutable requests and responses of the DDS operations, with builders.
 */
package io.polycloud.huawei.dds.model;
