package org.inkstone.common;

import java.util.Map;

/** The caller may not do this: 403 with a specific {@code code} (e.g. {@code cross_site_refused}, {@code blocked}). */
public class ForbiddenException extends InkstoneException {

    public ForbiddenException(String code, String message) {
        super(403, code, message, Map.of());
    }
}
