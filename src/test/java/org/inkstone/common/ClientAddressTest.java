package org.inkstone.common;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressTest {

    private static ClientAddress with(String proxies) {
        Properties p = new Properties();
        p.setProperty("inkstone.http.trusted-proxies", proxies);
        return new ClientAddress(new InkstoneConfig(Map.of(), p));
    }

    @Test
    void rangesAndSingleAddressesAreTrusted() {
        ClientAddress c = with("10.0.0.0/8, 192.168.1.5, ::1");
        assertTrue(c.isTrusted(ClientAddress.literal("10.200.3.4")));
        assertTrue(c.isTrusted(ClientAddress.literal("192.168.1.5")));
        assertTrue(c.isTrusted(ClientAddress.literal("::1")));
        assertFalse(c.isTrusted(ClientAddress.literal("192.168.1.6")));
        assertFalse(c.isTrusted(ClientAddress.literal("11.0.0.1")));
    }

    @Test
    void namesAreNeverResolved() {
        assertNull(ClientAddress.literal("localhost"));
        assertNull(ClientAddress.literal("evil.example"));
        assertNull(ClientAddress.literal("1.2.3.4.evil"));
    }
}
