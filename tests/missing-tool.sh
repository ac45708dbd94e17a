#!/bin/sh
# missing-tool.sh PROGRAM PACKAGE
#
# Stands in for a test whose program was not found when the build was
# configured: fails, and says what to install (.ci/bootstrap --tests does).
echo "Bail out! $1 not found when the build was configured: install $2 (.ci/bootstrap --tests), then meson setup --reconfigure"
exit 1
