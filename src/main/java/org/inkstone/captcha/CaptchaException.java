package org.inkstone.captcha;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/**
 * A comment's CAPTCHA was refused, for one of the {@link Reason}s. The field named is {@code captchaAnswer},
 * with the reason's message.
 */
public class CaptchaException extends InkstoneException {

    /** Why a CAPTCHA answer was refused, with the status, code and message the client gets. */
    public enum Reason {
        /** No challenge id or no answer (400; nothing is burnt). */
        REQUIRED(400, "captcha_required", "请输入验证码"),
        /** No challenge with that id. */
        UNKNOWN(422, "captcha_unknown", "验证码不存在，请换一张"),
        /** The challenge was answered before (right or wrong). */
        USED(422, "captcha_used", "验证码已使用过，请换一张"),
        /** The challenge's time ran out. */
        EXPIRED(422, "captcha_expired", "验证码已过期，请换一张"),
        /** The challenge was issued for another action or article. */
        FOREIGN(422, "captcha_foreign", "验证码不属于这篇文章，请换一张"),
        /** The answer does not match (the challenge is burnt all the same). */
        WRONG(422, "captcha_wrong", "验证码错误，请换一张重试");

        final int status;
        final String code;
        final String message;

        Reason(int status, String code, String message) {
            this.status = status;
            this.code = code;
            this.message = message;
        }
    }

    private final Reason reason;

    public CaptchaException(Reason reason) {
        super(reason.status, reason.code, reason.message, Map.of("captchaAnswer", reason.message));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
