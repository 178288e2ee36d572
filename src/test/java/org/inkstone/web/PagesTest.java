package org.inkstone.web;

import jakarta.servlet.ServletContext;
import org.inkstone.channel.Channel;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.InkstoneConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link Pages} adds the chrome by itself; built by hand with the templates served from the source tree. */
class PagesTest {

    /** The two methods Pages calls; the templates come from {@code webapp/}. */
    private static ServletContext servletContext() {
        return (ServletContext) Proxy.newProxyInstance(PagesTest.class.getClassLoader(), new Class<?>[] {ServletContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> "/news";
                    case "getResourceAsStream" -> {
                        Path file = Path.of("webapp", ((String) args[0]).substring(1));
                        try {
                            yield Files.exists(file) ? Files.newInputStream(file) : null;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Pages pages(ChannelService channels) {
        Properties system = new Properties();
        system.setProperty("inkstone.site.name", "测试站");
        Pages pages = new Pages();
        pages.servletContext = servletContext();
        pages.site = org.inkstone.common.SiteSettings.from(new InkstoneConfig(Map.of(), system));
        pages.channels = channels;
        return pages;
    }

    private static ChannelService channels(List<Channel> all) {
        return new ChannelService() {
            @Override
            public List<Channel> navigation() {
                return all;
            }
        };
    }

    private static ChannelService failingChannels() {
        return new ChannelService() {
            @Override
            public List<Channel> navigation() {
                throw new IllegalStateException("database down");
            }
        };
    }

    @Test
    void addsSiteNameContextPathAndNavigationToAPage() {
        Document d = Jsoup.parse(pages(channels(PageFixtures.channels())).render(new LoginPage("/news/")));
        assertEquals("登录 - 测试站", d.title());
        assertEquals("/news/", d.selectFirst("header a.brand").attr("href"));
        assertEquals(List.of("/news/channels/sports", "/news/channels/tech", "/news/channels/charity"),
                d.select("header nav a").eachAttr("href"));
        assertEquals("/news", d.selectFirst("#login-form").attr("data-base"));
    }

    @Test
    void theErrorPageRendersWithoutNavigationWhenChannelsCannotBeLoaded() {
        HtmlErrorPage errorPage = new HtmlErrorPage();
        errorPage.pages = pages(failingChannels());
        Document d = Jsoup.parse(errorPage.render(503, "服务暂时不可用"));
        assertEquals("出错了（503）", d.selectFirst("h1").text());
        assertEquals(0, d.select("header nav a").size());
        assertEquals("测试站", d.selectFirst("header a.brand").text());
    }

    @Test
    void theErrorPageHasNavigationWhenChannelsLoad() {
        HtmlErrorPage errorPage = new HtmlErrorPage();
        errorPage.pages = pages(channels(PageFixtures.channels()));
        Document d = Jsoup.parse(errorPage.render(404, "文章不存在"));
        assertEquals("404 页面不存在", d.selectFirst("h1").text());
        assertEquals(3, d.select("header nav a").size());
    }

    @Test
    void otherPagesFailWhenChannelsCannotBeLoaded() {
        Pages pages = pages(failingChannels());
        assertThrows(IllegalStateException.class, () -> pages.render(new LoginPage("/news/")));
    }
}
