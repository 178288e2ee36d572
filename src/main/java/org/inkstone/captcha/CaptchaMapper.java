package org.inkstone.captcha;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.time.Instant;

/** CAPTCHA challenges. SQL in {@code org/inkstone/captcha/CaptchaMapper.xml}. */
@Mapper
public interface CaptchaMapper {

    int insert(@Param("c") StoredChallenge challenge, @Param("image") byte[] image);

    /** The PNG of an unused challenge that has not expired at {@code now}; null otherwise. */
    ChallengeImage findUsableImage(@Param("id") String id, @Param("now") Instant now);

    /** Marks the challenge used if nobody did before; returns 1 for the first caller, 0 for everyone else. */
    int markUsed(@Param("id") String id, @Param("now") Instant now);

    StoredChallenge findById(@Param("id") String id);

    int deleteExpiredBefore(@Param("before") Instant before);
}
