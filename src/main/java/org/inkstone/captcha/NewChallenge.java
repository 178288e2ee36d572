package org.inkstone.captcha;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.inkstone.common.Id;

/** {@code POST /api/captcha} body: the action the challenge is for (only {@code comment} today) and its article. */
public record NewChallenge(
        @NotNull(message = "必填") @Pattern(regexp = "comment", message = "只支持 comment") String action,
        @NotNull(message = "必填") @JsonbTypeDeserializer(Id.Json.class) Long articleId) {
}
