package org.inkstone.web;

import jakarta.ws.rs.ApplicationPath;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.glassfish.jersey.server.validation.ValidationFeature;
import org.inkstone.account.AccountResource;
import org.inkstone.account.AdminAccountResource;
import org.inkstone.account.PasswordChangeGate;
import org.inkstone.account.CallerSecurity;
import org.inkstone.account.SessionResource;
import org.inkstone.article.ArticleAdminResource;
import org.inkstone.article.ArticleResource;
import org.inkstone.article.AdminPickResource;
import org.inkstone.article.AdminRelatedResource;
import org.inkstone.captcha.CaptchaResource;
import org.inkstone.channel.AdminChannelResource;
import org.inkstone.channel.ChannelResource;
import org.inkstone.comment.AdminBlockResource;
import org.inkstone.comment.AdminCommentResource;
import org.inkstone.comment.CommentResource;
import org.inkstone.comment.FlagResource;
import org.inkstone.common.BodyLimits;
import org.inkstone.common.ErrorMappers;
import org.inkstone.common.Id;
import org.inkstone.common.JsonConfig;
import org.inkstone.common.RequestGuard;
import org.inkstone.media.MediaFileResource;
import org.inkstone.media.MediaResource;
import org.inkstone.search.SearchResource;

/**
 * The one JAX-RS application, at the root: reader pages ({@code /}, {@code /articles/...}) and the JSON API
 * ({@code /api/...}); static files under {@code /assets/} are served by {@link AssetResource}. Jersey is the
 * server's own JAX-RS implementation (provided by Payara), configured here and nowhere else:
 * <ul>
 *   <li>resources: listed below, one line each (a unit test fails when a {@code @Path} class under
 *       {@code org.inkstone} is missing). Not a package scan: Payara's OpenAPI service builds its document
 *       from {@code getClasses()} of a fresh instance on its own class loader, where a scan finds nothing;</li>
 *   <li>security: {@link CallerSecurity} (bearer token for scripts), then {@code @RolesAllowed} through
 *       Jersey's {@link RolesAllowedDynamicFeature}, with the caller's roles from Jakarta Security;</li>
 *   <li>input: {@link RequestGuard} (cross-site requests, CORS), {@link BodyLimits} (size and depth before
 *       the body is read), {@link Id.Param} (ids in paths and queries), Bean Validation, JSON-B settings
 *       ({@link JsonConfig}), {@code multipart/form-data} ({@link MultiPartFeature}, for media uploads);</li>
 *   <li>output: the error mappers ({@link ErrorMappers}) and the page writer ({@link HtmlWriter}).</li>
 * </ul>
 * WADL is off: it would publish the whole API map, admin endpoints included. The public API is described
 * by MicroProfile OpenAPI at {@code /openapi} instead (see {@link OpenApiFilter}).
 */
@ApplicationPath("/")
public class InkstoneApplication extends ResourceConfig {

    public InkstoneApplication() {
        // pages
        register(HomePageResource.class);
        register(ArticlePageResource.class);
        register(ChannelPageResource.class);
        register(SearchPageResource.class);
        register(LoginPageResource.class);
        register(ModerationPageResource.class);
        register(NewsroomPageResource.class);
        register(WebJarResource.class);
        register(AssetResource.class);
        register(MediaFileResource.class);
        // feeds (issue 10): /feeds/{rss,atom}.xml, /channels/{id}/{rss,atom}.xml
        register(org.inkstone.syndication.FeedResource.class);
        register(org.inkstone.syndication.ChannelFeedResource.class);
        // JSON API
        register(PingResource.class);
        register(HealthResource.class);
        register(ArticleResource.class);
        register(ChannelResource.class);
        register(SearchResource.class);
        register(CommentResource.class);
        register(FlagResource.class);
        register(CaptchaResource.class);
        register(AccountResource.class);
        register(SessionResource.class);
        register(org.inkstone.syndication.SyndicationResource.class); // partners' pull API (bearer pull key)
        // JSON API, staff only (never in the OpenAPI document)
        register(ArticleAdminResource.class);
        register(AdminCommentResource.class);
        register(AdminBlockResource.class);
        register(MediaResource.class);
        // newsroom administration (channels, picks, staff accounts) and its pages
        register(AdminChannelResource.class);
        register(AdminPickResource.class);
        register(AdminRelatedResource.class);
        register(AdminAccountResource.class);
        register(NewsroomAdminPageResource.class);
        // newsroom (issue 9), staff only
        register(org.inkstone.newsroom.NewsroomResource.class);
        register(org.inkstone.newsroom.AdminWithdrawResource.class);
        register(org.inkstone.newsroom.NewsroomNoStore.class);
        register(NewsroomPreviewResource.class);
        register(org.inkstone.syndication.AdminPartnerResource.class);
        register(org.inkstone.syndication.AdminDeliveryResource.class);
        register(org.inkstone.syndication.AdminSyndicationItemResource.class);

        register(PasswordChangeGate.class);
        register(CallerSecurity.class);
        register(RolesAllowedDynamicFeature.class);
        register(RequestGuard.class);
        register(BodyLimits.class);
        register(Id.Param.class);
        register(ValidationFeature.class);
        register(JsonConfig.class);
        register(MultiPartFeature.class);
        register(HtmlWriter.class);
        register(ErrorMappers.Inkstone.class);
        register(org.inkstone.newsroom.VersionConflictMapper.class);
        register(ErrorMappers.Validation.class);
        register(ErrorMappers.Unreadable.class);
        register(ErrorMappers.Web.class);
        register(ErrorMappers.RoleRefused.class);
        register(ErrorMappers.NotLoggedIn.class);
        register(ErrorMappers.Unexpected.class);
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
}
