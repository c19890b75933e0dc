/**
 * Internal: the emulated Huawei Cloud side: API Gateway's AK/SK and token checks, IAM, and the
 * DRS, DDS and LakeFormation resources. Not part of the public API.
 */
package io.polycloud.testing.internal.huawei;
