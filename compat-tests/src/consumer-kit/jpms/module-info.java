/** A modular application: the DRS module is all it requires. */
module app {
    requires io.polycloud.huawei.drs;
}
