#!/usr/bin/env bash
# Local single-node Apache Kafka (KRaft, combined broker+controller) for
# artbridge development, run from the official jars on Maven Central.
#
#   bash tools/kafka/kafka.sh fetch|start|stop|status
#
# Env:
#   KAFKA_BROKERS   use this existing cluster ("host:port[,host:port...]");
#                   start only checks it answers, stop does nothing.
#   ARTBRIDGE_CACHE cache root (default ~/.cache/artbridge); jars, pid and log
#                   live in $ARTBRIDGE_CACHE/kafka-4.1.1/.
#   KAFKA_DATA_DIR  data folder (default <cache>/data): server.properties,
#                   cluster id and the KRaft log dir. Kept across restarts.
#   KAFKA_START_TIMEOUT  seconds to wait for readiness (default 90).
set -euo pipefail

KAFKA_VERSION=4.1.1
HOST=127.0.0.1
PORT=9092

# Pure bash (no dirname) so a broken PATH still reaches the tool check below.
_src="${BASH_SOURCE[0]}"; [[ "$_src" == */* ]] || _src="./$_src"
SCRIPT_DIR="$(cd "${_src%/*}" && pwd)"
POM="$SCRIPT_DIR/pom.xml"
TEMPLATE="$SCRIPT_DIR/server.properties"
LOG4J_CONFIG="$SCRIPT_DIR/log4j2.properties"

CACHE_DIR="${ARTBRIDGE_CACHE:-$HOME/.cache/artbridge}/kafka-$KAFKA_VERSION"
LIBS_DIR="$CACHE_DIR/libs"
MARKER="$LIBS_DIR/.fetched"
DATA_DIR="${KAFKA_DATA_DIR:-$CACHE_DIR/data}"
KRAFT_DIR="$DATA_DIR/kraft-combined-logs"
CLUSTER_ID_FILE="$DATA_DIR/cluster.id"
PROPS="$DATA_DIR/server.properties"
LOG_FILE="$CACHE_DIR/kafka.log"
PID_FILE="$CACHE_DIR/kafka.pid"
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
STOP_TIMEOUT=30
READY_LINE="Kafka Server started"

log() { echo "kafka.sh: $*"; }
die() { echo "kafka.sh: $*" >&2; exit 1; }

now_ms() { date +%s%3N; }
elapsed() { # start_ms -> "12.3s"
  local ms=$(( $(now_ms) - $1 ))
  printf '%d.%ds' $((ms / 1000)) $(((ms % 1000) / 100))
}

# tcp_open HOST PORT: true if a TCP connection succeeds (2 s max).
# shellcheck disable=SC2016  # $0/$1 expand in the child bash, on purpose
tcp_open() {
  local h="$1" p="$2"
  if command -v timeout >/dev/null 2>&1; then
    timeout 2 "$BASH" -c 'exec 3<>"/dev/tcp/$0/$1"' "$h" "$p" 2>/dev/null
  else
    "$BASH" -c 'exec 3<>"/dev/tcp/$0/$1"' "$h" "$p" 2>/dev/null
  fi
}

# First "host:port" of KAFKA_BROKERS, minus any "PLAINTEXT://"-style prefix
# and IPv6 brackets. Sets B_HOST and B_PORT.
parse_brokers() {
  local first="${KAFKA_BROKERS%%,*}"
  first="${first#*://}"
  first="${first// /}"
  B_PORT="${first##*:}"
  B_HOST="${first%:*}"
  B_HOST="${B_HOST#[}"
  B_HOST="${B_HOST%]}"
  [[ -n "$B_HOST" && "$B_PORT" =~ ^[0-9]+$ && "$first" == *:* ]] ||
    die "KAFKA_BROKERS='$KAFKA_BROKERS' is not host:port[,host:port...]"
}

# Pid from the pid file if that process is alive and is our Kafka JVM.
our_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka' || return 1
  echo "$pid"
}

# Serialize start/stop/fetch so parallel callers (e.g. several nx targets)
# don't launch two brokers or fetch twice.
take_lock() {
  mkdir -p "$CACHE_DIR"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$CACHE_DIR/.lock"
    flock -w 180 9 || die "another kafka.sh is still busy (lock $CACHE_DIR/.lock held for 180 s)"
  fi
}

need_java() {
  command -v java >/dev/null 2>&1 || return 1
  # Kafka 4.x brokers need Java 17+.
  local v
  v="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)"
  [[ -z "$v" || "$v" -ge 17 ]]
}

jars_present() {
  [[ -f "$MARKER" ]] || return 1
  local want
  want="$(pom_hash)" && [[ -n "$want" && "$(cat "$MARKER")" == "$want" ]]
}
pom_hash() { sha256sum "$POM" | cut -d' ' -f1; }

# Prints ONE line naming whatever is missing, then exits 1. Pure bash until it
# knows the basic tools exist. mvn is only needed while the jars aren't cached.
check_tools() {
  local missing=() base=() t
  for t in mkdir mv rm cat sed grep tail head date sha256sum cut find wc setsid nohup; do
    command -v "$t" >/dev/null 2>&1 || base+=("$t")
  done
  need_java 2>/dev/null || missing+=("java 17+")
  if ! command -v mvn >/dev/null 2>&1 && ! jars_present 2>/dev/null; then
    missing+=("mvn (Maven, downloads the Kafka jars)")
  fi
  ((${#base[@]})) && missing+=("basic tools (${base[*]})")
  if ((${#missing[@]})); then
    local what="${missing[0]}" i
    for ((i = 1; i < ${#missing[@]}; i++)); do what+=", ${missing[i]}"; done
    die "cannot run a local Kafka: missing $what on PATH; install them (Debian: apt-get install -y openjdk-17-jre-headless maven) or set KAFKA_BROKERS=host:port to use an existing cluster."
  fi
}

cmd_fetch() { # $1=quiet: say nothing when the jars are already there
  if jars_present; then
    [[ "${1:-}" == quiet ]] || log "Kafka $KAFKA_VERSION jars already in $LIBS_DIR"
    return 0
  fi
  command -v mvn >/dev/null 2>&1 ||
    die "mvn not found on PATH; install Maven (Debian: apt-get install -y maven) or set KAFKA_BROKERS=host:port to use an existing cluster."
  local t0 tmp out
  t0="$(now_ms)"
  tmp="$CACHE_DIR/libs.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$CACHE_DIR"
  log "fetching Kafka $KAFKA_VERSION jars from Maven Central into $LIBS_DIR ..."
  if ! out="$(mvn -q -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$tmp" 2>&1)"; then
    echo "$out" >&2
    rm -rf "$tmp"
    die "Maven could not fetch the Kafka jars (see above)"
  fi
  [[ -f "$tmp/kafka_2.13-$KAFKA_VERSION.jar" ]] || { rm -rf "$tmp"; die "fetch finished but kafka_2.13-$KAFKA_VERSION.jar is missing in $tmp"; }
  rm -rf "$LIBS_DIR"
  mv "$tmp" "$LIBS_DIR"
  pom_hash >"$MARKER"
  log "fetched $(find "$LIBS_DIR" -name '*.jar' | wc -l) jars in $(elapsed "$t0")"
}

# Render server.properties, make a cluster id once, format storage once.
prepare_storage() {
  mkdir -p "$KRAFT_DIR"
  sed "s|@KAFKA_LOG_DIR@|$KRAFT_DIR|g" "$TEMPLATE" >"$PROPS.tmp"
  mv "$PROPS.tmp" "$PROPS"
  if [[ ! -s "$CLUSTER_ID_FILE" ]]; then
    java -cp "$LIBS_DIR/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1 >"$CLUSTER_ID_FILE.tmp"
    [[ -s "$CLUSTER_ID_FILE.tmp" ]] || die "could not generate a cluster id with kafka.tools.StorageTool random-uuid"
    mv "$CLUSTER_ID_FILE.tmp" "$CLUSTER_ID_FILE"
  fi
  if [[ ! -f "$KRAFT_DIR/meta.properties" ]]; then
    local out
    if ! out="$(java -cp "$LIBS_DIR/*" -Dlog4j2.configurationFile="$LOG4J_CONFIG" \
          kafka.tools.StorageTool format -t "$(cat "$CLUSTER_ID_FILE")" -c "$PROPS" \
          --ignore-formatted 2>&1)"; then
      echo "$out" >&2
      die "formatting KRaft storage in $KRAFT_DIR failed (see above)"
    fi
    log "formatted KRaft storage in $KRAFT_DIR (cluster id $(cat "$CLUSTER_ID_FILE"))"
  fi
}

fail_start() {
  log "$1; last 30 lines of $LOG_FILE:" >&2
  tail -n 30 "$LOG_FILE" >&2 || true
  # The root cause is often above a long stack trace: repeat the first errors.
  if grep -qE '^\[[^]]*\] (ERROR|FATAL)' "$LOG_FILE" 2>/dev/null; then
    log "first errors in the log:" >&2
    grep -m 3 -E '^\[[^]]*\] (ERROR|FATAL)' "$LOG_FILE" | cut -c1-400 >&2 || true
  fi
  exit 1
}

# Wait until the port answers AND the log shows the readiness line.
wait_ready() {
  local pid="$1" t0="$2" deadline=$(( $(now_ms) + START_TIMEOUT * 1000 ))
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      fail_start "Kafka (pid $pid) exited during startup"
    fi
    if grep -q "$READY_LINE" "$LOG_FILE" 2>/dev/null && tcp_open "$HOST" "$PORT"; then
      log "Kafka $KAFKA_VERSION ready on $HOST:$PORT (pid $pid) after $(elapsed "$t0")"
      return 0
    fi
    if (( $(now_ms) > deadline )); then
      fail_start "Kafka (pid $pid) not ready after ${START_TIMEOUT}s; it is left running (stop it with: bash tools/kafka/kafka.sh stop)"
    fi
    sleep 0.5
  done
}

cmd_start() {
  if [[ -n "${KAFKA_BROKERS:-}" ]]; then
    parse_brokers
    tcp_open "$B_HOST" "$B_PORT" ||
      die "KAFKA_BROKERS is set but $B_HOST:$B_PORT does not answer"
    log "using existing Kafka from KAFKA_BROKERS ($KAFKA_BROKERS); $B_HOST:$B_PORT answers"
    return 0
  fi
  # Reuse whatever already answers (pure bash: works even with a broken PATH).
  if tcp_open "$HOST" "$PORT"; then
    echo "Kafka already running on $HOST:$PORT"
    return 0
  fi
  check_tools
  take_lock
  local pid
  if pid="$(our_pid)"; then
    if grep -q "$READY_LINE" "$LOG_FILE" 2>/dev/null && tcp_open "$HOST" "$PORT"; then
      echo "Kafka already running on $HOST:$PORT"
      return 0
    fi
    log "Kafka (pid $pid) is starting; waiting for it"
    wait_ready "$pid" "$(now_ms)"
    return 0
  fi
  if tcp_open "$HOST" "$PORT"; then
    echo "Kafka already running on $HOST:$PORT"
    return 0
  fi
  rm -f "$PID_FILE"

  local t0
  t0="$(now_ms)"
  cmd_fetch quiet
  prepare_storage

  # Fresh log per start so the readiness grep only sees this run.
  [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
  local ts0
  ts0="$(now_ms)"
  # setsid: own session, so Ctrl-C in the calling terminal / npm script does
  # not kill the broker; all three std streams redirected so callers that
  # capture our output don't wait on the broker's inherited pipe; fd 9 (the
  # lock) closed, or the broker would hold the lock for its whole life.
  setsid nohup java -Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$LOG4J_CONFIG" \
    -cp "$LIBS_DIR/*" kafka.Kafka "$PROPS" \
    </dev/null >>"$LOG_FILE" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$PID_FILE"
  log "starting Kafka $KAFKA_VERSION (pid $pid), data in $DATA_DIR, log in $LOG_FILE"
  wait_ready "$pid" "$ts0"
  if (( ts0 - t0 >= 1000 )); then
    log "total including fetch/format: $(elapsed "$t0")"
  fi
}

cmd_stop() {
  if [[ -n "${KAFKA_BROKERS:-}" ]]; then
    log "KAFKA_BROKERS is set ($KAFKA_BROKERS): not stopping an external cluster"
    return 0
  fi
  take_lock
  local pid
  if ! pid="$(our_pid)"; then
    if [[ -f "$PID_FILE" ]]; then
      rm -f "$PID_FILE"
      log "no running Kafka started by this script (removed stale $PID_FILE)"
    else
      log "no Kafka started by this script is running (no $PID_FILE)"
    fi
    if tcp_open "$HOST" "$PORT"; then
      log "note: something else answers on $HOST:$PORT; left alone"
    fi
    return 0
  fi
  local t0 deadline
  t0="$(now_ms)"
  deadline=$(( t0 + STOP_TIMEOUT * 1000 ))
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if (( $(now_ms) > deadline )); then
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      rm -f "$PID_FILE"
      log "Kafka (pid $pid) did not exit within ${STOP_TIMEOUT}s after SIGTERM; sent SIGKILL"
      return 0
    fi
    sleep 0.2
  done
  rm -f "$PID_FILE"
  log "stopped Kafka (pid $pid) with SIGTERM in $(elapsed "$t0")"
}

cmd_status() {
  if [[ -n "${KAFKA_BROKERS:-}" ]]; then
    parse_brokers
    if tcp_open "$B_HOST" "$B_PORT"; then
      log "external Kafka (KAFKA_BROKERS=$KAFKA_BROKERS): $B_HOST:$B_PORT answers"
      return 0
    fi
    log "external Kafka (KAFKA_BROKERS=$KAFKA_BROKERS): $B_HOST:$B_PORT does NOT answer"
    return 1
  fi
  local pid=""
  pid="$(our_pid || true)"
  if tcp_open "$HOST" "$PORT"; then
    if [[ -n "$pid" ]]; then
      log "Kafka answers on $HOST:$PORT (started by this script, pid $pid, log $LOG_FILE)"
    else
      log "Kafka answers on $HOST:$PORT (not started by this script)"
    fi
    return 0
  fi
  if [[ -n "$pid" ]]; then
    log "Kafka process $pid is running but $HOST:$PORT does not answer yet (log $LOG_FILE)"
  else
    log "no Kafka answers on $HOST:$PORT"
  fi
  return 1
}

case "${1:-}" in
  fetch) check_tools; take_lock; cmd_fetch ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *)
    echo "usage: bash tools/kafka/kafka.sh fetch|start|stop|status" >&2
    exit 2
    ;;
esac
