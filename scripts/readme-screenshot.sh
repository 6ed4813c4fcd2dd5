#!/usr/bin/env bash
# Retakes docs/red-frame-thread.png, the README's picture of an opted-out thread, from a real browser:
# the browser test that turns a thread red saves it there when UPDATE_README_SCREENSHOT=1.
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_README_SCREENSHOT=1 dotnet test OptInDashboard.Tests --filter "FullyQualifiedName~StopTurnsTheAdvisorsOpenThreadRedWithoutAReload"
ls -l docs/red-frame-thread.png
