/**
 * Huawei Cloud Data Replication Service (DRS) jobs: {@link io.polycloud.huawei.drs.DrsClient},
 * its endpoints and its documented error codes.
 */
package io.polycloud.huawei.drs;
