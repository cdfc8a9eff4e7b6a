package io.github.i3dsession.api.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses the date and delay forms of Retry-After, and the cookie-date of a Set-Cookie Expires attribute. */
final class HttpDates {
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private HttpDates() {}

    /**
     * Parses a cookie-date by the algorithm of RFC 6265 §5.1.1, which reads every form servers are known to send
     * (RFC 1123, RFC 850, asctime, dashes, two-digit years, any time zone name, which it ignores): the first
     * hh:mm:ss token is the time, the first 1-2 digit token the day, the first token starting with a month name
     * the month, and the first 2-4 digit token the year. Returns null when the text is no date.
     */
    static Instant parseCookieDate(String text) {
        int hour = -1;
        int minute = -1;
        int second = -1;
        int day = -1;
        int month = -1;
        int year = -1;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && isDateDelimiter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !isDateDelimiter(text.charAt(i))) {
                i++;
            }
            String token = text.substring(start, i);
            if (token.isEmpty()) {
                break;
            }
            int[] time = hour < 0 ? time(token) : null;
            if (time != null) {
                hour = time[0];
                minute = time[1];
                second = time[2];
            } else if (day < 0 && leadingDigits(token, 1, 2) >= 0) {
                day = leadingDigits(token, 1, 2);
            } else if (month < 0 && month(token) > 0) {
                month = month(token);
            } else if (year < 0 && leadingDigits(token, 2, 4) >= 0) {
                year = leadingDigits(token, 2, 4);
            }
        }
        if (year >= 70 && year <= 99) {
            year += 1900;
        } else if (year >= 0 && year <= 69) {
            year += 2000;
        }
        if (hour < 0 || day < 1 || day > 31 || month < 0 || year < 1601 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null; // a day the month does not have
        }
    }

    private static boolean isDateDelimiter(char c) {
        return c == 0x09
                || (c >= 0x20 && c <= 0x2f)
                || (c >= 0x3b && c <= 0x40)
                || (c >= 0x5b && c <= 0x60)
                || (c >= 0x7b && c <= 0x7e);
    }

    /** The value of {@code min} to {@code max} leading digits followed by a non-digit or the end, or -1. */
    private static int leadingDigits(String token, int min, int max) {
        int n = 0;
        while (n < token.length() && n <= max && token.charAt(n) >= '0' && token.charAt(n) <= '9') {
            n++;
        }
        if (n < min || n > max) {
            return -1;
        }
        return Integer.parseInt(token.substring(0, n));
    }

    /** hms-time of §5.1.1: 1-2 digits ':' 1-2 digits ':' 1-2 digits, then a non-digit or the end; else null. */
    private static int[] time(String token) {
        int[] fields = new int[3];
        int at = 0;
        for (int f = 0; f < 3; f++) {
            int start = at;
            while (at < token.length() && at - start < 3 && token.charAt(at) >= '0' && token.charAt(at) <= '9') {
                at++;
            }
            if (at == start || at - start > 2) {
                return null;
            }
            fields[f] = Integer.parseInt(token.substring(start, at));
            if (f < 2) {
                if (at >= token.length() || token.charAt(at) != ':') {
                    return null;
                }
                at++;
            }
        }
        return fields;
    }

    private static int month(String token) {
        if (token.length() < 3) {
            return -1;
        }
        for (int m = 0; m < 12; m++) {
            if (token.regionMatches(true, 0, MONTHS, m * 3, 3)) {
                return m + 1;
            }
        }
        return -1;
    }

    /** Parses an HTTP date (RFC 1123, or the dashed cookie forms); null when unreadable. */
    static Instant parse(String text) {
        for (DateTimeFormatter format : Formats.ALL) {
            try {
                return ZonedDateTime.parse(text.trim(), format).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** Parses Retry-After: delay seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Duration.ofSeconds(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Instant at = parse(text);
        if (at == null) {
            return null;
        }
        Duration delay = Duration.between(now, at);
        return delay.isNegative() ? Duration.ZERO : delay;
    }

    /**
     * The formatters of {@link #parse}, built on its first use only: a cookie's Expires, read by
     * {@link #parseCookieDate}, needs none of them, and building them loads much of {@code java.time.format}.
     */
    private static final class Formats {
        static final DateTimeFormatter[] ALL = {
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEE, dd-MMM-yyyy HH:mm:ss zzz", Locale.US), // Netscape
            DateTimeFormatter.ofPattern("EEE, dd-MMM-yy HH:mm:ss zzz", Locale.US) // obsolete RFC 850
        };
    }
}
