package org.inkstone.syndication;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/**
 * No partner has the pull key given (missing, malformed, wrong or rotated away): 401 {@code invalid_partner_key}
 * with {@code WWW-Authenticate: Bearer realm="inkstone-syndication"}. Raised before anything else is looked at,
 * so the answer is the same whether or not the item asked for exists.
 */
public class InvalidPartnerKeyException extends InkstoneException {

    public InvalidPartnerKeyException() {
        super(401, "invalid_partner_key", "合作方密钥无效：请在 Authorization: Bearer 中提供登记时获得的密钥", Map.of());
    }

    @Override
    public String challenge() {
        return "Bearer realm=\"inkstone-syndication\"";
    }
}
