package org.inkstone.web;

import org.inkstone.account.Role;

import java.util.Map;
import java.util.Objects;

/**
 * The logged-in staff member a newsroom page is for, as the newsroom navigation ({@code newsroom-nav.mustache})
 * shows them: display name, role, 退出, and only the links their role may open. The links' rules are the pages'
 * own: 稿件/写稿/审核/定时 reporter and above (every newsroom page's caller), 推荐位 editor and above, 栏目 chief
 * editor and above, 账号 administrators. Immutable.
 *
 * @param name the display name (plain text, escaped when shown)
 * @param role the account's role (not null)
 */
public record NewsroomUser(String name, Role role) {

    /** Chinese names of the role ids; an id without one is shown as it is. */
    static final Map<String, String> ROLE_NAMES = Map.of("reader", "读者", "moderator", "版主", "reporter", "记者",
            "editor", "编辑", "chief-editor", "主编", "admin", "管理员");

    public NewsroomUser {
        Objects.requireNonNull(role, "role");
    }

    /** The role's Chinese name, e.g. 记者 for {@code reporter}. */
    public String roleName() {
        return ROLE_NAMES.getOrDefault(role.id(), role.id());
    }

    /** Whether the 推荐位 link ({@code /newsroom/picks}, editor and above) is shown. */
    public boolean mayPicks() {
        return role.includes(Role.EDITOR);
    }

    /** Whether the 栏目 link ({@code /newsroom/channels}, chief editor and above) is shown. */
    public boolean mayChannels() {
        return role.includes(Role.CHIEF_EDITOR);
    }

    /** Whether the 合作媒体 link ({@code /newsroom/partners}, administrators) is shown. */
    public boolean mayPartners() {
        return role.includes(Role.ADMIN);
    }

    /** Whether the 账号 link ({@code /newsroom/accounts}, administrators) is shown. */
    public boolean mayAccounts() {
        return role.includes(Role.ADMIN);
    }
}
