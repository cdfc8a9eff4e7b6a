package io.github.i3dsession.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A request together with the response {@link FakeSessionServer} sent for it, for checking both directions,
 * for example against the OpenAPI spec.
 *
 * <p>The exchange is recorded just before the response is written, so it is visible to the test as soon as
 * the client has the response. It holds what the server meant to send: the response headers set by the fake
 * (not those the HTTP server adds itself, such as {@code Date} and {@code Content-length}) and the body bytes
 * actually sent, at most the first 64 KiB of a {@link FakeResponse.Builder#largeBody(long) large} body. A
 * response cut short by the client disconnecting is still recorded in full.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RecordedExchange {
    private final RecordedRequest request;
    private final int responseStatus;
    private final Map<String, List<String>> responseHeaders;
    private final byte[] responseBody;

    RecordedExchange(
            RecordedRequest request,
            int responseStatus,
            Map<String, List<String>> responseHeaders,
            byte[] responseBody) {
        this.request = Objects.requireNonNull(request, "request");
        this.responseStatus = responseStatus;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        responseHeaders.forEach((name, values) ->
                copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        copy.replaceAll((name, values) -> Collections.unmodifiableList(values));
        this.responseHeaders = Collections.unmodifiableMap(copy);
        this.responseBody = responseBody.clone();
    }

    /**
     * Returns the request.
     *
     * @return the request
     */
    public RecordedRequest request() {
        return request;
    }

    /**
     * Returns the response status code.
     *
     * @return the status code
     */
    public int responseStatus() {
        return responseStatus;
    }

    /**
     * Returns the response headers set by the fake: an unmodifiable map whose keys match case-insensitively.
     *
     * @return the headers
     */
    public Map<String, List<String>> responseHeaders() {
        return responseHeaders;
    }

    /**
     * Returns a copy of the response body as sent (capped at 64 KiB for large bodies); empty if none.
     *
     * @return the body bytes, owned by the caller
     */
    public byte[] responseBody() {
        return responseBody.clone();
    }

    /**
     * Returns the recorded response body decoded as UTF-8.
     *
     * @return the body text; empty if there was none
     */
    public String responseBodyUtf8() {
        return new String(responseBody, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return request + " -> " + responseStatus + " (" + responseBody.length + " body bytes recorded)";
    }
}
