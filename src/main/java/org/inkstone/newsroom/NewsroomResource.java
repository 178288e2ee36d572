package org.inkstone.newsroom;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Caller;
import org.inkstone.account.Role;
import org.inkstone.common.Id;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.MaxBodyBytes;
import org.inkstone.common.Params;
import org.inkstone.newsroom.Workflow.Actor;

import java.util.Optional;

/**
 * The newsroom JSON API under {@code /api/newsroom/articles} (reporter and above, with an account: the operators'
 * token has none, 403 {@code account_required}). Translates HTTP only; the rules are {@link NewsroomService}'s and
 * {@link Workflow}'s. After a committed publication, correction or withdrawal it has this node's index catch up at
 * once ({@link NewsroomService#readersChanged}). Errors: {@code {status, code, message, fields}}; a stale version
 * is 409 {@code version_conflict} with {@code current} (the article as {@code GET} shows it).
 */
@Path("api/newsroom/articles")
@RolesAllowed(Role.Names.REPORTER)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class NewsroomResource {

    /** Article bodies are large: 4 MiB of JSON (the body limit itself is {@code inkstone.newsroom.body-max-chars}). */
    static final long MAX_BODY = 4L * 1024 * 1024;

    @Inject
    NewsroomService newsroom;

    @Inject
    Caller caller;

    private Actor actor() {
        return NewsroomService.actor(Optional.of(caller.requireAccount()), false);
    }

    /**
     * {@code GET}: a page of the list {@code {items, counts, nextCursor}}; {@code size} 1–100 (20); {@code status} one
     * state or several separated by commas ({@code draft,returned}).
     */
    @GET
    public NewsroomViews.ItemPage list(@QueryParam("status") String status,
                                       @QueryParam("channel") @Pattern(regexp = Params.CHANNEL, message = "栏目无效") String channel,
                                       @QueryParam("author") String author, @QueryParam("q") String q,
                                       @QueryParam("mine") String mine, @QueryParam("waiting") String waiting,
                                       @QueryParam("cursor") String cursor,
                                       @QueryParam("size") @Pattern(regexp = Params.SIZE, message = "每页条数应为 1 到 100") String size) {
        Long authorId = author == null || author.isEmpty() ? null : Id.parse("author", author).value();
        if (q != null && q.length() > 200) {
            throw new InvalidParameterException("q", "不能超过 200 字");
        }
        return newsroom.list(status, channel, authorId, q, "true".equals(mine), "true".equals(waiting), cursor,
                Params.intOr(size, 20), actor());
    }

    /** {@code POST}: a new draft → 201 {@code {id, status, version}} with {@code Location}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @MaxBodyBytes(MAX_BODY)
    public Response create(ArticleInput in) {
        NewsroomViews.Created c = newsroom.create(required(in), actor());
        return Response.status(201).header("Location", "api/newsroom/articles/" + c.id()).entity(c).build();
    }

    @GET
    @Path("{id}")
    public NewsroomViews.Article get(@PathParam("id") Id id) {
        return newsroom.get(id.value(), actor());
    }

    /** {@code PUT}: an explicit save (a revision) → 200 {@code {version, status, reviewLevel, sensitive}}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @MaxBodyBytes(MAX_BODY)
    public NewsroomViews.Saved save(@PathParam("id") Id id, ArticleInput in) {
        return newsroom.save(id.value(), required(in), actor());
    }

    /** {@code DELETE ?version=}: the author's own draft → 204. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") Id id, @QueryParam("version") String version) {
        newsroom.delete(id.value(), version(version), actor());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public NewsroomViews.Moved transition(@PathParam("id") Id id, TransitionInput in) {
        if (in == null) {
            throw new InvalidParameterException("action", "必填");
        }
        NewsroomService.Moved m = newsroom.transition(id.value(), in, actor());
        if (m.readersChanged()) {
            newsroom.readersChanged(m.outboxId());
        }
        return m.view();
    }

    @GET
    @Path("{id}/revisions")
    public NewsroomViews.Revisions revisions(@PathParam("id") Id id) {
        return newsroom.revisions(id.value());
    }

    @GET
    @Path("{id}/revisions/{n}")
    public NewsroomViews.Revision revision(@PathParam("id") Id id, @PathParam("n") String n) {
        return newsroom.revision(id.value(), number("n", n));
    }

    /** {@code POST .../revisions/{n}/restore {version}}: revision n as a new revision → 200 {@code {version, revision}}. */
    @POST
    @Path("{id}/revisions/{n}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    public NewsroomViews.Restored restore(@PathParam("id") Id id, @PathParam("n") String n, RestoreInput in) {
        if (in == null || in.version == null) {
            throw new InvalidParameterException("version", "必填");
        }
        return newsroom.restore(id.value(), number("n", n), in.version, actor());
    }

    /** {@code {version}} of a restore. */
    public static class RestoreInput {
        @jakarta.json.bind.annotation.JsonbTypeDeserializer(VersionDeserializer.class)
        public Integer version;
    }

    @GET
    @Path("{id}/diff")
    public NewsroomViews.Diff diff(@PathParam("id") Id id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return newsroom.diff(id.value(), number("from", from), number("to", to));
    }

    @GET
    @Path("{id}/history")
    public NewsroomViews.History history(@PathParam("id") Id id) {
        return newsroom.history(id.value());
    }

    /** Autosave: the caller's working copy (not a revision) → 204. */
    @PUT
    @Path("{id}/working-copy")
    @Consumes(MediaType.APPLICATION_JSON)
    @MaxBodyBytes(MAX_BODY)
    public Response putWorkingCopy(@PathParam("id") Id id, ArticleInput in) {
        newsroom.putWorkingCopy(id.value(), required(in), actor());
        return Response.noContent().build();
    }

    /** The caller's working copy: the fields plus {@code savedAt}; 404 {@code no_working_copy}. */
    @GET
    @Path("{id}/working-copy")
    public Response workingCopy(@PathParam("id") Id id) {
        return Response.ok(newsroom.workingCopy(id.value(), actor()), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    @DELETE
    @Path("{id}/working-copy")
    public Response deleteWorkingCopy(@PathParam("id") Id id) {
        newsroom.deleteWorkingCopy(id.value(), actor());
        return Response.noContent().build();
    }

    private static ArticleInput required(ArticleInput in) {
        if (in == null) {
            throw new InvalidParameterException("title", "必填");
        }
        return in;
    }

    private static int version(String raw) {
        return number("version", raw);
    }

    /** A positive int from a path or query, else 400 naming the field. */
    private static int number(String field, String raw) {
        if (raw == null || !raw.matches("[1-9][0-9]{0,8}")) {
            throw new InvalidParameterException(field, "应为正整数");
        }
        return Integer.parseInt(raw);
    }
}
