package org.inkstone.account;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleTest {

    @Test
    void eachRoleIncludesTheLowerOnes() {
        assertEquals(List.of("reader"), Role.READER.included());
        assertEquals(List.of("reader", "moderator", "editor"), Role.EDITOR.included());
        assertEquals(List.of("reader", "moderator", "editor", "chief-editor", "admin"), Role.ADMIN.included());
        assertEquals(Role.CHIEF_EDITOR, Role.of("chief-editor"));
    }

    @Test
    void annotationConstantsAreTheRoleIds() {
        assertEquals(List.of(Role.Names.READER, Role.Names.MODERATOR, Role.Names.EDITOR, Role.Names.CHIEF_EDITOR, Role.Names.ADMIN),
                Arrays.stream(Role.values()).map(Role::id).toList());
    }
}
