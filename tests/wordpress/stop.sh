#!/usr/bin/env bash
# Stops a WordPress started by start.sh. See README.md beside this file.
#
#   stop.sh DIR              stop php -S (parent and workers) and MariaDB,
#                            then remove DIR
#   stop.sh --web-only DIR   stop php -S only; MariaDB and DIR stay
#                            (start.sh --web-only DIR brings it back)
#
# DIR may also come from $WP_DIR. Idempotent: a DIR that is gone, or servers
# that already stopped, are not errors. Only processes that belong to DIR are
# signalled: the PIDs start.sh recorded, their children, and any php or
# mariadbd whose command line names DIR.
set -euo pipefail

web_only=0
if [[ ${1:-} == --web-only ]]; then
  web_only=1
  shift
fi
dir=${1:-${WP_DIR:-}}
if [[ -z $dir ]]; then
  echo 'usage: stop.sh [--web-only] DIR (or WP_DIR=DIR)' >&2
  exit 2
fi
if [[ ! -d $dir ]]; then
  echo "stop.sh: $dir is already gone" >&2
  exit 0
fi
if [[ ! -f $dir/.midad-wordpress ]]; then
  echo "stop.sh: $dir was not made by start.sh (no .midad-wordpress); not touching it" >&2
  exit 2
fi
dir=$(cd "$dir" && pwd -P)

log() { printf '[wordpress stop] %s\n' "$*" >&2; }

alive() { # PID: running and not a zombie
  local line
  [[ $1 =~ ^[0-9]+$ ]] || return 1
  read -r line 2>/dev/null <"/proc/$1/stat" || return 1
  line=${line##*) }
  [[ ${line:0:1} != Z ]]
}

name_of() { # PID -> its executable's name (comm), e.g. php8.2, mariadbd
  local name=''
  read -r name 2>/dev/null <"/proc/$1/comm" || true
  printf '%s' "$name"
}

cmdline_of() {
  tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline" || true
}

# PIDs of live processes named like $1 (a regex on comm) whose command line
# mentions this site's folder.
ours() {
  local pattern=$1 proc pid
  for proc in /proc/[0-9]*; do
    pid=${proc#/proc/}
    [[ $(name_of "$pid") =~ $pattern ]] || continue
    [[ $(cmdline_of "$pid") == *"$dir/"* ]] || continue
    alive "$pid" && printf '%s\n' "$pid"
  done
  return 0
}

children_of() { # PID -> its live children (what pgrep -P does, without procps)
  local stat line pid fields
  for stat in /proc/[0-9]*/stat; do
    read -r line 2>/dev/null <"$stat" || continue
    pid=${line%% *}
    read -r -a fields <<<"${line##*) }"
    [[ ${fields[1]:-} == "$1" && ${fields[0]:-} != Z ]] && printf '%s\n' "$pid"
  done
  return 0
}

# Keeps the PIDs of $@ that are still alive and still a process of this site
# (a recorded PID may have been reused by something else since).
still_ours() {
  local pid
  for pid in "$@"; do
    alive "$pid" || continue
    [[ $(cmdline_of "$pid") == *"$dir/"* ]] || continue
    printf '%s\n' "$pid"
  done
  return 0
}

wait_gone() { # SECONDS PID...: 0 once all are gone (or zombies)
  local seconds=$1 i pid left
  shift
  for ((i = 0; i < seconds * 10; i++)); do
    left=0
    for pid in "$@"; do
      alive "$pid" && left=1 && break
    done
    ((left)) || return 0
    sleep 0.1
  done
  return 1
}

stop_web() {
  local recorded=() kids=() parent='' pids=()
  mapfile -t recorded < <(cat "$dir/run/web.pids" 2>/dev/null || true)
  parent=${recorded[0]:-}
  [[ -n $parent ]] && mapfile -t kids < <(children_of "$parent")
  # The recorded workers, the parent's children now, and any php -S still
  # naming this folder (e.g. workers orphaned by a parent killed elsewhere).
  mapfile -t pids < <(
    {
      still_ours "${recorded[@]}"
      still_ours "${kids[@]}"
      ours '^php'
    } | sort -un
  )
  if ((${#pids[@]} == 0)); then
    log "php -S: not running"
    rm -f "$dir/run/web.pids"
    return 0
  fi
  # SIGINT is php -S's own "shut down": each process leaves its loop within
  # a second, and the parent waits for (reaps) its workers before it exits.
  # SIGTERM would kill the parent at once and orphan the workers.
  log "php -S: stopping ${pids[*]}"
  kill -INT "${pids[@]}" 2>/dev/null || true
  if ! wait_gone 10 "${pids[@]}"; then
    mapfile -t pids < <(still_ours "${pids[@]}")
    log "php -S: still running after 10 s, killing ${pids[*]}"
    ((${#pids[@]} == 0)) || kill -KILL "${pids[@]}" 2>/dev/null || true
    wait_gone 5 "${pids[@]}" || log "php -S: ${pids[*]} did not go away"
  fi
  rm -f "$dir/run/web.pids"
}

stop_db() {
  local pids=() pid
  mapfile -t pids < <(
    {
      pid=$(cat "$dir/mysql/mariadbd.pid" 2>/dev/null || true)
      [[ -n $pid ]] && still_ours "$pid"
      ours '^(mariadbd|mysqld)$'
    } | sort -un
  )
  if ((${#pids[@]} == 0)); then
    log "mariadb: not running"
    return 0
  fi
  log "mariadb: stopping ${pids[*]}"
  kill -TERM "${pids[@]}" 2>/dev/null || true
  if ! wait_gone 30 "${pids[@]}"; then
    mapfile -t pids < <(still_ours "${pids[@]}")
    log "mariadb: still running after 30 s, killing ${pids[*]}"
    ((${#pids[@]} == 0)) || kill -KILL "${pids[@]}" 2>/dev/null || true
    wait_gone 5 "${pids[@]}" || log "mariadb: ${pids[*]} did not go away"
  fi
}

stop_web
if ((web_only)); then
  exit 0
fi
stop_db
rm -rf "$dir"
log "removed $dir"
