#!/usr/bin/env bash
# A private Virtuoso Open Source server for orgkg's tests and benchmarks.
#
#   scripts/virtuoso.sh start   # prints the SPARQL endpoint, e.g. http://127.0.0.1:18890/sparql
#   scripts/virtuoso.sh stop
#   scripts/virtuoso.sh status
#
# Uses Debian's virtuoso-opensource (apt-get install virtuoso-opensource). Everything lives
# in $KG_VIRTUOSO_DIR (default /tmp/kg-virtuoso): a virtuoso.ini made from the packaged
# template with both ports bound to 127.0.0.1, ResultSetMaxRows raised so results are never
# silently truncated, and MaxQueryExecutionTime set (an "anytime" partial answer is worse
# than an error). SPARQL Update is granted to the anonymous SPARQL user of this private,
# loopback-only server.
set -euo pipefail

DIR=${KG_VIRTUOSO_DIR:-/tmp/kg-virtuoso}
HTTP_PORT=${KG_VIRTUOSO_HTTP_PORT:-18890}
SQL_PORT=${KG_VIRTUOSO_SQL_PORT:-11111}
TEMPLATE=${KG_VIRTUOSO_TEMPLATE:-/etc/virtuoso-opensource-7/virtuoso.ini}
ENDPOINT="http://127.0.0.1:${HTTP_PORT}/sparql"

die() { echo "virtuoso.sh: $*" >&2; exit 1; }

ready() { curl -fsS -o /dev/null --max-time 2 "${ENDPOINT}?query=ASK%7B%7D" 2>/dev/null; }

isql() { isql-vt "127.0.0.1:${SQL_PORT}" dba "${KG_VIRTUOSO_DBA_PASSWORD:-dba}" "$@"; }

start() {
    command -v virtuoso-t >/dev/null || die "virtuoso-t not found: apt-get install virtuoso-opensource"
    [ -f "$TEMPLATE" ] || die "no template $TEMPLATE: apt-get install virtuoso-opensource"
    if ready; then echo "$ENDPOINT"; return 0; fi
    mkdir -p "$DIR"
    local ini="$DIR/virtuoso.ini"
    cp "$TEMPLATE" "$ini"
    set_ini() { inifile -f "$ini" -s "$1" -k "$2" -v "$3"; }
    set_ini Database DatabaseFile "$DIR/virtuoso.db"
    set_ini Database ErrorLogFile "$DIR/virtuoso.log"
    set_ini Database LockFile "$DIR/virtuoso.lck"
    set_ini Database TransactionFile "$DIR/virtuoso.trx"
    set_ini Database xa_persistent_file "$DIR/virtuoso.pxa"
    set_ini TempDatabase DatabaseFile "$DIR/virtuoso-temp.db"
    set_ini TempDatabase TransactionFile "$DIR/virtuoso-temp.trx"
    set_ini Parameters ServerPort "127.0.0.1:${SQL_PORT}"
    set_ini Parameters DirsAllowed ".,$DIR,/usr/share/virtuoso-opensource-7/vad"
    set_ini Parameters NumberOfBuffers 340000
    set_ini Parameters MaxDirtyBuffers 250000
    set_ini Parameters MaxClientConnections 20
    set_ini HTTPServer ServerPort "127.0.0.1:${HTTP_PORT}"
    set_ini HTTPServer MaxClientConnections 20
    set_ini SPARQL ResultSetMaxRows 10000000
    set_ini SPARQL MaxQueryExecutionTime 300
    set_ini SPARQL MaxQueryCostEstimationTime 0
    set_ini URIQA DefaultHost "127.0.0.1:${HTTP_PORT}"
    (cd "$DIR" && virtuoso-t +configfile "$ini" +wait >"$DIR/start.log" 2>&1) \
        || die "virtuoso-t failed to start: see $DIR/start.log and $DIR/virtuoso.log"
    for _ in $(seq 1 120); do
        ready && break
        sleep 0.5
    done
    ready || die "no answer from $ENDPOINT after 60 s: see $DIR/virtuoso.log"
    isql exec='GRANT SPARQL_UPDATE TO "SPARQL";' >/dev/null 2>&1 || true  # granted before: fine
    isql exec='GRANT EXECUTE ON DB.DBA.SPARQL_INSERT_DICT_CONTENT TO "SPARQL";' >/dev/null || true
    isql exec='GRANT EXECUTE ON DB.DBA.SPARQL_DELETE_DICT_CONTENT TO "SPARQL";' >/dev/null || true
    isql exec='GRANT EXECUTE ON DB.DBA.L_O_LOOK TO "SPARQL";' >/dev/null || true
    echo "$ENDPOINT"
}

stop() {
    if ready; then
        isql exec='shutdown;' >/dev/null 2>&1 || true
        for _ in $(seq 1 40); do ready || break; sleep 0.5; done
    fi
    if [ -f "$DIR/virtuoso.lck" ]; then
        pkill -f "virtuoso-t +configfile $DIR/virtuoso.ini" 2>/dev/null || true
    fi
    if [ "${1:-}" = "--wipe" ]; then rm -rf "$DIR"; fi
}

case "${1:-}" in
    start) start ;;
    stop) shift; stop "$@" ;;
    status) if ready; then echo "running: $ENDPOINT"; else echo "stopped"; exit 1; fi ;;
    *) echo "usage: scripts/virtuoso.sh start|stop [--wipe]|status" >&2; exit 2 ;;
esac
