#!/usr/bin/env bash
# Starts a throw-away WordPress (Debian's packages, in Arabic) on 127.0.0.1 for
# integration tests. See README.md beside this file.
#
#   start.sh                 install packages if missing, set up a new site in
#                            a temp folder, serve it; print one JSON line
#   start.sh --web-only DIR  start the web server again for the site in DIR
#                            (after stop.sh --web-only DIR), on the same port
#
# stdout: exactly one line of JSON on success,
#   {"url":"http://127.0.0.1:PORT","user":"...","appPassword":"...","dir":"/tmp/...","pids":[...]}
# (also written to DIR/wordpress.json); everything else goes to stderr.
# Exit codes: 0 started; 3 WordPress can't be had on this machine (one line
# "wordpress: unavailable: <reason>" on stderr: tests skip); anything else is
# a failure (the logs' tails are on stderr; the half-made site is removed
# unless WP_KEEP_ON_FAILURE=1).

# The single-quoted bash -c and php -r programs below expand their own "$x".
# shellcheck disable=SC2016
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
readonly here
readonly packages=(wordpress wordpress-l10n php-cli php-mysql php-curl php-xml php-mbstring php-gd mariadb-server)
readonly wp_src=/usr/share/wordpress
readonly policy=/usr/sbin/policy-rc.d
readonly policy_backup=/usr/sbin/policy-rc.d.midad-backup
readonly policy_marker='written by midad tests/wordpress/start.sh'
readonly workers=4
t0=$(date +%s%N)

log() { printf '[wordpress %5.1fs] %s\n' "$(( ($(date +%s%N) - t0) / 1000000 ))e-3" "$*" >&2; }

unavailable() {
  printf 'wordpress: unavailable: %s\n' "$*" >&2
  exit 3
}

die() {
  printf 'start.sh: %s\n' "$*" >&2
  exit 1
}

# ---------------------------------------------------------------- packages --

missing_packages() {
  local name status
  while read -r name status; do
    [[ $status == installed ]] || printf '%s\n' "$name"
  done < <(
    for name in "${packages[@]}"; do
      printf '%s %s\n' "$name" "$(dpkg-query -W -f='${db:Status-Status}' "$name" 2>/dev/null || true)"
    done
  )
}

policy_written=0

# apt must not start apache2 (pulled in by `wordpress`) or MariaDB's system
# instance: invoke-rc.d asks /usr/sbin/policy-rc.d, and 101 means "don't".
block_service_starts() {
  # A run killed mid-install may have left its policy-rc.d and backup behind.
  if grep -qsF "$policy_marker" "$policy"; then
    if [[ -e $policy_backup ]]; then mv -f "$policy_backup" "$policy"; else rm -f "$policy"; fi
  fi
  if [[ -e $policy || -L $policy ]]; then
    mv -f "$policy" "$policy_backup"
  fi
  policy_written=1
  printf '#!/bin/sh\n# %s during apt-get install; removed afterwards\nexit 101\n' "$policy_marker" >"$policy"
  chmod 755 "$policy"
}

restore_service_starts() {
  ((policy_written)) || return 0
  rm -f "$policy"
  if [[ -e $policy_backup || -L $policy_backup ]]; then mv -f "$policy_backup" "$policy"; fi
  policy_written=0
}

apt_get() {
  DEBIAN_FRONTEND=noninteractive APT_LISTCHANGES_FRONTEND=none NEEDRESTART_MODE=a \
    apt-get -q -o DPkg::Lock::Timeout=600 \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@" </dev/null
}

# The last "E: ..." line apt printed, for the one-line reason.
apt_error() {
  local line
  line=$(grep -E '^(E|Err):' "$1" | tail -n 1 || true)
  printf '%s' "${line:-see the apt-get output above}"
}

