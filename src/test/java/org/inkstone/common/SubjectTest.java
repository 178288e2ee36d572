package org.inkstone.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SubjectTest {

    private static final String HASH = "0123456789abcdef".repeat(4);

    @Test
    void accountsAndClientsHaveTheStoredKeyForms() {
        assertEquals("a:42", Subject.account(42).key());
        assertEquals("c:" + HASH, Subject.client(HASH).key());
    }

    @Test
    void aKeyReadsBackToTheSameSubject() {
        assertEquals(Subject.account(42), Subject.parse("a:42"));
        assertEquals(Subject.client(HASH), Subject.parse("c:" + HASH));
    }

    @Test
    void malformedSubjectsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Subject.parse("u:zhang"));
        assertThrows(IllegalArgumentException.class, () -> Subject.parse("a:x"));
        assertThrows(IllegalArgumentException.class, () -> Subject.account(0));
        assertThrows(IllegalArgumentException.class, () -> Subject.client("ABC"));
        assertThrows(IllegalArgumentException.class, () -> new Subject(1L, HASH));
    }
}
