package org.inkstone.syndication;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignaturesTest {

    private static final String BODY = "{\"uri\":\"urn:x\",\"version\":\"1\"}";

    @Test
    void signsTimestampDotBodyAsOpensslDoes() {
        // printf '%s.%s' "1700000000" '{"uri":"urn:x","version":"1"}' | openssl dgst -sha256 -hmac "iss_test-secret"
        assertEquals("sha256=cd12143ea442b283dc10351a3e59dd9d3302b982f7bf29e158c65cd04d853bb3",
                Signatures.sign("iss_test-secret", 1700000000L, BODY));
    }

    @Test
    void keyAndBodyAreUtf8() {
        // printf '%s.%s' "1700000000" '{"headline":"乡村振兴"}' | openssl dgst -sha256 -hmac "iss_密钥"  (a UTF-8 terminal)
        assertEquals("sha256=93e0aaf777ff0878050663fdcf4c5d285ae1ac647ab35e919c22258234de401f",
                Signatures.sign("iss_密钥", 1700000000L, "{\"headline\":\"乡村振兴\"}"));
    }

    @Test
    void duringAGracePeriodTheHeaderCarriesTheNewSignatureThenTheOld() {
        String h = Signatures.header("iss_new", "iss_test-secret", 1700000000L, BODY);
        assertEquals(Signatures.sign("iss_new", 1700000000L, BODY)
                + ", sha256=cd12143ea442b283dc10351a3e59dd9d3302b982f7bf29e158c65cd04d853bb3", h);
        assertTrue(Signatures.verify("iss_new", "1700000000", BODY, h));
        assertTrue(Signatures.verify("iss_test-secret", "1700000000", BODY, h));
        assertFalse(Signatures.verify("iss_other", "1700000000", BODY, h));
        assertEquals(Signatures.sign("iss_new", 1700000000L, BODY), Signatures.header("iss_new", null, 1700000000L, BODY));
    }

    @Test
    void verifyRefusesAChangedBodyTimestampOrSignature() {
        String h = Signatures.sign("iss_test-secret", 1700000000L, BODY);
        assertTrue(Signatures.verify("iss_test-secret", "1700000000", BODY, h));
        assertFalse(Signatures.verify("iss_test-secret", "1700000001", BODY, h));
        assertFalse(Signatures.verify("iss_test-secret", "1700000000", BODY + " ", h));
        assertFalse(Signatures.verify("iss_test-secret", "1700000000", BODY, h.toUpperCase()));
        assertFalse(Signatures.verify("iss_test-secret", "1700000000", BODY, h.substring(7)));
        assertFalse(Signatures.verify("iss_test-secret", "1700000000", BODY, null));
        assertFalse(Signatures.verify("iss_test-secret", "1700000000", BODY, ""));
    }
}
