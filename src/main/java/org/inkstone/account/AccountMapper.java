package org.inkstone.account;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.List;

/** Accounts. SQL in {@code org/inkstone/account/AccountMapper.xml}. */
@Mapper
public interface AccountMapper {

    /** Inserts and sets {@code id}; a taken user name or display-name skeleton raises a duplicate-key exception. */
    int insert(Account account);

    Account findByUsername(@Param("username") String username);

    Account findById(@Param("id") long id);

    /** The accounts among {@code ids} (unknown ids are skipped), without password hashes. */
    List<Account> listByIds(@Param("ids") java.util.Collection<Long> ids);

    /** Display names of every account above reader. */
    List<String> listStaffDisplayNames();

    /**
     * Sets the password hash (clearing the must-change mark) and moves the account to the next session epoch, only if it is still at
     * {@code sessionEpoch}; returns 1, or 0 when another change came first (or the account is gone).
     */
    int updatePassword(@Param("id") long id, @Param("passwordHash") String passwordHash, @Param("sessionEpoch") int sessionEpoch);

    /** 1 when an account's display name has this confusable skeleton, else 0. */
    long countByDisplaySkeleton(@Param("skeleton") String skeleton);

    /** Accounts created before display-name skeletons were stored (migration V4), oldest first. */
    List<Account> listWithoutDisplaySkeleton();

    /** Stores a skeleton where none is stored yet; a skeleton another account holds raises a duplicate-key exception. */
    int updateDisplaySkeleton(@Param("id") long id, @Param("skeleton") String skeleton);

    /** Accounts above reader, oldest first, at most {@code limit}, without password hashes. */
    List<Account> listStaff(@Param("limit") int limit);

    /** Sets the disabled flag and moves the account to the next session epoch (ending its sessions). Returns the rows changed. */
    int updateDisabled(@Param("id") long id, @Param("disabled") boolean disabled);

    /**
     * Stores a one-time password's hash, marks that it must be changed at the next log-in and moves the account
     * to the next session epoch (ending its sessions). Returns the rows changed.
     */
    int resetPassword(@Param("id") long id, @Param("passwordHash") String passwordHash);

    long countByRole(@Param("role") String role);
}
