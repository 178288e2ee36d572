package org.inkstone.account;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleTest {

    @Test
    void eachRoleIncludesTheLowerOnes() {
        assertEquals(List.of("reader"), Role.READER.included());
        assertEquals(List.of("reader", "moderator", "reporter", "editor"), Role.EDITOR.included());
        assertEquals(List.of("reader", "moderator", "reporter", "editor", "chief-editor", "admin"), Role.ADMIN.included());
        assertEquals(Role.REPORTER, Role.of("reporter"));
    }

    @Test
    void aReporterIsNotAModeratorNorAModeratorAReporter() {
        assertEquals(List.of("reader", "reporter"), Role.REPORTER.included());
        assertEquals(List.of("reader", "moderator"), Role.MODERATOR.included());
        assertFalse(Role.REPORTER.includes(Role.EDITOR));
        assertTrue(Role.CHIEF_EDITOR.includes(Role.REPORTER));
        assertEquals(Role.CHIEF_EDITOR, Role.of("chief-editor"));
    }

    @Test
    void annotationConstantsAreTheRoleIds() {
        assertEquals(List.of(Role.Names.READER, Role.Names.MODERATOR, Role.Names.REPORTER, Role.Names.EDITOR, Role.Names.CHIEF_EDITOR, Role.Names.ADMIN),
                Arrays.stream(Role.values()).map(Role::id).toList());
    }
}
