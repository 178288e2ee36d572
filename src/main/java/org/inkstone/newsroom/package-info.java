/**
 * The newsroom (issue 9): editors write, review (1–3 levels), schedule, correct and withdraw articles. The rules
 * are one pure class, {@link org.inkstone.newsroom.Workflow}; {@link org.inkstone.newsroom.NewsroomService}
 * applies them in transactions; {@link org.inkstone.newsroom.NewsroomResource} is the JSON API. Owns the
 * {@code article_transition} audit and the {@code article_working_copy} autosaves; reaches articles and their
 * revisions only through {@link org.inkstone.article.ArticleService}, accounts through
 * {@link org.inkstone.account.AccountService}. Must not be imported by {@code article} (the floors run one way).
 */
package org.inkstone.newsroom;
