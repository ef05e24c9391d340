#!/usr/bin/env bash
# Runs the browser tests (web-test-runner.config.mjs) and ends with a plain summary line
#   tests: N passed, N failed
# summed over all browsers. Exit code: the runner's (non-zero if any test failed or it errored).
#
#   BROWSERS=chromium,firefox,webkit (default all three) selects browsers.
#   Extra arguments go to web-test-runner, e.g.  npm run test:browsers -- --files src/core/check.test.ts
#
# For WebKit (WebKitGTK MiniBrowser, no headless mode) this starts Xvfb :99 when DISPLAY is not
# set, and a WebKitWebDriver on a free port with the pinned time zone and locale (the MiniBrowser
# it spawns inherits them); both are stopped on exit.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Keep in sync with TEST_TZ / TEST_LOCALE in web-test-runner.config.mjs.
TEST_TZ=America/New_York
TEST_POSIX_LOCALE=en_US.UTF-8   # WebKit reads navigator.language from LANG; it need not be installed

BROWSERS="${BROWSERS:-chromium,firefox,webkit}"
export BROWSERS

started_pids=()
WTR_SUMMARY_FILE=""
# WebKitWebDriver's output (and the MiniBrowsers it starts): shown when a run stops without a
# failing test, so a browser that crashed or a driver that gave up says so.
DRIVER_LOG=""
cleanup() {
  local rc=$?
  local pid
  for pid in "${started_pids[@]}"; do
    # Each helper was started with setsid, so its pid is its process group (driver + MiniBrowser).
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${started_pids[@]}"; do
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  [[ -n "$WTR_SUMMARY_FILE" ]] && rm -f "$WTR_SUMMARY_FILE"
  [[ -n "$DRIVER_LOG" ]] && rm -f "$DRIVER_LOG"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ ",${BROWSERS// /}," == *",webkit,"* ]]; then
  for cmd in WebKitWebDriver curl; do
    command -v "$cmd" >/dev/null || { echo "test-browsers: $cmd not found (apt-get install webkit2gtk-driver xvfb curl)" >&2; exit 1; }
  done

  if [[ -z "${DISPLAY:-}" ]]; then
    export DISPLAY=:99
    if [[ -S /tmp/.X11-unix/X99 ]] && [[ -f /tmp/.X99-lock ]] && kill -0 "$(tr -d ' ' </tmp/.X99-lock)" 2>/dev/null; then
      echo "test-browsers: reusing the X server already running on :99"
    else
      command -v Xvfb >/dev/null || { echo "test-browsers: Xvfb not found (apt-get install xvfb)" >&2; exit 1; }
      rm -f /tmp/.X99-lock /tmp/.X11-unix/X99
      setsid Xvfb :99 -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
      started_pids+=("$!")
      for _ in $(seq 100); do [[ -S /tmp/.X11-unix/X99 ]] && break; sleep 0.1; done
      [[ -S /tmp/.X11-unix/X99 ]] || { echo "test-browsers: Xvfb :99 did not start" >&2; exit 1; }
    fi
  fi

  if [[ -z "${WEBKIT_DRIVER_PORT:-}" ]]; then
    WEBKIT_DRIVER_PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
    DRIVER_LOG="$(mktemp "${TMPDIR:-/tmp}/webkit-driver.XXXXXX")"
    TZ="$TEST_TZ" LANG="$TEST_POSIX_LOCALE" LC_ALL= LANGUAGE= \
      setsid WebKitWebDriver --host=127.0.0.1 --port="$WEBKIT_DRIVER_PORT" >"$DRIVER_LOG" 2>&1 &
    started_pids+=("$!")
    ready=""
    for _ in $(seq 100); do
      if curl -fsS "http://127.0.0.1:$WEBKIT_DRIVER_PORT/status" 2>/dev/null | grep -q '"ready":true'; then ready=1; break; fi
      sleep 0.1
    done
    [[ -n "$ready" ]] || { echo "test-browsers: WebKitWebDriver did not answer on port $WEBKIT_DRIVER_PORT" >&2; exit 1; }
  fi
  export WEBKIT_DRIVER_PORT
fi

# Interactive modes: no summary.
for arg in "$@"; do
  case "$arg" in --watch|-w|--manual|--open) npx --no-install web-test-runner "$@"; exit $? ;; esac
done

WTR_SUMMARY_FILE="$(mktemp "${TMPDIR:-/tmp}/wtr-summary.XXXXXX")"
export WTR_SUMMARY_FILE
# Progress bars redraw in place on a terminal; in CI/logs print plain static output instead.
logging=()
[[ -t 1 && -z "${CI:-}" ]] || logging=(--static-logging)

# The runner prints its counts only inside progress lines; the config's summaryFileReporter
# writes "passed failed skipped erroredFiles" (summed over browsers) to WTR_SUMMARY_FILE.
passed=0 failed=0 skipped=0 errored=0 rc=0
run() {
  : >"$WTR_SUMMARY_FILE"
  npx --no-install web-test-runner "${logging[@]}" "$@"
  local code=$? p=0 f=0 s=0 e=0
  read -r p f s e <"$WTR_SUMMARY_FILE" || true
  if [[ "$code" -eq 0 && ! -s "$WTR_SUMMARY_FILE" ]]; then
    echo "test-browsers: the runner wrote no summary" >&2
    code=1
  fi
  passed=$((passed + ${p:-0})) failed=$((failed + ${f:-0})) skipped=$((skipped + ${s:-0})) errored=$((errored + ${e:-0}))
  [[ "$code" -eq 0 ]] || rc=$code
}

# All files in one session per browser. Firefox and WebKitGTK once stalled after about a dozen
# files in one session; on 1 Dec 2026 neither did in six runs of all files (docs/testing.md).
# PER_FILE=1 runs Firefox and WebKit one file per session again, should the stall come back.
has_files=""
for arg in "$@"; do [[ "$arg" == --files ]] && has_files=1; done
per_file="$(tr ',' '\n' <<<"${BROWSERS// /}" | grep -vx chromium | paste -sd, -)"
if [[ -n "${PER_FILE:-}" && -z "$has_files" && -n "$per_file" ]]; then
  [[ ",${BROWSERS// /}," != *",chromium,"* ]] || BROWSERS=chromium run "$@"
  while IFS= read -r file; do BROWSERS="$per_file" run "$@" --files "$file"; done < <(find src -name '*.test.ts' | sort)
else
  run "$@"
fi

if [[ "$errored" -gt 0 ]]; then
  echo "test-browsers: $errored test file run(s) errored without a failing test (import error, crash, timeout); counted as failed" >&2
  failed=$((failed + errored))
fi
if [[ "$rc" -ne 0 && "$failed" -eq 0 ]]; then
  echo "test-browsers: web-test-runner exited with code $rc (see the output above)" >&2
  if [[ -s "$DRIVER_LOG" ]]; then
    echo "test-browsers: the last lines of WebKitWebDriver's output:" >&2
    tail -n 40 "$DRIVER_LOG" >&2
  fi
fi
if [[ "$rc" -eq 0 && "$failed" -gt 0 ]]; then rc=1; fi
[[ "$skipped" -gt 0 ]] && echo "test-browsers: $skipped test(s) skipped"
echo "tests: $passed passed, $failed failed"
exit "$rc"
