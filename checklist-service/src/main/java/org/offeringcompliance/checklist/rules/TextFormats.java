package org.offeringcompliance.checklist.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Format checks for string answers: date, datetime, email, url, phone_number and country. */
final class TextFormats {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private TextFormats() {}

    /** Exactly YYYY-MM-DD and a real calendar day (ISO_LOCAL_DATE resolves strictly: no Feb 30). */
    static boolean isDate(String value) {
        if (!DATE.matcher(value).matches()) {
            return false;
        }
        try {
            LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** ISO-8601 date and time, with an offset or Z, or local; a bare date is not a date-time. */
    static boolean isDateTime(String value) {
        if (!DATE_TIME_START.matcher(value).matches()) {
            return false;
        }
        try {
            DateTimeFormatter.ISO_DATE_TIME.parse(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** A pragmatic address check (local@domain.tld), not full RFC 5322. */
    static boolean isEmail(String value) {
        int at = value.indexOf('@');
        return value.length() <= 254 && at > 0 && at <= 64 && EMAIL.matcher(value).matches();
    }

    /** An absolute http or https URL with a host. */
    static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** E.164-ish: optional leading +, then digits, spaces, dashes and parentheses, with 5 to 20 digits. */
    static boolean isPhoneNumber(String value) {
        long digits = value.chars().filter(Character::isDigit).count();
        return PHONE.matcher(value).matches() && digits >= 5 && digits <= 20;
    }

    /** ISO 3166-1 alpha-2, upper case as the standard writes it ("EE", not "ee"). */
    static boolean isCountryCode(String value) {
        return COUNTRIES.contains(value);
    }
}
