package org.inkstone.comment;

/** {@code 201} answer to a new comment: its id and status ({@code approved} or {@code pending}). */
public record Posted(long id, String status) {
}
