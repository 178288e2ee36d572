package org.inkstone.captcha;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/**
 * A comment's CAPTCHA was refused. Codes: {@code captcha_required} (400: no challenge id or no answer),
 * {@code captcha_unknown}, {@code captcha_used}, {@code captcha_expired}, {@code captcha_foreign} (issued for
 * another action or article) and {@code captcha_wrong} (all 422). The field named is {@code captchaAnswer}.
 */
public class CaptchaException extends InkstoneException {

    public CaptchaException(int status, String code, String message) {
        super(status, code, message, Map.of("captchaAnswer", message));
    }
}
