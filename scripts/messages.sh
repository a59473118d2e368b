#!/usr/bin/env sh
# Writes the message tables another language than Dutch fetches (messages/app.<lang>.txt and
# messages/<lang>.txt) into Trunk's staging directory. tools/messages.rs uses only the standard
# library and the same reader as build.rs (src/words/messages/ftl.rs): a message file with a problem
# stops the build, with the problem named.
set -eu
cd "$(dirname "$0")/.."
mkdir -p target
tool=target/messages-tool
if [ ! -x "$tool" ] || [ tools/messages.rs -nt "$tool" ] || [ src/words/messages/ftl.rs -nt "$tool" ]; then
  rustc --edition 2024 -O tools/messages.rs -o "$tool"
fi
"$tool" messages "${TRUNK_STAGING_DIR:-dist}/messages"
