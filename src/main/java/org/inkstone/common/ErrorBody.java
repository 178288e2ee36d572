package org.inkstone.common;

import java.util.Map;

/** The JSON error shape of every 4xx/5xx answer under {@code /api}: {@code {status, code, message, fields}}. */
public record ErrorBody(int status, String code, String message, Map<String, String> fields) {
}
