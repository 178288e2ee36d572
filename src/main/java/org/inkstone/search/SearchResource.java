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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/search?q=&channel=&from=&to=&page=&sort=} → {@code {total, hits: [...]}}; bad parameters are 400. */
@Tag(name = "search", description = "全文搜索")
@Path("api/search")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SearchResource {

    @Inject
    SearchService search;

    @Operation(summary = "搜索文章", description = "q 必填；可按栏目与日期（YYYY-MM-DD）筛选；每页 10 条。"
            + "多个词用空格分开：词少时全部须出现（1–2 个词全部，3–5 个词可缺 1 个，6 个以上须 75%），一个都找不到时放宽为任一词；"
            + "含词多者在前，词挨得近者在前。繁体与简体、全角与半角等同；编辑部同义词表在查询时生效。"
            + "sort=relevance（默认，相关度）或 newest（发布时间从新到旧）。")
    @APIResponse(responseCode = "200", description = "{total, hits}", content = @Content(schema = @Schema(ref = "SearchResult")))
    @APIResponse(responseCode = "400", description = "参数无效（invalid_parameter，fields 指明字段：q、channel、from、to、page、sort）")
    @GET
    public SearchService.Result search(@QueryParam("q") String q,
                                       @QueryParam("channel") @Pattern(regexp = Params.CHANNEL, message = "栏目无效") String channel,
                                       @QueryParam("from") @Pattern(regexp = Params.DATE, message = "日期格式应为 YYYY-MM-DD") String from,
                                       @QueryParam("to") @Pattern(regexp = Params.DATE, message = "日期格式应为 YYYY-MM-DD") String to,
                                       @QueryParam("page") @Pattern(regexp = Params.PAGE, message = "页码应为 1 到 99999") String page,
                                       @Parameter(description = "relevance（默认）或 newest", schema = @Schema(enumeration = {"relevance", "newest"}))
                                       @QueryParam("sort") String sort) {
        return search.search(q, channel, from, to, Params.intOr(page, 1), sort);
    }
}
