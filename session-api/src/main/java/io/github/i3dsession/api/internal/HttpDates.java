package io.github.i3dsession.api.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses the date and delay forms of Expires and Retry-After. */
final class HttpDates {
    private static final DateTimeFormatter OBSOLETE_RFC_850 =
            DateTimeFormatter.ofPattern("EEE, dd-MMM-yy HH:mm:ss zzz", Locale.US);
    private static final DateTimeFormatter NETSCAPE =
            DateTimeFormatter.ofPattern("EEE, dd-MMM-yyyy HH:mm:ss zzz", Locale.US);

    private HttpDates() {}

    /** Parses an HTTP date (RFC 1123, or the dashed cookie forms); null when unreadable. */
    static Instant parse(String text) {
        for (DateTimeFormatter format :
                new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME, NETSCAPE, OBSOLETE_RFC_850}) {
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
}
