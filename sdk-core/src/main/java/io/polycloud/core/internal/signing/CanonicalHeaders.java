package io.polycloud.core.internal.signing;

import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.SdkHttpRequest;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The headers a signer signs, gathered in one pass over a request: lower-case names kept sorted
 * as they are added, a repeated name's values joined by commas in the order they came. Renders
 * the canonical-headers block ({@code name:value\n} each) and the signed-headers list
 * ({@code a;b;c}) that both the Alibaba Cloud and the Huawei Cloud signatures use.
 *
 * <p>Signing runs on every attempt; gathering the few signed headers here replaces a sorted name
 * list plus one case-insensitive scan of all headers per signed name.
 */
public final class CanonicalHeaders {

    /**
     * Gathers the headers a request already carries that a signature signs, and {@code host}
     * from the request's URL when it carries no {@code Host} header.
     *
     * @param request    the request before signing
     * @param signs      whether a lower-case header name is signed
     * @param trimValues whether each value is trimmed (ACS3 trims, SDK-HMAC does not)
     * @return the gathered headers; the signer adds its own (date, nonce, token) next
     */
    public static CanonicalHeaders of(SdkHttpRequest request, Predicate<String> signs, boolean trimValues) {
        CanonicalHeaders signed = new CanonicalHeaders();
        HttpHeaders headers = request.headers();
        for (int i = 0; i < headers.size(); i++) {
            String lower = LowerCaseHeaderName.of(headers.name(i));
            if (signs.test(lower)) {
                signed.add(lower, trimValues ? headers.value(i).trim() : headers.value(i));
            }
        }
        if (!signed.contains("host")) {
            signed.add("host", request.hostHeader());
        }
        return signed;
    }

    private String[] names = new String[12];
    private String[] values = new String[12];
    private int size;

    /**
     * Adds a header; a name already added gets {@code ,value} appended to its value.
     *
     * @param lowerCaseName the name, already lower case
     * @param value         the value as it is signed (trimmed or not, as the signature wants)
     */
    public void add(String lowerCaseName, String value) {
        int i = 0;
        while (i < size) {
            int c = names[i].compareTo(lowerCaseName);
            if (c == 0) {
                values[i] = values[i] + ',' + value;
                return;
            }
            if (c > 0) {
                break;
            }
            i++;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        System.arraycopy(names, i, names, i + 1, size - i);
        System.arraycopy(values, i, values, i + 1, size - i);
        names[i] = lowerCaseName;
        values[i] = value;
        size++;
    }

    /**
     * Whether a name was added.
     *
     * @param lowerCaseName the name, lower case
     * @return true if present
     */
    public boolean contains(String lowerCaseName) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(lowerCaseName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends {@code name:value\n} for each header, in name order.
     *
     * @param canonical the canonical request being built
     * @return {@code canonical}
     */
    public StringBuilder appendTo(StringBuilder canonical) {
        for (int i = 0; i < size; i++) {
            canonical.append(names[i]).append(':').append(values[i]).append('\n');
        }
        return canonical;
    }

    /**
     * The signed-headers list.
     *
     * @return the names in order, joined by {@code ;}
     */
    public String signedHeaders() {
        StringBuilder sb = new StringBuilder(size * 16);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(';');
            }
            sb.append(names[i]);
        }
        return sb.toString();
    }
}
