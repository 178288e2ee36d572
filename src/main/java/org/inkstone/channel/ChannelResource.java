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

/** {@code GET /api/channels}: every channel, in menu order, as {@code {total, items: [{id, name}]}}. */
@Tag(name = "channels", description = "栏目")
@Path("api/channels")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ChannelResource {

    @Inject
    ChannelService channels;

    public record ChannelList(int total, List<ChannelRef> items) {
    }

    @Operation(summary = "全部栏目", description = "按菜单顺序。")
    @APIResponse(responseCode = "200", description = "{total, items: [{id, name}]}", content = @Content(schema = @Schema(ref = "ChannelList")))
    @GET
    public ChannelList list() {
        List<ChannelRef> items = channels.all().stream().map(c -> new ChannelRef(c.getId(), c.getName())).toList();
        return new ChannelList(items.size(), items);
    }
}
