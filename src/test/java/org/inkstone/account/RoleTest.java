package org.inkstone.account;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    @Test
    void webXmlDeclaresExactlyTheRoles() throws Exception {
        String xml = Files.readString(Path.of("webapp/WEB-INF/web.xml"));
        Matcher m = Pattern.compile("<security-role>\\s*<role-name>([^<]+)</role-name>").matcher(xml);
        List<String> declared = new java.util.ArrayList<>();
        while (m.find()) {
            declared.add(m.group(1));
        }
        assertEquals(Arrays.stream(Role.values()).map(Role::id).toList(), declared);
    }
}
