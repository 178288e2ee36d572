package org.inkstone.comment;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.inkstone.common.Id;

/**
 * {@code POST /api/articles/{id}/comments} body. The annotations are coarse bounds against oversized input;
 * the real rules (nickname: {@link org.inkstone.account.DisplayNames}; body: 1 to
 * {@code inkstone.comment.max-chars} code points of visible text after sanitizing) are checked by
 * {@link CommentService}. {@code nickname}, {@code email} and the CAPTCHA are ignored for logged-in writers
 * below the CAPTCHA threshold.
 */
public record NewComment(
        @Size(max = 200, message = "昵称过长") String nickname,
        @Email(message = "邮箱格式不正确") @Size(max = 254, message = "邮箱过长") String email,
        @Size(max = 100_000, message = "评论过长") String body,
        @JsonbTypeDeserializer(Id.Json.class) Long parentId,
        @Size(max = 64, message = "验证码编号无效") String captchaId,
        @Size(max = 32, message = "验证码过长") String captchaAnswer) {
}