ensure_packages() {
  local missing aptlog reason
  mapfile -t missing < <(missing_packages)
  ((${#missing[@]})) || return 0
  command -v apt-get >/dev/null 2>&1 || unavailable "apt-get not found, and ${missing[*]} not installed"
  ((EUID == 0)) || unavailable "not root, and ${missing[*]} not installed"

  # One installer at a time (tests may start several sites at once).
  local lock=/run/lock/midad-wordpress-apt.lock
  [[ -d /run/lock ]] || lock=/tmp/midad-wordpress-apt.lock
  exec 9>"$lock"
  flock -w 900 9 || unavailable "timed out waiting for another start.sh's apt-get"
  mapfile -t missing < <(missing_packages)
  if ((${#missing[@]})); then
    log "apt-get install ${missing[*]}"
    aptlog=$(mktemp)
    block_service_starts
    if ! apt_get install -y --no-install-recommends "${missing[@]}" 2>&1 | tee "$aptlog" >&2; then
      if grep -q 'dpkg --configure -a' "$aptlog"; then
        log "an earlier dpkg run was interrupted: dpkg --configure -a"
        DEBIAN_FRONTEND=noninteractive dpkg --configure -a </dev/null >&2 || true
      fi
      log "apt-get install failed; apt-get update, then again"
      if ! apt_get update 2>&1 | tee "$aptlog" >&2; then
        reason=$(apt_error "$aptlog")
        rm -f "$aptlog"
        unavailable "apt-get update failed: $reason"
      fi
      if ! apt_get install -y --no-install-recommends "${missing[@]}" 2>&1 | tee "$aptlog" >&2; then
        reason=$(apt_error "$aptlog")
        rm -f "$aptlog"
        unavailable "apt-get install ${missing[*]} failed: $reason"
      fi
    fi
    restore_service_starts
    rm -f "$aptlog"
    mapfile -t missing < <(missing_packages)
    ((${#missing[@]} == 0)) || unavailable "still not installed after apt-get: ${missing[*]}"
    log "packages installed"
  fi
  exec 9>&-
}

# --------------------------------------------------------------- processes --

# Runs "$@" in the background in a session of its own, detached from our
# stdout/stderr (whoever reads our stdout must see it close when we exit),
# under a small bash that waits for it: where PID 1 doesn't reap orphans (some
# sandboxes), the server still doesn't linger as a zombie once stopped.
# Writes the server's PID to $1.
spawn() {
  local pidfile=$1 logfile=$2
  shift 2
  rm -f "$pidfile"
  setsid bash -c '"$@" </dev/null & echo "$!" >"$0.tmp" && mv "$0.tmp" "$0"; wait' \
    "$pidfile" "$@" </dev/null >>"$logfile" 2>&1 &
  local i
  for ((i = 0; i < 100; i++)); do
    [[ -s $pidfile ]] && return 0
    sleep 0.05
  done
  die "could not start $*"
}

alive() { # PID: running and not a zombie
  local line
  [[ $1 =~ ^[0-9]+$ ]] || return 1
  read -r line 2>/dev/null <"/proc/$1/stat" || return 1
  line=${line##*) }
  [[ ${line:0:1} != Z ]]
}

children_of() { # PID -> its live children (what pgrep -P does, without procps)
  local stat line pid fields
  for stat in /proc/[0-9]*/stat; do
    read -r line 2>/dev/null <"$stat" || continue
    pid=${line%% *}
    read -r -a fields <<<"${line##*) }" # "S PPID ...": the name before may hold spaces
    [[ ${fields[1]:-} == "$1" && ${fields[0]:-} != Z ]] && printf '%s\n' "$pid"
  done
  return 0
}

http_status() { # URL -> HTTP status code, or 000
  php -r '
    $ctx = stream_context_create(["http" => ["timeout" => 5, "ignore_errors" => true, "follow_location" => 0]]);
    @file_get_contents($argv[1], false, $ctx);
    $line = $http_response_header[0] ?? "";
    echo preg_match("#^HTTP/\\S+ (\\d{3})#", $line, $m) ? $m[1] : "000";
  ' "$1" 2>/dev/null || printf '000'
}

free_port() {
  php -r '
    $s = stream_socket_server("tcp://127.0.0.1:0", $errno, $errstr) or exit(1);
    $name = stream_socket_get_name($s, false);
    echo substr($name, strrpos($name, ":") + 1);
  '
}

show_log() { # FILE [LINES]
  [[ -s $1 ]] || return 0
  printf -- '--- last lines of %s ---\n' "$1" >&2
  tail -n "${2:-25}" "$1" >&2 || true
}

# ------------------------------------------------------------------ the db --

db_running() {
  local pid
  pid=$(cat "$dir/mysql/mariadbd.pid" 2>/dev/null) && alive "$pid"
}

start_db() {
  local install_db server client
  install_db=$(command -v mariadb-install-db || command -v mysql_install_db) || die "mariadb-install-db not found"
  server=$(command -v mariadbd || command -v /usr/sbin/mariadbd || command -v mysqld || command -v /usr/sbin/mysqld) ||
    die "mariadbd not found"
  client=$(command -v mariadb || command -v mysql) || die "mariadb client not found"
  # Small and fast: a test database needs neither durability nor a big pool.
  local tuning=(
    --innodb-buffer-pool-size=64M --innodb-log-file-size=16M
    --innodb-flush-log-at-trx-commit=0 --skip-innodb-doublewrite
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
  )
  mkdir -p "$dir/mysql/data" "$dir/mysql/tmp"
  log "mariadb: initialising $dir/mysql/data"
  "$install_db" --no-defaults --datadir="$dir/mysql/data" --user=root \
    --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
    "${tuning[@]}" </dev/null >"$dir/logs/mariadb-install.log" 2>&1 ||
    { show_log "$dir/logs/mariadb-install.log"; die "$install_db failed"; }

  spawn "$dir/run/mariadbd.launch.pid" "$dir/logs/mariadbd.out" \
    "$server" --no-defaults --datadir="$dir/mysql/data" --tmpdir="$dir/mysql/tmp" \
    --socket="$socket" --pid-file="$dir/mysql/mariadbd.pid" --skip-networking --user=root \
    --log-error="$dir/logs/mariadb.log" "${tuning[@]}"
  local pid i
  pid=$(cat "$dir/run/mariadbd.launch.pid")
  for ((i = 0; i < 300; i++)); do
    if [[ -S $socket ]] && "$client" --no-defaults --socket="$socket" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
      break
    fi
    alive "$pid" || { show_log "$dir/logs/mariadb.log"; die "mariadbd exited while starting"; }
    sleep 0.1
  done
  ((i < 300)) || { show_log "$dir/logs/mariadb.log"; die "mariadbd did not answer within 30 s"; }
  log "mariadb: up (pid $pid, socket $socket)"
  "$client" --no-defaults --socket="$socket" -uroot <<'SQL'
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
SQL
}

# ------------------------------------------------------------ the web site --

copy_wordpress() {
  [[ -f $wp_src/wp-load.php ]] || die "$wp_src/wp-load.php not found"
  log "copying $wp_src"
  # Debian's copy holds relative symlinks into /usr/share/javascript etc.
  # (they would break in the copy: copy what they point to), and a
  # wp-config.php that loads /etc/wordpress/config-<host>.php (ours replaces it).
  tar -C "$(dirname "$wp_src")" -cf - \
    --exclude=wordpress/wp-content/languages \
    --exclude=wordpress/wp-config.php \
    --exclude=wordpress/.htaccess \
    wordpress | tar -C "$dir" -xf -
  local link rel target
  while IFS= read -r -d '' link; do
    rel=${link#"$docroot"/}
    target=$(readlink -f "$wp_src/$rel" || true)
    if [[ -n $target && -e $target ]]; then
      rm -f "$link"
      cp -R "$target" "$link"
    else
      log "warning: $wp_src/$rel points nowhere; left out"
      rm -f "$link"
    fi
  done < <(find "$docroot" -type l -print0)

  # wp-content: a real folder in the copy, so uploads land in the temp folder
  # (Debian's own config points WP_CONTENT_DIR at /var/lib/wordpress/wp-content).
  local content=$docroot/wp-content
  [[ -d $content && ! -L $content ]] || die "$content is not a folder"
  mkdir -p "$content/uploads" "$content/mu-plugins" "$content/languages" "$content/themes/midad-test"

  # Arabic translations from wordpress-l10n: /usr/share/wordpress/wp-content/languages
  # (Debian links them into /var/lib/wordpress/wp-content/languages).
  local langs='' d
  for d in "$wp_src/wp-content/languages" /var/lib/wordpress/wp-content/languages; do
    [[ -f $d/ar.mo ]] && { langs=$d; break; }
  done
  [[ -n $langs ]] || die "no ar.mo from wordpress-l10n in $wp_src/wp-content/languages or /var/lib/wordpress/wp-content/languages"
  local f sub
  for sub in '' plugins/ themes/; do
    [[ -d $langs/$sub ]] || continue
    mkdir -p "$content/languages/$sub"
    for f in "$langs/$sub"ar.* "$langs/$sub"*-ar.* "$langs/$sub"ar-*.json "$langs/$sub"*-ar-*.json; do
      if [[ -f $f ]]; then cp -L "$f" "$content/languages/$sub"; fi
    done
  done
  log "Arabic translations from $langs: $(cd "$content/languages" && find . -type f | sort | tr '\n' ' ')"

  cp "$here/mu-plugin.php" "$content/mu-plugins/midad-tests.php"
  cp "$here/theme.php" "$content/themes/midad-test/index.php"
  cat >"$content/themes/midad-test/style.css" <<'CSS'
/*
Theme Name: Midad test
Description: Minimal theme for Midad's integration tests (tests/wordpress/theme.php).
Version: 1.0
Text Domain: midad-test
*/
CSS
  cp "$here/router.php" "$dir/router.php"
}

php_string() { # a PHP single-quoted literal
  local s=${1//\\/\\\\}
  printf "'%s'" "${s//\'/\\\'}"
}

write_config() {
  local salts='' key
  for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
    salts+="define('$key', '$(head -c 48 /dev/urandom | base64 -w0)');"$'\n'
  done
  cat >"$docroot/wp-config.php" <<PHP
<?php
// Written by tests/wordpress/start.sh for a throw-away test site.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', $(php_string "localhost:$socket"));
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';
${salts}
define('WP_HOME', $(php_string "$url"));
define('WP_SITEURL', $(php_string "$url"));
// 'local': Application Passwords work over plain http.
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_DEFAULT_THEME', 'midad-test');
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', $(php_string "$dir/logs/wp-debug.log"));
define('SCRIPT_DEBUG', false);
if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
PHP
}

install_wordpress() {
  log "wordpress: installing (ar)"
  MIDAD_WP_URL=$url MIDAD_WP_USER=midad MIDAD_WP_PASSWORD="$(head -c 18 /dev/urandom | base64 -w0 | tr '+/' '-_')" \
    MIDAD_WP_EMAIL=editor@example.com MIDAD_WP_TITLE='مداد: موقع الاختبار' \
    MIDAD_WP_DISPLAY_NAME='محرر مداد' MIDAD_WP_TIMEZONE="${WP_TIMEZONE:-UTC}" \
    php -d display_errors=stderr "$here/install.php" "$docroot" "$dir/run/install.json" \
    </dev/null >"$dir/logs/install.log" 2>&1 ||
    { show_log "$dir/logs/install.log" 40; die "install.php failed"; }
  grep '^install.php:' "$dir/logs/install.log" >&2 || true
}

web_pids() { # the recorded php -S parent and workers that still run
  local pid
  [[ -f $dir/run/web.pids ]] || return 0
  while read -r pid; do
    alive "$pid" && printf '%s\n' "$pid"
  done <"$dir/run/web.pids"
  return 0
}

start_web() {
  local pid status i
  spawn "$dir/run/web.launch.pid" "$dir/logs/php-server.log" \
    env PHP_CLI_SERVER_WORKERS=$workers php \
    -d display_errors=0 -d log_errors=1 -d error_log="$dir/logs/php-errors.log" \
    -d upload_max_filesize=64M -d post_max_size=64M -d memory_limit=256M \
    -S "127.0.0.1:$port" -t "$docroot" "$dir/router.php"
  pid=$(cat "$dir/run/web.launch.pid")
  for ((i = 0; i < 300; i++)); do
    alive "$pid" || { show_log "$dir/logs/php-server.log"; die "php -S on 127.0.0.1:$port exited while starting"; }
    status=$(http_status "$url/wp-json/")
    [[ $status == 200 ]] && break
    sleep 0.1
  done
  ((i < 300)) || { show_log "$dir/logs/php-server.log"; die "$url/wp-json/ did not answer 200 within 30 s (last: $status)"; }
  # `env` exec'd php, so $pid is php -S's parent; its workers are its children.
  local kids=()
  for ((i = 0; i < 50; i++)); do
    mapfile -t kids < <(children_of "$pid")
    ((${#kids[@]} >= workers)) && break
    sleep 0.1
  done
  printf '%s\n' "$pid" "${kids[@]}" >"$dir/run/web.pids"
  log "web: $url/wp-json/ answers (php -S pid $pid, workers ${kids[*]:-none})"
}

write_json() {
  local pids
  pids=$( (web_pids; cat "$dir/mysql/mariadbd.pid") | paste -sd, -)
  MIDAD_URL=$url MIDAD_DIR=$dir MIDAD_PIDS=$pids php -r '
    $install = json_decode(file_get_contents($argv[1]), true);
    echo json_encode([
      "url" => getenv("MIDAD_URL"),
      "user" => $install["user"],
      "appPassword" => $install["appPassword"],
      "dir" => getenv("MIDAD_DIR"),
      "pids" => array_map("intval", explode(",", getenv("MIDAD_PIDS"))),
    ], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
  ' "$dir/run/install.json" >"$dir/wordpress.json.tmp"
  mv "$dir/wordpress.json.tmp" "$dir/wordpress.json"
}

# -------------------------------------------------------------------- main --

mode=full
dir=''
started=0
copy_pid=''
if [[ ${1:-} == --web-only ]]; then
  mode=web
  dir=${2:-${WP_DIR:-}}
  [[ -n $dir ]] || die "usage: start.sh --web-only DIR (or WP_DIR=DIR)"
elif (($#)); then
  die "usage: start.sh [--web-only DIR]"
fi

on_exit() {
  local rc=$?
  trap - EXIT
  restore_service_starts
  if [[ -n $copy_pid ]]; then wait "$copy_pid" 2>/dev/null || true; fi
  if ((rc != 0 && rc != 3 && !started)) && [[ -n $dir && -f $dir/.midad-wordpress ]]; then
    show_log "$dir/logs/wp-debug.log" 10
    if [[ ${WP_KEEP_ON_FAILURE:-} == 1 ]]; then
      printf 'start.sh: failed (exit %s); kept %s (WP_KEEP_ON_FAILURE=1): stop.sh %s\n' "$rc" "$dir" "$dir" >&2
    elif [[ $mode == web ]]; then
      bash "$here/stop.sh" --web-only "$dir" >&2 || true
    else
      bash "$here/stop.sh" "$dir" >&2 || true
    fi
  fi
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

if [[ $mode == web ]]; then
  [[ -f $dir/.midad-wordpress && -f $dir/run/install.json ]] || die "$dir is not a site made by start.sh"
  dir=$(cd "$dir" && pwd -P)
  command -v php >/dev/null || unavailable "php is no longer installed"
  docroot=$dir/wordpress
  port=$(cat "$dir/run/port")
  url=http://127.0.0.1:$port
  db_running || die "mariadb of $dir is not running; start a new site instead"
  mapfile -t running < <(web_pids)
  if ((${#running[@]})); then
    [[ $(http_status "$url/wp-json/") == 200 ]] || die "php -S ${running[*]} runs but $url/wp-json/ does not answer"
    log "web: already running (${running[*]})"
  else
    start_web
  fi
  write_json
  started=1
  cat "$dir/wordpress.json"
  exit 0
fi

ensure_packages
command -v php >/dev/null || unavailable "php not found after installing php-cli"

if [[ -n ${WP_PORT:-} ]]; then
  if ! [[ $WP_PORT =~ ^[0-9]+$ ]] || ((WP_PORT < 1 || WP_PORT > 65535)); then
    die "WP_PORT=$WP_PORT is not a port"
  fi
  port=$WP_PORT
else
  port=$(free_port) || die "could not find a free port"
fi
url=http://127.0.0.1:$port
[[ $(http_status "$url/") == 000 ]] || die "something already answers on $url"

tmp_parent=${TMPDIR:-/tmp}
# A unix socket's path must stay under 108 bytes.
((${#tmp_parent} <= 60)) || tmp_parent=/tmp
dir=$(mktemp -d "$tmp_parent/midad-wp.XXXXXXXX")
dir=$(cd "$dir" && pwd -P)
chmod 755 "$dir"
: >"$dir/.midad-wordpress"
mkdir -p "$dir/logs" "$dir/run"
printf '%s\n' "$port" >"$dir/run/port"
docroot=$dir/wordpress
socket=$dir/mysql/mysql.sock
log "site folder $dir, $url"

# The copy (disk-bound) runs while MariaDB initialises.
{
  copy_wordpress
  write_config
} &
copy_pid=$!
start_db
wait "$copy_pid" || die "copying WordPress failed"
copy_pid=''
install_wordpress
start_web
write_json
started=1
log "ready"
cat "$dir/wordpress.json"
