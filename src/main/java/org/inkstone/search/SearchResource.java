package org.inkstone.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.inkstone.common.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/search?q=&channel=&from=&to=&page=} → {@code {total, hits: [...]}}; bad parameters are 400. */
@Tag(name = "search", description = "全文搜索")
@Path("api/search")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SearchResource {

    @Inject
    SearchService search;

    @Operation(summary = "搜索文章", description = "q 必填；可按栏目与日期（YYYY-MM-DD）筛选；每页 10 条。")
    @APIResponse(responseCode = "200", description = "{total, hits}", content = @Content(schema = @Schema(ref = "SearchResult")))
    @APIResponse(responseCode = "400", description = "参数无效（invalid_parameter，fields 指明字段）")
    @GET
    public SearchService.Result search(@QueryParam("q") String q,
                                       @QueryParam("channel") @Pattern(regexp = Params.CHANNEL, message = "栏目无效") String channel,
                                       @QueryParam("from") @Pattern(regexp = Params.DATE, message = "日期格式应为 YYYY-MM-DD") String from,
                                       @QueryParam("to") @Pattern(regexp = Params.DATE, message = "日期格式应为 YYYY-MM-DD") String to,
                                       @QueryParam("page") @Pattern(regexp = Params.PAGE, message = "页码应为 1 到 99999") String page) {
        return search.search(q, channel, from, to, Params.intOr(page, 1));
    }
}
