package org.offeringcompliance.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WebhookUrlsTest {

    static final Map<String, String> DNS = Map.of("hooks.example.com", "93.184.216.34", "intranet.example.com",
            "10.1.2.3");
    static final WebhookUrls URLS = new WebhookUrls(List.of("http://127.0.0.1", "http://localhost:8443"), host -> {
        String address = DNS.get(host);
        if (address == null && !Character.isDigit(host.charAt(0)) && !host.startsWith("[")
                && !host.equals("localhost")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[]{InetAddress.getByName(address == null ? host : address)};
    });

    @Test
    void httpsToAPublicAddressIsAllowed() {
        assertNull(URLS.problem("https://hooks.example.com/compliance?x=1"));
        assertNull(URLS.problem("HTTPS://hooks.example.com:8443/"));
    }

    @Test
    void plainHttpIsRefusedOutsideTheAllowedOrigins() {
        assertEquals("The URL must use https.", URLS.problem("http://hooks.example.com/"));
        assertEquals("The URL must use https.", URLS.problem("ftp://hooks.example.com/"));
    }

    @Test
    void nonPublicAddressesAreRefusedWhetherLiteralOrResolved() {
        assertEquals("The URL must resolve to public addresses only; 10.0.0.1 is not.",
                URLS.problem("https://10.0.0.1/hook"));
        assertEquals("The URL must resolve to public addresses only; 10.1.2.3 is not.",
                URLS.problem("https://intranet.example.com/"));
        assertEquals("The URL must resolve to public addresses only; 0:0:0:0:0:0:0:1 is not.",
                URLS.problem("https://[::1]/"));
    }

    @Test
    void anAllowedOriginWithoutAPortAllowsEveryPortOfItsHostAndNoOtherScheme() {
        assertNull(URLS.problem("http://127.0.0.1:41234/hook"));
        assertNull(URLS.problem("http://127.0.0.1/hook"));
        assertEquals("The URL must use https.", URLS.problem("http://127.0.0.2:41234/hook"));
        assertEquals("The URL must resolve to public addresses only; 127.0.0.1 is not.",
                URLS.problem("https://127.0.0.1/hook"));
    }

    @Test
    void anAllowedOriginWithAPortAllowsThatPortOnly() {
        assertNull(URLS.problem("http://localhost:8443/"));
        assertEquals("The URL must use https.", URLS.problem("http://localhost:8444/"));
    }

    @Test
    void malformedUnresolvableOrCredentialedUrlsAreRefused() {
        assertEquals("Enter a valid URL.", URLS.problem("not a url"));
        assertEquals("Enter a valid URL.", URLS.problem("/relative/path"));
        assertEquals("The host name does not resolve.", URLS.problem("https://nowhere.example.com/"));
        assertEquals("The URL may not contain credentials.", URLS.problem("https://user:pw@hooks.example.com/"));
    }
}
