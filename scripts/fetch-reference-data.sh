#!/usr/bin/env bash
# Downloads the reference data the clearinghouse reads but does not ship: CERT/CC's SSVC decision tables, pinned by
# commit and SHA-256, into ./reference-data/ssvc (where `clearinghouse score ssvc` looks by default), and, with --kev,
# CISA's current KEV catalog into ./reference-data/kev. Run it once on a machine with internet access; copy the folder to
# machines without. See docs/guide/reference-data.md.
set -euo pipefail
cd "$(dirname "$0")/.."
commit=e3b00a25615845960cec9caa1388064739f17728   # CERTCC/SSVC, 2026-07-20
base="https://raw.githubusercontent.com/CERTCC/SSVC/$commit/data/json/decision_tables"
target=reference-data/ssvc
mkdir -p "$target/cisa" "$target/ssvc"
while read -r sha path; do
  curl -fsSL "$base/$path" -o "$target/$path.tmp"
  echo "$sha  $target/$path.tmp" | sha256sum -c --quiet - || { rm -f "$target/$path.tmp"; echo "checksum mismatch for $path" >&2; exit 1; }
  mv "$target/$path.tmp" "$target/$path"
  echo "ssvc: $path"
done <<'LIST'
4f3473257a38dd179eb4d5338c4877af18550f343292705a240f4b772c644d35 cisa/cisa_coordinator_2_0_3.json
7ca1bcf951d6dba92ed1ff72a5eff2de8aa666939a0bea9c7ca506b973b474ea cisa/cisa_bod_26_04_1_0_0.json
64bf9677e7aa1f7706d58b92f70e15df354ffa1c52a8aa224c2ccf28ed567b73 ssvc/coordinator_triage_1_0_0.json
16923638a9dcc126fe33616644cf887faf5ecdf32f80083f3c2457664ee4a2df ssvc/coordinator_publish_decision_table_1_0_0.json
5a8854b1e2b1981b8047c33c40c4a2ea54f718d358af02195097c1682a4810ec ssvc/deployer_patch_application_priority_1_0_0.json
ec7cc69cfe403e41171c5234b44043c8bb68592b44b730dd4df2f8d87cad5299 ssvc/supplier_patch_development_priority_1_0_0.json
LIST

if [ "${1:-}" = "--kev" ]; then
  mkdir -p reference-data/kev
  # The KEV catalog changes daily, so it is not pinned; the clearinghouse validates it when it loads it.
  curl -fsSL https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json -o reference-data/kev/known_exploited_vulnerabilities.json
  echo "kev: reference-data/kev/known_exploited_vulnerabilities.json"
fi
