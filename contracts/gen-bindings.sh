#!/usr/bin/env bash
# gen-bindings.sh OUTDIR [ABIDIR]
# gen-bindings.sh --check BINDINGSDIR [ABIDIR]
#
# Compiles the contracts with forge, writes each contract's ABI as JSON for
# dapps to ABIDIR (default: contracts/abi) and generates go-ethereum abigen
# (v1, classic) bindings into OUTDIR as package `bindings`:
#
#   make contracts        -> contracts/gen-bindings.sh contracts/bindings
#   make bindings-check   -> contracts/gen-bindings.sh --check contracts/bindings
#
# --check generates into a temporary directory and compares every generated
# file (Go bindings and ABI JSON) with the committed one; it exits 1 and
# prints a diff when they differ. Hand-written files in the bindings
# directory (doc.go, *_test.go) are not generated and not compared.
#
# Output is deterministic (no metadata hash in the bytecode, sorted JSON keys
# kept as solc emits them), so the same sources give the same bytes.
# Needs forge, solc (the solc-js wrapper), node and abigen from .tools/bin.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ "${1:-}" == "--check" ]]; then
  [[ $# -ge 2 && $# -le 3 ]] || { echo "usage: $0 --check BINDINGSDIR [ABIDIR]" >&2; exit 2; }
  want_go="$2"
  want_abi="${3:-$here/abi}"
  chk="$(mktemp -d)"
  trap 'rm -rf "$chk"' EXIT
  "$0" "$chk/bindings" "$chk/abi"
  status=0
  for f in "$chk"/bindings/*.go; do
    diff -u "$want_go/$(basename "$f")" "$f" >/dev/null 2>&1 || {
      echo "gen-bindings: $want_go/$(basename "$f") is stale (run make contracts)" >&2; status=1; }
  done
  for f in "$chk"/abi/*.json; do
    diff -u "$want_abi/$(basename "$f")" "$f" >/dev/null 2>&1 || {
      echo "gen-bindings: $want_abi/$(basename "$f") is stale (run make contracts)" >&2; status=1; }
  done
  [[ $status -eq 0 ]] && echo "gen-bindings: bindings and ABI JSON are up to date"
  exit $status
fi
if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 OUTDIR [ABIDIR]" >&2
  exit 2
fi
root="$(cd "$here/.." && pwd)"
export PATH="$root/.tools/bin:$PATH"
mkdir -p "$1"
out="$(cd "$1" && pwd)"
abidir="${2:-$here/abi}"
mkdir -p "$abidir"
abidir="$(cd "$abidir" && pwd)"

for tool in forge node abigen; do
  command -v "$tool" >/dev/null || { echo "gen-bindings: $tool not found (run make tools)" >&2; exit 1; }
done

cd "$here"
forge build --skip test --skip script >/dev/null

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# name:source-file:go-file. TestToken and FeeToken are test tokens (unrestricted
# mint; a fee-on-transfer token) for Go tests and the devnet.
contracts=(
  "Bridge:Bridge.sol:bridge.go"
  "WrappedToken:WrappedToken.sol:wrapped_token.go"
  "TestToken:TestToken.sol:test_token.go"
  "FeeToken:FeeToken.sol:fee_token.go"
  "AuditAnchor:AuditAnchor.sol:audit_anchor.go"
)
for entry in "${contracts[@]}"; do
  IFS=: read -r name src gofile <<<"$entry"
  artifact="out/$src/$name.json"
  node -e '
    const fs = require("fs");
    const a = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const code = a.bytecode.object.replace(/^0x/, "");
    if (!/^[0-9a-f]+$/.test(code)) { console.error("unlinked or empty bytecode in " + process.argv[1]); process.exit(1); }
    fs.writeFileSync(process.argv[2], JSON.stringify(a.abi, null, 2) + "\n");
    fs.writeFileSync(process.argv[3], code + "\n");
  ' "$artifact" "$tmp/$name.abi" "$tmp/$name.bin"
  abigen --abi "$tmp/$name.abi" --bin "$tmp/$name.bin" --pkg bindings --type "$name" --out "$out/$gofile"
  chmod 644 "$out/$gofile"
  case "$name" in
    Bridge|WrappedToken|AuditAnchor) cp "$tmp/$name.abi" "$abidir/$name.json" ;;
  esac
done
