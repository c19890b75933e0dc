package io.polycloud.huawei.drs.model;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;

/**
 * The language of DRS's error messages, sent as {@code X-Language}; the service's default is
 * {@link #EN_US}.
 */
public enum Language {
    /** English, {@code en-us}. */
    EN_US("en-us"),
    /** Simplified Chinese, {@code zh-cn}. */
    ZH_CN("zh-cn");

    private final String value;

    Language(String value) {
        this.value = value;
    }

    /**
     * The value as sent.
     *
     * @return for example {@code en-us}
     */
    public String value() {
        return value;
    }

    /**
     * The language for a value as the API spells it.
     *
     * @param value {@code en-us} or {@code zh-cn}
     * @return the language
     * @throws SdkClientException if the value is null or not one of those
     */
    public static Language fromValue(String value) {
        Validate.notNull(value, "xLanguage");
        for (Language language : values()) {
            if (language.value.equals(value)) {
                return language;
            }
        }
        throw new SdkClientException("xLanguage must be one of en-us, zh-cn");
    }
}
