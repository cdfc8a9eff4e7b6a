package io.github.i3dsession.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The attributes computed from a call's method, base URI and path. */
class HttpAttributesTest {

    @Test
    void urlFullKeepsNoUserInfoQueryOrFragment() {
        String url = HttpAttributes.urlFull(URI.create("https://user:pw@api.example:8443/base/"), "/v3/host?token=x");

        assertThat(url).isEqualTo("https://api.example:8443/base/v3/host");
    }

    @Test
    void theDefaultPortIsTheSchemesOwn() {
        HttpAttributes https = new HttpAttributes("GET", URI.create("https://api.i3d.net"), "/v3/session/user");
        HttpAttributes http = new HttpAttributes("GET", URI.create("http://localhost"), "/v3/session/user");

        assertThat(https.common.get(HttpAttributes.SERVER_PORT)).isEqualTo(443L);
        assertThat(http.common.get(HttpAttributes.SERVER_PORT)).isEqualTo(80L);
        assertThat(https.spanOnly.get(HttpAttributes.URL_FULL)).isEqualTo("https://api.i3d.net/v3/session/user");
    }

    @Test
    void aMethodTheConventionsDoNotKnowIsOtherAndTheSpanIsNamedHttp() {
        HttpAttributes attributes = new HttpAttributes("PURGE", URI.create("https://api.i3d.net"), "/v3/cache");

        assertThat(attributes.spanName).isEqualTo("HTTP");
        assertThat(attributes.common.get(HttpAttributes.METHOD)).isEqualTo("_OTHER");
        assertThat(attributes.spanOnly.get(HttpAttributes.METHOD_ORIGINAL)).isEqualTo("PURGE");
    }
}
