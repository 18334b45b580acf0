package org.aikg.shell.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.core.format.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Typed option values: each converter's message names the value and what was expected, in one line. */
public final class Converters {

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    private Converters() {}

    /** A positive duration: 30s, 500ms, 2m; a bare number is seconds. */
    public static final class Deadline implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Matcher m = DURATION.matcher(value.strip());
            if (!m.matches() || m.group(1).length() > 9 || Long.parseLong(m.group(1)) == 0) {
                throw new TypeConversionException("Timeout '" + value + "' is not a positive duration such as 30s, 500ms or 2m");
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2) == null ? "s" : m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            };
        }
    }

    /** A positive whole number of rows. */
    public static final class RowLimit implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long n = Long.parseLong(value.strip());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("Limit '" + value + "' is not a positive whole number");
        }
    }

    /** An output format by name or alias. */
    public static final class Format implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.parse(value);
        }
    }

    /** An http(s) address. */
    public static final class HttpUrl implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            URI uri;
            try {
                uri = URI.create(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("Endpoint '" + value + "' is not a URL");
            }
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new TypeConversionException("Endpoint '" + value + "' is not an http or https URL");
            }
            return uri;
        }
    }
}
