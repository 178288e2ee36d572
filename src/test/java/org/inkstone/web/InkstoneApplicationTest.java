package org.inkstone.web;

import jakarta.ws.rs.Path;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InkstoneApplicationTest {

    @Test
    void everyResourceClassIsRegistered() {
        Set<Class<?>> scanned = new ResourceConfig().packages(true, "org.inkstone").getClasses().stream()
                .filter(c -> c.isAnnotationPresent(Path.class)).collect(Collectors.toSet());
        Set<Class<?>> registered = new InkstoneApplication().getClasses().stream()
                .filter(c -> c.isAnnotationPresent(Path.class)).collect(Collectors.toSet());
        assertTrue(scanned.size() >= 19, scanned.toString());
        assertEquals(scanned, registered);
    }
}
