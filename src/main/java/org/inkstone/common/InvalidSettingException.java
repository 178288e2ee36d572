package org.inkstone.common;

/** A configuration value cannot be used; the message names the key, what it must be, and what it was. */
public class InvalidSettingException extends IllegalStateException {

    public InvalidSettingException(String key, String expected, String actual) {
        super(key + ": expected " + expected + ", got '" + actual + "'");
    }
}
