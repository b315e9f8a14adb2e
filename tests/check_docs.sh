#!/bin/sh
# check_docs.sh BIN: the instruction table in docs/bytecode.md is the one bin/oakp generates
# from loader/opcodes.h (regenerate: see the end of docs/bytecode.md).
set -e
BIN=${1:?usage: check_docs.sh BIN}
sed -n '/<!-- opcodes:begin -->/,/<!-- opcodes:end -->/p' docs/bytecode.md | sed '1d;$d' > /tmp/oak-doc-ops.$$
if ! "$BIN/oakp" --opcodes | cmp -s - /tmp/oak-doc-ops.$$; then
    echo "docs/bytecode.md: the instruction table is stale; regenerate it with bin/oakp --opcodes"
    "$BIN/oakp" --opcodes | diff /tmp/oak-doc-ops.$$ - | head -10
    rm -f /tmp/oak-doc-ops.$$
    exit 1
fi
rm -f /tmp/oak-doc-ops.$$
echo "docs: instruction table up to date"
