#!/bin/sh
# Compiles every node into build/ (JDK 17+, no build tool needed).
set -e
cd "$(dirname "$0")"
rm -rf build
javac -encoding UTF-8 -d build $(find src -name '*.java')
