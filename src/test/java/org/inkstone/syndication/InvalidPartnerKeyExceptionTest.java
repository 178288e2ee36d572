package org.inkstone.syndication;

import jakarta.ws.rs.core.Response;
import org.inkstone.common.ErrorMappers;
import org.inkstone.common.InkstoneException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InvalidPartnerKeyExceptionTest {

    @Test
    void aWrongPartnerKeyIs401WithABearerChallenge() {
        Response r = new ErrorMappers.Inkstone().toResponse(new InvalidPartnerKeyException());
        assertEquals(401, r.getStatus());
        assertEquals("Bearer realm=\"inkstone-syndication\"", r.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void otherErrorsHaveNoChallenge() {
        assertNull(new ErrorMappers.Inkstone().toResponse(new InkstoneException(404, "x", "x", Map.of())).getHeaderString("WWW-Authenticate"));
    }
}
