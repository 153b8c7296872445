package org.offeringcompliance.common.export;

/**
 * No formula injection (API.md section 7): a text cell that a spreadsheet would read as a formula, one starting with
 * {@code =}, {@code +}, {@code -} or {@code @} (and tab or carriage return, which OWASP lists too), gets a leading
 * {@code '}, which spreadsheets show as text and do not display.
 */
public final class FormulaGuard {

    private FormulaGuard() {}

    public static String guard(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
