/**
 * Immutable requests and responses of the DRS operations, with builders.
 */
package io.polycloud.huawei.drs.model;
