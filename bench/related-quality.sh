#!/usr/bin/env bash
# Measures the quality of the related-articles list (precision@5 by category, near-duplicate recall).
# Usage: bench/related-quality.sh   (needs ../shared/data/zh-news next to the project root)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec mvn -q test-compile exec:java \
    -Dexec.mainClass=org.inkstone.search.RelatedQuality \
    -Dexec.classpathScope=test \
    -Dinkstone.shared.dir=../shared
