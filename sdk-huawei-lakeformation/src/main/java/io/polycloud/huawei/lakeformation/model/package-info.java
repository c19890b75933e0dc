/**
 * Immutable requests and responses of the LakeFormation operations, with builders.
 */
package io.polycloud.huawei.lakeformation.model;
