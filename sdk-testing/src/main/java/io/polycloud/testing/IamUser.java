package io.polycloud.testing;

import io.polycloud.core.internal.logging.Redaction;
import io.polycloud.core.internal.validation.Validate;

/**
 * An IAM user the emulator's {@code POST /v3/auth/tokens} accepts (the password method), for
 * clients that authenticate with an {@code X-Auth-Token} instead of AK/SK:
 *
 * <pre>{@code
 * IamUser user = emulator.iamUser();
 * IamTokenProvider tokens = IamTokenProvider.builder().endpoint(emulator.baseUri())
 *         .domainName(user.domainName()).userName(user.userName()).password(user.password())
 *         .projectId(emulator.huaweiProjectId()).build();
 * }</pre>
 *
 * {@link #toString()} never shows the password.
 *
 * @param domainName the account (domain) name
 * @param userName   the user name
 * @param password   the password
 */
public record IamUser(String domainName, String userName, String password) {

    /**
     * Validates the components.
     *
     * @throws io.polycloud.core.exception.SdkClientException if one is blank or longer than 256 characters
     */
    public IamUser {
        Validate.text(domainName, "domainName", 256);
        Validate.text(userName, "userName", 256);
        Validate.text(password, "password", 256);
    }

    @Override
    public String toString() {
        return "IamUser{domainName=" + domainName + ", userName=" + userName + ", password=" + Redaction.REDACTED + "}";
    }
}
