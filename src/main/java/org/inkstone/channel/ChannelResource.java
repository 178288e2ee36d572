package org.inkstone.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /api/channels}: the channels readers see (hidden ones and those under a hidden channel left out),
 * in menu order (each top-level channel followed by its children), as
 * {@code {total, items: [{id, name, parent}]}}; {@code parent} is null for a top-level channel (一级栏目).
 */
@Tag(name = "channels", description = "栏目")
@Path("api/channels")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ChannelResource {

    @Inject
    ChannelService channels;

    /** A channel of the list: its parent's id, or null at the top level. */
    public record ChannelItem(String id, String name, String parent) {
    }

    public record ChannelList(int total, List<ChannelItem> items) {
    }

    @Operation(summary = "全部栏目", description = "按菜单顺序。")
    @APIResponse(responseCode = "200", description = "{total, items: [{id, name, parent}]}", content = @Content(schema = @Schema(ref = "ChannelList")))
    @GET
    public ChannelList list() {
        List<ChannelItem> items = channels.all().stream().map(c -> new ChannelItem(c.getId(), c.getName(), c.getParentId())).toList();
        return new ChannelList(items.size(), items);
    }
}
