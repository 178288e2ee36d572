package org.inkstone.syndication;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** 400 {@code endpoint_not_allowed}: a partner endpoint the server must not send to ({@link EndpointGuard}); names {@code endpoint}. */
public final class EndpointNotAllowedException extends InkstoneException {

    public EndpointNotAllowedException(String reason) {
        super(400, "endpoint_not_allowed", "推送地址不允许：" + reason, Map.of("endpoint", reason));
    }
}
