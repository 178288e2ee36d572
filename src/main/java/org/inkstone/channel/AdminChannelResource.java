package org.inkstone.channel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Role;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.Params;

import java.util.List;

/**
 * Channel administration for chief editors (and admins, and the admin token), under
 * {@code /api/admin/channels}; 401 {@code login_required} anonymous, 403 {@code forbidden} below chief editor.
 * <ul>
 *   <li>{@code GET} → {@code {items: [{id, name, parent, hidden, position, children: [...same, children []]}]}},
 *       the whole tree in menu order, hidden channels included;</li>
 *   <li>{@code POST {id, name, parent}} → 201 the new channel (visible, last of its level); 400
 *       {@code invalid_parameter} ({@code id} not {@code [a-z0-9-]{1,32}}, {@code name} not 1–32 characters,
 *       {@code parent} unknown or a second-level channel); 409 {@code channel_exists} / {@code channel_name_taken};</li>
 *   <li>{@code PATCH /{id} {name?, hidden?}} → 200 the channel: rename, hide or show; 404 {@code channel_not_found};</li>
 *   <li>{@code PUT /order {parent, ids}} → 204: the new order of one level ({@code parent} null: the top level);
 *       {@code ids} must name each channel of that level once;</li>
 *   <li>{@code DELETE /{id}} → 204; 409 {@code channel_not_empty} while it has articles (any status), editor
 *       picks or child channels.</li>
 * </ul>
 */
@Path("api/admin/channels")
@RolesAllowed(Role.Names.CHIEF_EDITOR)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AdminChannelResource {

    @Inject
    ChannelService channels;

    /** A channel as staff see it; {@code children} is empty for second-level channels. */
    public record ChannelNode(String id, String name, String parent, boolean hidden, int position, List<ChannelNode> children) {
    }

    public record ChannelTreeView(List<ChannelNode> items) {
    }

    /** {@code POST} body. */
    public record NewChannel(
            @NotNull(message = "必填") @Pattern(regexp = Params.CHANNEL, message = "1–32 个小写字母、数字或 -") String id,
            @NotNull(message = "必填") @Size(max = 200, message = "1–32 个字符") String name,
            @Pattern(regexp = Params.CHANNEL, message = "栏目无效") String parent) {
    }

    /** {@code PATCH} body: either or both. */
    public record ChannelUpdate(@Size(max = 200, message = "1–32 个字符") String name, Boolean hidden) {
    }

    /** {@code PUT /order} body. */
    public record ChannelOrder(@Pattern(regexp = Params.CHANNEL, message = "栏目无效") String parent,
                               @NotNull(message = "必填") @Size(max = 500, message = "过多") List<@NotNull(message = "栏目无效") @Pattern(regexp = Params.CHANNEL, message = "栏目无效") String> ids) {
    }

    @GET
    public ChannelTreeView list() {
        ChannelTree tree = channels.tree();
        return new ChannelTreeView(tree.children(null).stream().map(c -> node(tree, c)).toList());
    }

    private static ChannelNode node(ChannelTree tree, Channel c) {
        List<ChannelNode> children = c.getParentId() == null
                ? tree.children(c.getId()).stream().map(k -> node(tree, k)).toList() : List.of();
        return new ChannelNode(c.getId(), c.getName(), c.getParentId(), c.isHidden(), c.getPosition(), children);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = "缺少请求内容") NewChannel body) {
        Channel c = channels.create(body.id(), body.name(), body.parent());
        return Response.status(201).entity(new ChannelNode(c.getId(), c.getName(), c.getParentId(), false, c.getPosition(), List.of())).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChannelNode update(@PathParam("id") @Pattern(regexp = Params.CHANNEL, message = "栏目无效") String id,
                              @Valid @NotNull(message = "缺少请求内容") ChannelUpdate body) {
        if (body.name() == null && body.hidden() == null) {
            throw new InvalidParameterException("name", "name 与 hidden 至少给出一个");
        }
        channels.update(id, body.name(), body.hidden());
        ChannelTree tree = channels.tree();
        return node(tree, channels.require(id));
    }

    @PUT
    @Path("order")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reorder(@Valid @NotNull(message = "缺少请求内容") ChannelOrder body) {
        channels.reorder(body.parent(), body.ids());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") @Pattern(regexp = Params.CHANNEL, message = "栏目无效") String id) {
        channels.delete(id);
        return Response.noContent().build();
    }
}
