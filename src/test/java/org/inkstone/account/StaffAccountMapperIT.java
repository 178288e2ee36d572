package org.inkstone.account;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.inkstone.common.ItDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff columns of migration V8 ({@code disabled}, {@code must_change_password}, the role check with
 * {@code reporter}) and the admin statements, on the real database. Accounts made here have user names
 * starting {@code smit-} and are deleted after each test.
 */
class StaffAccountMapperIT {

    private static SqlSessionFactory factory;
    private SqlSession session;
    private AccountMapper mapper;
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @BeforeAll
    static void migrate() {
        factory = ItDatabase.sessionFactory();
    }

    @BeforeEach
    void open() {
        session = factory.openSession(true);
        mapper = session.getMapper(AccountMapper.class);
    }

    @AfterEach
    void cleanUp() throws Exception {
        session.close();
        try (Connection c = ItDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM account WHERE username LIKE 'smit-%'");
        }
    }

    private Account account(String suffix, String role) {
        Account a = new Account();
        a.setUsername("smit-" + run + suffix);
        a.setDisplayName("职员" + run + suffix);
        a.setDisplaySkeleton("smit" + run + suffix);
        a.setPasswordHash("hash-0");
        a.setRole(role);
        a.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        mapper.insert(a);
        return a;
    }

    @Test
    void theRoleCheckTakesReporterAndRefusesUnknownRoles() {
        assertEquals("reporter", mapper.findById(account("r", "reporter").getId()).getRole());
        assertThrows(RuntimeException.class, () -> account("x", "boss"));
    }

    @Test
    void disablingEndsSessionsAndIsStored() {
        Account a = account("a", "editor");
        Account before = mapper.findById(a.getId());
        assertFalse(before.isDisabled());
        assertEquals(1, mapper.updateDisabled(a.getId(), true));
        Account after = mapper.findById(a.getId());
        assertTrue(after.isDisabled());
        assertEquals(before.getSessionEpoch() + 1, after.getSessionEpoch());
        assertEquals(1, mapper.updateDisabled(a.getId(), false));
        assertFalse(mapper.findById(a.getId()).isDisabled());
        assertEquals(0, mapper.updateDisabled(999_999_999_999L, true));
    }

    @Test
    void aResetMarksTheChangeAndTheOwnersChangeClearsIt() {
        Account a = account("a", "editor");
        int epoch = mapper.findById(a.getId()).getSessionEpoch();
        assertEquals(1, mapper.resetPassword(a.getId(), "hash-1"));
        Account reset = mapper.findById(a.getId());
        assertTrue(reset.isMustChangePassword());
        assertEquals("hash-1", reset.getPasswordHash());
        assertEquals(epoch + 1, reset.getSessionEpoch());
        assertEquals(1, mapper.updatePassword(a.getId(), "hash-2", epoch + 1));
        Account changed = mapper.findById(a.getId());
        assertFalse(changed.isMustChangePassword());
        assertEquals(epoch + 2, changed.getSessionEpoch());
    }

    @Test
    void theStaffListLeavesReadersOutAndCarriesTheFlags() {
        Account editor = account("e", "editor");
        Account reader = account("r", "reader");
        mapper.updateDisabled(editor.getId(), true);
        var staff = mapper.listStaff(AccountService.STAFF_LIST_LIMIT);
        assertTrue(staff.stream().noneMatch(a -> a.getId() == reader.getId()));
        Account listed = staff.stream().filter(a -> a.getId() == editor.getId()).findFirst().orElseThrow();
        assertTrue(listed.isDisabled());
        assertEquals("editor", listed.getRole());
        assertEquals(null, listed.getPasswordHash(), "hashes are not listed");
    }
}
