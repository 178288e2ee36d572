#!/usr/bin/env python3
"""Write the common two-character words of a JSONL news corpus, one a line, for the uncached search benchmark.

A "word" here is a two-character run of CJK characters (U+4E00..U+9FFF) of an article's title or body. Kept:
the COUNT bigrams found in the most articles (document frequency; ties by total occurrences, then by code point,
so the list is the same on every run: nothing is random) that are
  - not built with a function character (的 了 是 在 和 … 我 你 他: particles, pronouns, prepositions),
  - not a function word of the STOP list below (adverbs and conjunctions: 已经, 如果, 虽然, 目前 …),
  - not mostly a piece of one longer string: a bigram whose most frequent left or right neighbour character
    accounts for half or more of its occurrences is dropped (浪体 of 新浪体育, 况下 of 情况下, 费者 of 消费者),
    a crude word-boundary test in the spirit of the accessor-variety criterion (Feng et al., "Accessor Variety
    Criteria for Chinese Word Extraction", Computational Linguistics 30(1), 2004), without a segmenter.

Two words drawn at random out of 300 give 89,700 ordered pairs, far more than the server's query-result cache
(2,000 entries, SearchService), so nearly every request of bench/search_words.lua is a cache miss.

usage: gen_words.py SOURCE.jsonl OUT.txt [COUNT]
  e.g. python3 bench/gen_words.py ../shared/data/zh-news/news.jsonl bench/common_words.txt 300
"""
import collections
import json
import re
import sys

CJK = re.compile(r"[\u4e00-\u9fff]+")
FUNCTION_CHARS = set("的了是在和有也就都而与及着或这那其之以于为被把让向从对将则但并且又还更很最不没一个们我你他她它所此该每些么吗呢吧啊等")
STOP = set("""
已经 自己 同时 目前 开始 如果 可能 方面 通过 情况 需要 非常 部分 虽然 重要 主要 时候 得到 包括 能够 比较 特别 第二
第三 大家 甚至 来说 看到 去年 今年 今天 知道 如何 继续 完全 另外 出来 起来 下来 必须 相当 左右 来看 分别 经过 同样
年来 只要 觉得 任何 实际 无法 无论 才能 按照 十分 只能 首先 许多 依然 当然 比如 大多 多数 日前 过去 肯定 自然 容易
尽管 近期 月份 因此 因为 所以 然后 其中 这样 一些 这些 那些 之后 之前 以及 或者 而且 但是 不过 可以 应该 就是 还是
一直 一样 现在 当时 此外 例如 于是 从而 然而 由于 以后 以上 以下 之间 一定 其实 真正 确实 近日 本报 组图 仍然 刚刚
再次 加上 值得 日电 昨日 首次 较大 做出 场上
""".split())


def main():
    src, out = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    df, tf = collections.Counter(), collections.Counter()
    left, right = collections.defaultdict(collections.Counter), collections.defaultdict(collections.Counter)
    with open(src, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            article = json.loads(line)
            text = (article.get("title") or "") + "\n" + (article.get("body") or "")
            seen = set()
            for run in CJK.findall(text):
                for i in range(len(run) - 1):
                    bigram = run[i:i + 2]
                    tf[bigram] += 1
                    seen.add(bigram)
                    if i > 0:
                        left[bigram][run[i - 1]] += 1
                    if i + 2 < len(run):
                        right[bigram][run[i + 2]] += 1
            df.update(seen)

    def is_word(b):
        if b[0] in FUNCTION_CHARS or b[1] in FUNCTION_CHARS or b in STOP:
            return False
        neighbour = max(max(left[b].values(), default=0), max(right[b].values(), default=0))
        return neighbour < 0.5 * tf[b]

    words = sorted((b for b in df if is_word(b)), key=lambda b: (-df[b], -tf[b], b))[:count]
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"# {len(words)} common two-character words of {src.split('/')[-1]} (document frequency "
                f"{df[words[0]]}..{df[words[-1]]} articles), made by: python3 bench/gen_words.py "
                f"../shared/data/zh-news/news.jsonl bench/common_words.txt {count}\n")
        for w in words:
            f.write(w + "\n")
    print(f"{len(words)} words written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
