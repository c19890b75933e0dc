/**
 * Internal: turns LakeFormation model objects into Huawei REST calls and back. Not part of the
 * public API; it may change in any release.
 */
package io.polycloud.huawei.lakeformation.internal;
