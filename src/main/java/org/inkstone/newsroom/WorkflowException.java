package org.inkstone.newsroom;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/**
 * A workflow step the caller may not take now: 403 {@code role_not_allowed}, {@code own_version},
 * {@code same_approver}; 409 {@code invalid_transition}, {@code sensitive_words_unacknowledged}; 400
 * {@code reason_required}, {@code publish_at_in_past}; 403 {@code not_author} (deleting another's draft).
 */
public class WorkflowException extends InkstoneException {

    public WorkflowException(int status, String code, String message) {
        super(status, code, message, Map.of());
    }

    static WorkflowException roleNotAllowed() {
        return new WorkflowException(403, "role_not_allowed", "你的角色不能执行此操作");
    }

    static WorkflowException invalidTransition(Workflow.State from, String action) {
        return new WorkflowException(409, "invalid_transition", "当前状态（" + from.label() + "）不能执行：" + action);
    }
}
