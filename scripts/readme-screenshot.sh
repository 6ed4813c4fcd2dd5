#!/usr/bin/env bash
# Retakes the README's pictures from a real browser: the browser tests below save them into docs/
# when UPDATE_README_SCREENSHOT=1 (otherwise into the git-ignored artifacts/screenshots/).
#   docs/red-frame-thread.png       an opted-out thread       StopTurnsTheAdvisorsOpenThreadRedWithoutAReload
#   docs/threads-contact-panel.png  threads + contact panel   TheContactPanelShowsEveryLineAndARecordedOptOutTurnsTheThreadRed
#   docs/consent-modal.png          the consent status dialog ViewConsentStatusShowsEveryLineWithNotDefinedWhereThereIsNoRecord
#   docs/snapshot-report.png        the snapshot report       TheSnapshotShowsCountsAChartAndEveryContactWithAStatusPerLine
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_README_SCREENSHOT=1 dotnet test OptInDashboard.Tests --filter "FullyQualifiedName~StopTurnsTheAdvisorsOpenThreadRedWithoutAReload|FullyQualifiedName~TheContactPanelShowsEveryLineAndARecordedOptOutTurnsTheThreadRed|FullyQualifiedName~ViewConsentStatusShowsEveryLineWithNotDefinedWhereThereIsNoRecord|FullyQualifiedName~TheSnapshotShowsCountsAChartAndEveryContactWithAStatusPerLine"
ls -l docs/*.png
