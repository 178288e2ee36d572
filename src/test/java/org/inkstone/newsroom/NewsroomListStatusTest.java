package org.inkstone.newsroom;

import org.inkstone.common.InvalidParameterException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The newsroom list's {@code status} parameter: one state or several separated by commas. No server. */
class NewsroomListStatusTest {

    @Test
    void noneOneOrSeveralStates() {
        assertNull(NewsroomService.statuses(null));
        assertNull(NewsroomService.statuses(""));
        assertEquals(List.of("draft"), NewsroomService.statuses("draft"));
        assertEquals(List.of("draft", "returned"), NewsroomService.statuses("draft,returned"));
        assertEquals(List.of("returned", "draft"), NewsroomService.statuses("returned,draft,returned"));
    }

    @Test
    void anUnknownOrEmptyStateNamesTheParameter() {
        for (String bad : List.of("drafts", "draft,", ",draft", "draft,,returned", "draft, returned")) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> NewsroomService.statuses(bad), bad);
            assertEquals(java.util.Map.of("status", "应为 draft、in_review、returned、scheduled、published 或 withdrawn（多个用逗号分隔）"),
                    e.fields(), bad);
        }
    }
}
