package org.inkstone.account;

import org.inkstone.common.InvalidParameterException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StaffRolesTest {

    @Test
    void aStaffAccountTakesExactlyARoleIdAsRoleWritesIt() {
        for (Role r : Role.values()) {
            assertEquals(r, AdminAccountResource.role(r.id()));
        }
        for (String bad : new String[]{"EDITOR", "chief_editor", "Chief-Editor", "boss", "", "editor "}) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> AdminAccountResource.role(bad), bad);
            assertEquals(Map.of("roles", "未知角色：" + bad), e.fields());
        }
    }
}
