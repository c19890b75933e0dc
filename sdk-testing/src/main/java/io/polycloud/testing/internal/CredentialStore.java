package io.polycloud.testing.internal;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Internal: the test credentials the emulator accepts, looked up by access key id (or by domain
 * and user name for an IAM user's password). Registering a key again replaces it. Thread-safe. Not part of the
 * public API.
 */
public final class CredentialStore {

    private final Map<String, AliyunCredentials> aliyun = new ConcurrentHashMap<>();
    private final Map<String, HuaweiCredentials> huawei = new ConcurrentHashMap<>();
    private final Map<String, String> iamPasswords = new ConcurrentHashMap<>();
    private final List<AliyunCredentials> aliyunOrder = new CopyOnWriteArrayList<>();
    private final List<HuaweiCredentials> huaweiOrder = new CopyOnWriteArrayList<>();

    /**
     * Accepts an Alibaba Cloud key pair; with a security token, requests must carry that token.
     *
     * @param credentials the credentials
     */
    public void register(AliyunCredentials credentials) {
        AliyunCredentials old = aliyun.put(credentials.accessKeyId(), credentials);
        aliyunOrder.remove(old);
        aliyunOrder.add(credentials);
    }

    /**
     * Accepts a Huawei Cloud AK/SK; with a security token, requests must carry that token; with a
     * project id, requests may only address that project.
     *
     * @param credentials the credentials
     */
    public void register(HuaweiCredentials credentials) {
        HuaweiCredentials old = huawei.put(credentials.accessKey(), credentials);
        huaweiOrder.remove(old);
        huaweiOrder.add(credentials);
    }

    /**
     * Accepts an IAM user's password for the password method (replacing the user's old one).
     *
     * @param domainName the account
     * @param userName   the user
     * @param password   the password
     */
    public void registerIamUser(String domainName, String userName, String password) {
        iamPasswords.put(iamKey(domainName, userName), password);
    }

    /**
     * @param accessKeyId the key id
     * @return the registered credentials
     */
    public Optional<AliyunCredentials> aliyun(String accessKeyId) {
        return Optional.ofNullable(aliyun.get(accessKeyId));
    }

    /**
     * @param accessKey the AK
     * @return the registered credentials
     */
    public Optional<HuaweiCredentials> huawei(String accessKey) {
        return Optional.ofNullable(huawei.get(accessKey));
    }

    /**
     * Checks an IAM user's password, in time independent of where it differs.
     *
     * @param domainName the domain
     * @param userName   the user
     * @param password   the password given
     * @return whether the user is registered with that password
     */
    public boolean iamPasswordMatches(String domainName, String userName, String password) {
        String registered = iamPasswords.get(iamKey(domainName, userName));
        return registered != null && SignableRequest.sameSignature(registered, password);
    }

    /** @return every Alibaba Cloud credential, in registration order */
    public List<AliyunCredentials> aliyun() {
        return new ArrayList<>(aliyunOrder);
    }

    /** @return every Huawei Cloud credential, in registration order */
    public List<HuaweiCredentials> huawei() {
        return new ArrayList<>(huaweiOrder);
    }

    private static String iamKey(String domainName, String userName) {
        return domainName + '\n' + userName;
    }
}
