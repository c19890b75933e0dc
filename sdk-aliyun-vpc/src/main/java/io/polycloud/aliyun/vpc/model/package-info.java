/**
 * Requests, responses and value types of the VPC FailoverTestJob operations. Requests validate
 * their fields in {@code build()}, before any byte is sent; every type is immutable.
 */
package io.polycloud.aliyun.vpc.model;
