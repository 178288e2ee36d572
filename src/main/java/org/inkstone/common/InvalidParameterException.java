package org.inkstone.common;

import java.util.Map;

/** A request parameter has a bad value: 400 with {@code code=invalid_parameter} and the field named. */
public class InvalidParameterException extends InkstoneException {

    public InvalidParameterException(String field, String reason) {
        super(400, "invalid_parameter", "参数 " + field + " 无效：" + reason, Map.of(field, reason));
    }
}
