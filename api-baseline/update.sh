#!/usr/bin/env bash
# Moves the API baseline to the current code: run at a release (after `mvn -B -ntp package`) and commit
# the jars with the release. japicmp (root pom) compares each library module's jar with the one here
# and fails the build on any change that breaks the public API as VERSIONING.md defines it. Only the
# class files are kept (the reference module's postcode data is not API).
set -euo pipefail
cd "$(dirname "$0")/.."
for module in codesets core validation serialization reference synthetic injection; do
  artifact="csc-returns-${module}"
  jar=$(ls "${module}"/target/${artifact}-*.jar | grep -v -e '-sources' -e '-javadoc' -e '-tests' | head -1)
  work=$(mktemp -d)
  (cd "$work" && jar xf "$OLDPWD/$jar" && find . -type f ! -name '*.class' -delete)
  rm -f "api-baseline/${artifact}.jar"
  jar cf "api-baseline/${artifact}.jar" -C "$work" .
  rm -rf "$work"
  echo "api-baseline/${artifact}.jar <- ${jar} (classes only)"
done
