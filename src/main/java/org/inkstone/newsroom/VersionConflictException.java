package org.inkstone.newsroom;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/**
 * A write named a version that is no longer the article's: 409 {@code version_conflict}; the answer carries the
 * article as it is now ({@code current}, the {@code GET} body) so the editor can show what changed
 * ({@link VersionConflictMapper}).
 */
public class VersionConflictException extends InkstoneException {

    private final transient NewsroomViews.Article current;

    public VersionConflictException(NewsroomViews.Article current) {
        super(409, "version_conflict", "文章已被他人修改（当前版本 " + current.version() + "），请查看改动后再保存", Map.of());
        this.current = current;
    }

    public NewsroomViews.Article current() {
        return current;
    }
}
