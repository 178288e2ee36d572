package org.inkstone.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body, in bytes, that a resource method (or every method of a resource class) reads;
 * without it the limit is {@code inkstone.http.max-json-bytes} (16 KiB). Larger only where an endpoint needs
 * it, with the reason beside the annotation. Enforced by {@link BodyLimits} before the body is read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MaxBodyBytes {

    /** Bytes, at least 1. */
    long value();
}
