/**
 * Internal: turns VPC model objects into Alibaba Cloud RPC calls and JSON responses back into
 * model objects. Not part of the public API; it may change in any release.
 */
package io.polycloud.aliyun.vpc.internal;
