package org.inkstone.account;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/**
 * 409: a name is already held. {@link #username()} ({@code username_taken}: the same user name),
 * {@link #displayName()} ({@code display_name_taken}: a display name with the same confusable skeleton), or
 * {@link #nickname()} ({@code nickname_taken}: an anonymous nickname that looks like a registered reader's
 * display name). Each names its field.
 */
public final class NameTakenException extends InkstoneException {

    private NameTakenException(String code, String message, String field, String reason) {
        super(409, code, message, Map.of(field, reason));
    }

    public static NameTakenException username() {
        return new NameTakenException("username_taken", "用户名已被使用", "username", "已被使用");
    }

    public static NameTakenException displayName() {
        return new NameTakenException("display_name_taken", "昵称已被使用（或与已有昵称过于相似）", "displayName", "已被使用或过于相似");
    }

    public static NameTakenException nickname() {
        return new NameTakenException("nickname_taken", "该昵称属于注册读者，请换一个昵称或登录后发表", "nickname", "属于注册读者");
    }
}
