/**
 * The top floor: everything that speaks HTTP for the whole application or renders a reader's page.
 *
 * <ul>
 *   <li>The JAX-RS application ({@link org.inkstone.web.InkstoneApplication}, a Jersey {@code ResourceConfig}:
 *       the one place where resources and providers are registered), the OpenAPI filter, the start-up sequence of
 *       a node ({@link org.inkstone.web.Startup}), static assets, the trivial ping endpoint, the UTF-8
 *       HTML writer, and {@link org.inkstone.web.Settings}, where each feature's typed settings are built.</li>
 *   <li>Page resources ({@code *PageResource}): each checks its input, asks the feature services, and
 *       renders one page record: {@link org.inkstone.web.HomePage}, {@link org.inkstone.web.ArticlePage},
 *       {@link org.inkstone.web.ChannelPage}, {@link org.inkstone.web.SearchPage},
 *       {@link org.inkstone.web.LoginPage}, {@link org.inkstone.web.ModerationPage}, and
 *       {@link org.inkstone.web.ErrorPageModel} through {@link org.inkstone.web.HtmlErrorPage}, which
 *       implements {@code common}'s error page. A record's components are what its template shows.</li>
 *   <li>{@link org.inkstone.web.Pages} renders them and alone adds the {@link org.inkstone.web.Chrome}
 *       (site name, context path, channel navigation, and the feed autodiscovery links that
 *       {@link org.inkstone.web.FeedLinks} picks per page); {@link org.inkstone.web.PageRenderer} does the
 *       Mustache work without a servlet context, so tests render the real templates;
 *       {@link org.inkstone.web.Pager} is the page-link model of paginated pages.</li>
 * </ul>
 *
 * <p>The rule of the floors: this package may use every feature package ({@code article}, {@code channel},
 * {@code search}, {@code comment}, {@code moderation}, {@code captcha}, {@code account}, {@code ingest}) and
 * {@code common}; no feature and not {@code common} may import {@code web} (checked by {@code ArchitectureTest}). What a lower package needs from
 * here it declares as an interface of its own (as {@code common.ErrorPage}), implemented here.
 */
package org.inkstone.web;
