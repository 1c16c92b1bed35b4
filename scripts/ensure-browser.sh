#!/usr/bin/env bash
# The HTML report is tested in Debian's headless Chromium (screenshots need CJK fonts). `npm test`
# runs this first so that `npm ci && npm test` works on a fresh machine: it installs what is missing
# with apt-get when it can (root, or sudo without a password), and otherwise says what to install.
set -u
[ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ] && exit 0
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if command -v dpkg >/dev/null 2>&1; then
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
fi
[ "${#missing[@]}" -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="none"; fi
fi
if [ "$sudo" = none ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "policylint tests: the HTML report tests need Debian's chromium and fonts-noto-cjk (missing: ${missing[*]})." >&2
  echo "Install them (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH to a Chromium binary." >&2
  exit 0
fi
echo "policylint tests: installing ${missing[*]} with apt-get (once) …" >&2
$sudo apt-get update -qq >/dev/null
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
