package io.polycloud.contract;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.lakeformation.LakeFormationClient;

/**
 * One client of each service, as the contract rows call them.
 *
 * @param vpc           Alibaba Cloud VPC
 * @param drs           Huawei Cloud DRS
 * @param dds           Huawei Cloud DDS
 * @param lakeFormation Huawei Cloud LakeFormation
 */
record Clients(VpcClient vpc, DrsClient drs, DdsClient dds, LakeFormationClient lakeFormation) implements AutoCloseable {

    @Override
    public void close() {
        vpc.close();
        drs.close();
        dds.close();
        lakeFormation.close();
    }
}
