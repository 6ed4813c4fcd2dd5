# Sourced by the scripts that drive a browser: Debian's Chromium (Playwright's own browser download is not reachable
# here), installed when missing.
ensure_chromium() {
  if [[ ! -x /usr/bin/chromium ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-liberation >&2
  fi
}
