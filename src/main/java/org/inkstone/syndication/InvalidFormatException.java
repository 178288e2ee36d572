package org.inkstone.syndication;

import org.inkstone.common.InvalidParameterException;

/** A format other than {@code ninjs} or {@code newsml-g2} was asked for: 400 {@code invalid_parameter} naming the field. */
public class InvalidFormatException extends InvalidParameterException {

    public InvalidFormatException(String field) {
        super(field, "须为 ninjs 或 newsml-g2");
    }
}
