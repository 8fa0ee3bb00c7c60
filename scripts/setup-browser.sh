#!/usr/bin/env bash
# Installs what the browser side needs, each step skipped when already done:
# the wasm target, wasm-bindgen-cli (same version as the crate), wasm-pack,
# Debian's chromium + chromedriver, and the npm devDependencies
# (playwright-core, binaryen's wasm-opt, esbuild for make dist, typescript for
# the package's .d.ts). Safe to run again; CI runs it on a
# fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
WASM_PACK_VERSION=0.15.1
say() { printf '\n== setup-browser: %s\n' "$*"; }

# Prefer --locked (the versions its authors tested); when the registry no
# longer offers one of those (a yanked crate), resolve afresh.
cargo_install() {
  cargo install --locked "$@" || cargo install "$@"
}

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown: present"
else
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "wasm-bindgen $WASM_BINDGEN_VERSION: present"
else
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  cargo_install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if wasm-pack --version 2>/dev/null | grep -q " $WASM_PACK_VERSION\$"; then
  say "wasm-pack $WASM_PACK_VERSION: present"
else
  say "installing wasm-pack $WASM_PACK_VERSION (about 2.5 minutes)"
  cargo_install wasm-pack --version "$WASM_PACK_VERSION"
fi

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium + chromedriver: present"
else
  say "installing Debian's chromium + chromium-driver"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi

# Chinese transcripts drawn with real glyphs in the browser tests' screenshots, not boxes.
if dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  say "fonts-noto-cjk: present"
else
  say "installing Debian's fonts-noto-cjk (the Chinese text in screenshots)"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  { $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends fonts-noto-cjk; } ||
    say "fonts-noto-cjk could not be installed: screenshots will show boxes for Chinese (the tests do not depend on it)"
fi

# node_modules is current when each devDependency is installed at the pinned version.
node_modules_current() {
  node -e '
    const want = require("./package.json").devDependencies;
    for (const [name, version] of Object.entries(want)) {
      try { if (require(`./node_modules/${name}/package.json`).version !== version) process.exit(1); }
      catch { process.exit(1); }
    }' 2>/dev/null
}
if node_modules_current; then
  say "node_modules: up to date"
else
  say "npm ci (playwright-core, binaryen, esbuild, typescript)"
  npm ci --no-audit --no-fund
fi
