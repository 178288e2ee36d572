package org.inkstone.syndication;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/**
 * No item for this partner: the article does not exist, was never published, or is outside the partner's
 * channels (one answer for all three, so a partner learns nothing about other channels): 404 {@code item_not_found}.
 */
public class ItemNotFoundException extends InkstoneException {
    public ItemNotFoundException() {
        super(404, "item_not_found", "没有这篇稿件，或它不在所订栏目内", Map.of());
    }
}
