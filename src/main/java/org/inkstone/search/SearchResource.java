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

/** {@code GET /api/search?q=&channel=&from=&to=&page=} → {@code {total, hits: [...]}}; bad parameters are 400. */
@Path("api/search")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    public SearchService.Result search(@QueryParam("q") String q,
                                       @QueryParam("channel") @Pattern(regexp = Params.CHANNEL, message = "栏目无效") String channel,
                                       @QueryParam("from") @Pattern(regexp = Params.DATE, message = "日期格式应为 YYYY-MM-DD") String from,
                                       @QueryParam("to") @Pattern(regexp = Params.DATE, message = "日期格式应为 YYYY-MM-DD") String to,
                                       @QueryParam("page") @Pattern(regexp = Params.PAGE, message = "页码应为正整数") String page) {
        return search.search(q, channel, from, to, Params.intOr(page, 1));
    }
}
