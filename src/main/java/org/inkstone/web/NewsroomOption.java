package org.inkstone.web;

/**
 * One {@code <option>} of a newsroom page's select box.
 *
 * @param value    the submitted value ({@code ""} for "any")
 * @param label    the shown text (Chinese)
 * @param selected whether the request named this value
 */
public record NewsroomOption(String value, String label, boolean selected) {
}
