package io.polycloud.testing.internal;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.testing.IamUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Internal: the test credentials the emulator accepts, looked up by access key id (or by domain
 * and user name for IAM). Registering a key again replaces it. Thread-safe. Not part of the
 * public API.
 */
public final class CredentialStore {

    private final Map<String, AliyunCredentials> aliyun = new ConcurrentHashMap<>();
    private final Map<String, HuaweiCredentials> huawei = new ConcurrentHashMap<>();
    private final Map<String, IamUser> iamUsers = new ConcurrentHashMap<>();
    private final List<AliyunCredentials> aliyunOrder = new CopyOnWriteArrayList<>();
    private final List<HuaweiCredentials> huaweiOrder = new CopyOnWriteArrayList<>();
    private final List<IamUser> iamOrder = new CopyOnWriteArrayList<>();

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
     * Accepts an IAM user for the password method.
     *
     * @param user the user
     */
    public void register(IamUser user) {
        IamUser old = iamUsers.put(iamKey(user.domainName(), user.userName()), user);
        iamOrder.remove(old);
        iamOrder.add(user);
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
     * @param domainName the domain
     * @param userName   the user
     * @return the registered user
     */
    public Optional<IamUser> iamUser(String domainName, String userName) {
        return Optional.ofNullable(iamUsers.get(iamKey(domainName, userName)));
    }

    /** @return every Alibaba Cloud credential, in registration order */
    public List<AliyunCredentials> aliyun() {
        return new ArrayList<>(aliyunOrder);
    }

    /** @return every Huawei Cloud credential, in registration order */
    public List<HuaweiCredentials> huawei() {
        return new ArrayList<>(huaweiOrder);
    }

    /** @return every IAM user, in registration order */
    public List<IamUser> iamUsers() {
        return new ArrayList<>(iamOrder);
    }

    private static String iamKey(String domainName, String userName) {
        return domainName + '\n' + userName;
    }
}
