#!/usr/bin/env bash
# Search and related-list quality on the judged sets (src/test/resources/relevance/), for the product and for a
# plain character-bigram BM25 baseline: nDCG@10, P@5, MRR@10 by query kind, no-answer hits, related nDCG@5.
# Usage: bench/search-quality.sh                  the figures (about 1 minute)
#        bench/search-quality.sh --pool           the pools to judge: top 10 of each ranking per query / source
#        bench/search-quality.sh --pool --only=q01,q02 --sources=thucnews-0001
# Needs ../shared/data/zh-news next to the project root. Runs offline from ~/.m2 (the test class path comes
# from the dependency plugin, so no exec plugin is needed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/search-quality.classpath >&2
exec java -Xmx1g -Dinkstone.shared.dir=../shared \
    -cp "target/test-classes:target/classes:$(cat target/search-quality.classpath)" \
    org.inkstone.search.SearchQuality "$@"
