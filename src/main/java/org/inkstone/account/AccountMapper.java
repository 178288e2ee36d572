package org.inkstone.account;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.List;

/** Accounts. SQL in {@code org/inkstone/account/AccountMapper.xml}. */
@Mapper
public interface AccountMapper {

    /** Inserts and sets {@code id}; a taken user name raises a duplicate-key exception. */
    int insert(Account account);

    Account findByUsername(@Param("username") String username);

    Account findById(@Param("id") long id);

    /** The accounts among {@code ids} (unknown ids are skipped), without password hashes. */
    List<Account> listByIds(@Param("ids") java.util.Collection<Long> ids);

    /** Display names of every account above reader. */
    List<String> listStaffDisplayNames();

    int updatePassword(@Param("id") long id, @Param("passwordHash") String passwordHash);

    long countByRole(@Param("role") String role);
}
