package io.polycloud.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.VpcErrorCodes;
import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.huawei.dds.DdsErrorCodes;
import io.polycloud.huawei.drs.DrsErrorCodes;
import io.polycloud.huawei.lakeformation.LakeFormationErrorCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The root README's table of error codes per category is what the services' {@code *ErrorCodes}
 * catalogues say, code for code: the table under {@code <!-- error-category-table -->}, columns
 * VPC, DRS, DDS, LakeFormation.
 */
class ErrorCategoryTableTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final List<ErrorCatalog> CATALOGS = List.of(VpcErrorCodes.catalog(), DrsErrorCodes.catalog(),
            DdsErrorCodes.catalog(), LakeFormationErrorCodes.catalog());
    private static final List<String> SERVICES = List.of("VPC", "DRS", "DDS", "LakeFormation");

    @Test
    void theReadmesTable_listsEveryCatalogueCodeUnderItsCategory() {
        Map<String, List<Set<String>>> table = readTable();
        for (int s = 0; s < SERVICES.size(); s++) {
            for (ErrorCategory category : ErrorCategory.values()) {
                Set<String> documented = new TreeSet<>();
                for (ErrorCode code : CATALOGS.get(s).codes()) {
                    if (code.category() == category) {
                        documented.add(code.code());
                    }
                }
                List<Set<String>> row = table.get(category.name());
                Set<String> inReadme = row == null ? Set.of() : row.get(s);
                assertEquals(documented, inReadme, SERVICES.get(s) + " " + category + " in the README's error table");
            }
        }
    }

    /** Category name to the codes of each service column. */
    private static Map<String, List<Set<String>>> readTable() {
        List<String> lines = SnippetCheck.read(ReadmeSnippetsTest.ROOT.resolve("README.md"));
        int start = lines.indexOf("<!-- error-category-table -->");
        assertTrue(start >= 0, "no <!-- error-category-table --> in the README");
        List<String> header = cells(lines.get(start + 1));
        assertEquals("category", header.get(0));
        for (int s = 0; s < SERVICES.size(); s++) {
            assertTrue(header.get(s + 1).startsWith(SERVICES.get(s)), () -> "column order: " + header);
        }
        Map<String, List<Set<String>>> rows = new LinkedHashMap<>();
        for (int i = start + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = cells(lines.get(i));
            List<Set<String>> codes = new ArrayList<>();
            for (int s = 1; s <= SERVICES.size(); s++) {
                codes.add(codes(cells.get(s)));
            }
            rows.put(codes(cells.get(0)).iterator().next(), codes);
        }
        return rows;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }

    private static Set<String> codes(String cell) {
        Set<String> codes = new TreeSet<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
