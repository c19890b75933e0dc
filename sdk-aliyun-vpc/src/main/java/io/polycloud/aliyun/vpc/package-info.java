/**
 * Alibaba Cloud VPC failover test jobs (API version 2016-04-28):
 * {@link io.polycloud.aliyun.vpc.VpcClient}, its waiters and paginator, its endpoints and its
 * documented error codes.
 */
package io.polycloud.aliyun.vpc;
