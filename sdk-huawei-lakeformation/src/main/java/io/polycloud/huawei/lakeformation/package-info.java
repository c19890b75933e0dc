/**
 * Huawei Cloud LakeFormation jobs: {@link io.polycloud.huawei.lakeformation.LakeFormationClient},
 * its endpoints and its documented error codes.
 */
package io.polycloud.huawei.lakeformation;
