package org.inkstone.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body, in bytes, that a resource method (or every method of a resource class) reads;
 * without it the limit is {@code inkstone.http.max-json-bytes} (16 KiB). Larger only where an endpoint needs
 * it, with the reason beside the annotation. Enforced by {@link BodyLimits} before the body is read. With
 * {@link #key()} the limit is configurable: the key's value plus {@link #value()} (e.g. a file upload: the
 * largest file plus the multipart envelope around it).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MaxBodyBytes {

    /** Bytes, at least 1; with {@link #key()}, the bytes allowed on top of the key's value. */
    long value();

    /**
     * A configuration key whose value (a whole number of bytes, 1 to 2^31 − 1) is added to {@link #value()};
     * empty (the default): {@link #value()} alone. Read once, when the application starts.
     */
    String key() default "";
}
