#!/usr/bin/env bash
# nDCG@5 of related lists on the judged set (src/test/resources/relevance/related-qrels.tsv), for the product
# and comparison rankings; "pool ID..." prints the pooled candidates of source articles for judging.
# Usage: bench/related-judged.sh [pool ID...]   (needs ../shared/data/zh-news next to the project root)
# Runs the test class with plain java (the exec plugin cannot be resolved offline).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
    -Dmdep.includeScope=test >&2
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    -Dinkstone.shared.dir=../shared org.inkstone.search.RelatedJudged "$@"
