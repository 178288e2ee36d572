package org.inkstone.newsroom;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.time.Instant;
import java.util.List;

/** The newsroom's own rows: the transition audit and the autosaved working copies. SQL in {@code NewsroomMapper.xml}. */
@Mapper
public interface NewsroomMapper {

    int insertTransition(Transition t);

    /** Every transition of an article, newest first. */
    List<Transition> listTransitions(@Param("articleId") long articleId);

    /**
     * Who approved a level of the current review round: approvals after the article's latest
     * {@code submit} or in-review content change ({@code edit}).
     */
    List<Long> listRoundApprovers(@Param("articleId") long articleId);

    /**
     * The articles in review whose current round {@code actorId} approved a level of (so it may not approve
     * them again: {@code same_approver}); at most the articles in review. See the XML for the rule.
     */
    List<Long> listRoundApprovedBy(@Param("actorId") long actorId);

    /** Inserts or replaces the working copy of (article, account). */
    int upsertWorkingCopy(@Param("articleId") long articleId, @Param("accountId") long accountId,
                          @Param("fields") String fields, @Param("savedAt") Instant savedAt);

    WorkingCopy findWorkingCopy(@Param("articleId") long articleId, @Param("accountId") long accountId);

    int deleteWorkingCopy(@Param("articleId") long articleId, @Param("accountId") long accountId);
}
