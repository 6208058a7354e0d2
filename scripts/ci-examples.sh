#!/usr/bin/env bash
# CI: build and run the Examples/ package (a client that depends on KazakhText by path, with no
# KAZTEXT_LEXICONS set), check that its output is sensible, then build the DocC documentation.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

fail() { echo "ci-examples: FAIL: $*" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

echo "ci-examples: building Examples/ (depends on KazakhText by path)"
(cd Examples && swift build -q)
bin=$(cd Examples && swift build --show-bin-path)

# The getting-started article's code: its results are known.
out=$(cd Examples && env -u KAZTEXT_LEXICONS "$bin/getting-started")
echo "$out"
for expected in "number 62%-ға" "word Aстана Астана" "QUANTITY 4,5 миллион тоннаны 4500000 t" \
                "nursultan-nazarbayev Нұрсұлтан Назарбаев" "POSITION Қазақстан Президенті kassym-jomart-tokayev" \
                "micro P 100.0  R 100.0  F1 100.0"; do
    grep -qF -- "$expected" <<<"$out" || fail "getting-started did not print: $expected"
done

# The newsroom client on the sample folder, run from another directory: who said what, money.
out=$(cd "$scratch" && env -u KAZTEXT_LEXICONS "$bin/newsroom" "$root/Corpus/samples")
echo "$out"
quotes=$(grep -cE '^[^:]*Тоқаев[^:]*: ' <<<"$out" || true)
[ "$quotes" -ge 5 ] || fail "newsroom found $quotes quotations by Tokayev in the seed article (expected at least 5)"
grep -q '^# largest money figures$' <<<"$out" || fail "newsroom printed no money section"
grep -qP '^1000000000 USD\tбір миллиард долларға дейін\t\(seed.txt\)$' <<<"$out" \
    || fail "newsroom missed the seed's largest money figure"
# A folder that does not exist: a clear message and EX_NOINPUT, not a crash.
set +e
"$bin/newsroom" "$root/Corpus/no-such-folder" 2>"$scratch/err.txt"; code=$?
set -e
[ "$code" -eq 66 ] && grep -q 'cannot read the folder' "$scratch/err.txt" || fail "newsroom on a missing folder: exit $code"
echo "ci-examples: examples OK"

# The DocC catalog, when the docc plugin and the docc tool are there.
docc_found=false
if swift package plugin --list 2>/dev/null | grep -q 'generate-documentation'; then
    if command -v docc >/dev/null 2>&1 || [ -x "$(dirname "$(readlink -f "$(command -v swift)")")/docc" ]; then
        docc_found=true
    fi
fi
if $docc_found; then
    echo "ci-examples: building the documentation (swift package generate-documentation --target KazakhText)"
    swift package generate-documentation --target KazakhText --warnings-as-errors > "$scratch/docc.log" 2>&1 \
        || { tail -40 "$scratch/docc.log"; fail "documentation build failed"; }
    tail -3 "$scratch/docc.log"
    archive=$(find .build -maxdepth 6 -type d -name 'KazakhText.doccarchive' | head -1)
    [ -n "$archive" ] || fail "no KazakhText.doccarchive was written"
    find "$archive" -path '*gettingstarted*' | grep -q . || fail "the archive has no getting-started article"
    echo "ci-examples: documentation OK ($archive)"
else
    echo "ci-examples: SKIPPED the documentation build: the swift-docc-plugin or the docc tool is missing"
fi
