package org.inkstone.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OriginTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "http://localhost:8080, http://localhost:8080",
            "http://localhost, http://localhost",
            "https://News.Example, https://news.example",
            "HTTP://EMBED.EXAMPLE:8081, http://embed.example:8081",
            "http://127.0.0.1:18081, http://127.0.0.1:18081",
            "http://[::1]:8080, http://[::1]:8080",
            "https://xn--fiqs8s.example, https://xn--fiqs8s.example",
            "http://localhost:0, http://localhost:0",
            "http://localhost:65535, http://localhost:65535"})
    void acceptsExactlySchemeHostAndPort(String raw, String canonical) {
        assertEquals(canonical, Origin.parse(raw).orElseThrow().toString());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullSource
    @ValueSource(strings = {
            "", "null", "NULL",
            "http://evil.test@localhost:8080",        // user information: the host is localhost, the text says evil.test
            "http://user:pass@localhost:8080",
            "http://@localhost:8080",
            "http://localhost:8080/",                 // path, even a single slash
            "http://localhost:8080/path",
            "http://localhost:8080?x=1",
            "http://localhost:8080#x",
            "http://localhost:8080/?",
            "http://localhost:",                      // empty port
            "http://localhost:08080",                 // leading zero
            "http://localhost:65536",
            "http://localhost:99999999999",
            "http://localhost:-1",
            "http://localhost:80:80",
            "ftp://localhost:8080",
            "file://localhost",
            "javascript:alert(1)",
            "localhost:8080",
            "//localhost:8080",
            "http:localhost",
            "http://",
            "http:///localhost",
            "http://local host",
            " http://localhost:8080",
            "http://localhost:8080 ",
            "http://localhost:8080\t",
            "http://localhost%3a8080",
            "http://évil.example",                    // browsers send the A-label (punycode)
            "http://localhost\\@evil.test",
            "http://a_b.example"})
    void refusesEverythingElse(String raw) {
        assertEquals(Optional.empty(), Origin.parse(raw));
    }

    @ParameterizedTest(name = "{0} vs Host {1} -> {2}")
    @CsvSource({
            "http://localhost:8080, localhost:8080, true",
            "http://LOCALHOST:8080, localhost:8080, true",
            "https://localhost:8080, localhost:8080, true",   // scheme ignored: TLS may end at a proxy
            "http://localhost, localhost, true",
            "http://localhost, localhost:80, true",
            "https://news.example, news.example:443, true",
            "http://localhost:8080, localhost:8081, false",
            "http://localhost:8080, localhost, false",
            "http://localhost:80, localhost, false",
            "http://evil.localhost:8080, localhost:8080, false",
            "http://localhost:8080, evil.localhost:8080, false"})
    void comparesWithTheHostHeader(String origin, String host, boolean same) {
        assertEquals(same, Origin.parse(origin).orElseThrow().sameHost(host));
    }

    @ParameterizedTest
    @NullSource
    void noHostHeaderIsNeverTheSameHost(String host) {
        assertEquals(false, Origin.parse("http://localhost:8080").orElseThrow().sameHost(host));
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 1000, 10_000})
    void overlongValuesAreRefusedUnparsed(int length) {
        String raw = "http://" + "a".repeat(length - 7);
        assertEquals(length, raw.length());
        assertEquals(Optional.empty(), Origin.parse(raw));
    }
}
