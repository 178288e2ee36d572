package org.inkstone.article;

import org.inkstone.article.ViewPolicy.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Regression for "every request counts as a view": the table of what counts, with exact outcomes. */
class ViewPolicyTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/130.0.0.0 Safari/537.36";
    private static final String WECHAT = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN";

    private record Case(String method, String userAgent, String secPurpose, String purpose, String xMoz, boolean staff,
                        Verdict expected) {
    }

    @Test
    void onlyAReadersPlainGetCounts() {
        List<Case> cases = List.of(
                new Case("GET", FIREFOX, null, null, null, false, Verdict.COUNT),
                new Case("GET", CHROME, null, null, null, false, Verdict.COUNT),
                new Case("GET", WECHAT, null, null, null, false, Verdict.COUNT),
                new Case("GET", "Mozilla/5.0 (Linux; Android 14; Baiduboxapp)", null, null, null, false, Verdict.COUNT),
                new Case("GET", FIREFOX, "", "", "", false, Verdict.COUNT),
                new Case("HEAD", FIREFOX, null, null, null, false, Verdict.NOT_GET),
                new Case("POST", FIREFOX, null, null, null, false, Verdict.NOT_GET),
                new Case("get", FIREFOX, null, null, null, false, Verdict.NOT_GET),
                new Case(null, FIREFOX, null, null, null, false, Verdict.NOT_GET),
                new Case("GET", null, null, null, null, false, Verdict.NO_USER_AGENT),
                new Case("GET", "", null, null, null, false, Verdict.NO_USER_AGENT),
                new Case("GET", "   ", null, null, null, false, Verdict.NO_USER_AGENT),
                new Case("GET", CHROME, "prefetch", null, null, false, Verdict.PREFETCH),
                new Case("GET", CHROME, "prefetch;prerender", null, null, false, Verdict.PREFETCH),
                new Case("GET", CHROME, "Prefetch", null, null, false, Verdict.PREFETCH),
                new Case("GET", CHROME, null, "prefetch", null, false, Verdict.PREFETCH),
                new Case("GET", FIREFOX, null, null, "prefetch", false, Verdict.PREFETCH),
                new Case("GET", FIREFOX, null, null, null, true, Verdict.STAFF),
                // the first reason wins: method, then agent, then prefetch, then staff
                new Case("HEAD", "curl/8.5.0", "prefetch", null, null, true, Verdict.NOT_GET),
                new Case("GET", "curl/8.5.0", "prefetch", null, null, true, Verdict.CRAWLER),
                new Case("GET", FIREFOX, "prefetch", null, null, true, Verdict.PREFETCH));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            Verdict v = ViewPolicy.judge(c.method(), c.userAgent(), c.secPurpose(), c.purpose(), c.xMoz(), c.staff());
            if (v != c.expected()) {
                wrong.add(c + " -> " + v);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void crawlersScriptsAndHeadlessBrowsersDoNotCount() {
        List<String> agents = List.of(
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
                "Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
                "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
                "Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; Bytespider; spider-feedback@bytedance.com)",
                "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; +https://openai.com/gptbot)",
                "CCBot/2.0 (https://commoncrawl.org/faq/)",
                "Screaming Frog SEO Spider/19.0",
                "Mozilla/5.0 (compatible; MJ12bot/v1.4.8; http://mj12bot.com/)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
                "FeedFetcher-Google; (+http://www.google.com/feedfetcher.html)",
                "curl/8.5.0",
                "Wget/1.21.3",
                "python-requests/2.31.0",
                "Python-urllib/3.11",
                "Go-http-client/1.1",
                "Java-http-client/17.0.13",
                "Apache-HttpClient/4.5.14 (Java/17.0.9)",
                "okhttp/4.12.0",
                "Scrapy/2.11.0 (+https://scrapy.org)",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36",
                "Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/534.34 (KHTML, like Gecko) PhantomJS/2.1.1 Safari/534.34",
                "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0 Mobile Safari/537.36 Chrome-Lighthouse");
        List<String> counted = new ArrayList<>();
        for (String ua : agents) {
            if (ViewPolicy.judge("GET", ua, null, null, null, false) != Verdict.CRAWLER) {
                counted.add(ua);
            }
        }
        assertEquals(List.of(), counted);
    }
}
