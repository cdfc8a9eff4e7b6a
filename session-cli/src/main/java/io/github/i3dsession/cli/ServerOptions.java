package io.github.i3dsession.cli;

import io.github.i3dsession.api.SessionClientBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The options every command that talks to a real server shares: where the server is, how to reach it, and the
 * API key. A picocli mixin.
 */
final class ServerOptions {
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

    @Option(
            names = "--base-url",
            defaultValue = SessionClientBuilder.DEFAULT_BASE_URI,
            paramLabel = "URL",
            description = "The API's base URL (default: ${DEFAULT-VALUE}).")
    private URI baseUrl;

    @Option(
            names = "--allow-insecure-http",
            description = "Allow plain http to a host that is not loopback: the password and session cookies then"
                    + " cross the network unencrypted.")
    private boolean allowInsecureHttp;

    @Option(
            names = "--transport",
            defaultValue = "jdk",
            paramLabel = "NAME",
            description = "HTTP library to send with: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private TransportChoice transport;

    @Option(
            names = "--api-key-env",
            paramLabel = "VAR",
            description = "Name of the environment variable holding the API key (sent as PRIVATE-TOKEN).")
    private String apiKeyEnv;

    TransportChoice transport() {
        return transport;
    }

    boolean allowInsecureHttp() {
        return allowInsecureHttp;
    }

    /**
     * Returns the base URL without trailing slashes, with scheme and host in lower case, so that one server has
     * one session file however its URL was typed.
     *
     * @throws CliException (bad input) for plain http to a host that is not loopback without
     *     {@code --allow-insecure-http}, or a URL that is not absolute http(s)
     */
    URI baseUrl() {
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || baseUrl.getHost() == null) {
            throw CliException.badInput("--base-url must be an absolute http or https URL: " + baseUrl);
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(baseUrl.getHost())) {
            throw CliException.badInput("--base-url " + baseUrl + " uses plain http to a host that is not loopback;"
                    + " use https, or pass --allow-insecure-http to send passwords and cookies unencrypted");
        }
        String text = baseUrl.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        URI trimmed = URI.create(text);
        try {
            return new URI(
                    scheme,
                    trimmed.getRawUserInfo(),
                    trimmed.getHost().toLowerCase(Locale.ROOT),
                    trimmed.getPort(),
                    trimmed.getPath(),
                    trimmed.getQuery(),
                    trimmed.getFragment());
        } catch (URISyntaxException e) {
            throw CliException.badInput("--base-url is not a valid URL: " + baseUrl);
        }
    }

    /** True when {@code --allow-insecure-http} lets a password cross the network in the clear. */
    boolean sendsInClear() {
        URI url = baseUrl();
        return url.getScheme().equals("http") && !isLoopback(url.getHost());
    }

    /**
     * Returns the API key from the variable {@code --api-key-env} names, or null without that option.
     *
     * @throws CliException (bad input) when the variable is unset or blank
     */
    String apiKey(Function<String, String> environment) {
        return apiKeyEnv == null ? null : Environment.require(environment, apiKeyEnv, "--api-key-env");
    }

    /** Loopback by name or literal address only, as the library decides it: never through DNS. */
    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
            return h.equals("::1") || h.matches("(0{1,4}:){7}0{0,3}1");
        }
        return h.equals("localhost")
                || h.endsWith(".localhost")
                || IPV4_LOOPBACK.matcher(h).matches();
    }
}
