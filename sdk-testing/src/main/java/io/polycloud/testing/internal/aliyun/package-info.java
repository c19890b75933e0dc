/**
 * Internal: the emulated Alibaba Cloud side: signature checks and the VPC failover test jobs. Not
 * part of the public API.
 */
package io.polycloud.testing.internal.aliyun;
