#!/usr/bin/env bash
# webdav-fixture.sh: private WebDAV servers for the sync tests and benchmark
#
#   webdav-fixture.sh start apache|lighttpd|lighttpd-plain DIR
#                                                  start a server in DIR (created if needed);
#                                                  prints its collection URL on stdout
#   webdav-fixture.sh restart DIR                  start the server of DIR again, same port
#   webdav-fixture.sh kill DIR                     SIGKILL it (a crash, mid-request)
#   webdav-fixture.sh stop DIR                     stop it and wait for it to exit
#
# Apache httpd (mod_dav, mod_dav_fs, mod_auth_basic, mod_ssl) serves HTTPS with a certificate
# from a throwaway CA made here with openssl (DIR/ca.pem, for the client to trust); lighttpd
# (mod_webdav, mod_auth) serves plain HTTP, which the client allows to a loopback address only;
# lighttpd-plain is lighttpd without its SQLite database: a server that keeps no dead
# properties and offers no locks.
# Both ask for Basic authentication of user "tester", password in DIR/password. Both run as the
# test's own processes on 127.0.0.1 on a free port; as root they drop to www-data, who then
# owns the served folder.
#
# Copyright 2026 The Skillframe authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -euo pipefail

me=${0##*/}
die() { echo "$me: $*" >&2; exit 1; }

free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

make_certificates() {
    local d=$1
    [ -f "$d/ca.pem" ] && return 0
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -keyout "$d/ca.key" -out "$d/ca.pem" -days 2 -subj "/CN=Skillframe test CA" 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -keyout "$d/server.key" -out "$d/server.csr" -subj "/CN=127.0.0.1" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n' > "$d/server.ext"
    openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" -CAcreateserial \
        -out "$d/server.pem" -days 2 -extfile "$d/server.ext" 2>/dev/null
}

make_users() {
    local d=$1
    [ -f "$d/htpasswd" ] && return 0
    # A random password per fixture, so that a test can look for it everywhere it must not be.
    head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$d/password"
    printf 'tester:%s\n' "$(openssl passwd -apr1 "$(cat "$d/password")")" > "$d/htpasswd"
}

owner_setup() {
    local d=$1
    chmod 0711 "$d"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R www-data:www-data "$d/dav" "$d/run"
        chmod 0644 "$d/htpasswd" "$d/server.key" 2>/dev/null || true
    fi
}

wait_listening() {
    local port=$1 pidfile=$2 log=$3
    for _ in $(seq 1 100); do
        if [ -s "$pidfile" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        sleep 0.05
    done
    cat "$log" >&2 2>/dev/null || true
    return 1
}

start_apache() {
    local d=$1 port=$2
    local user_lines=""
    [ "$(id -u)" -eq 0 ] && user_lines=$'User www-data\nGroup www-data'
    cat > "$d/httpd.conf" <<CONF
ServerRoot "$d"
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile "$d/run/httpd.pid"
ErrorLog "$d/run/error.log"
LogLevel warn
$user_lines
LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule authz_user_module /usr/lib/apache2/modules/mod_authz_user.so
LoadModule authn_core_module /usr/lib/apache2/modules/mod_authn_core.so
LoadModule authn_file_module /usr/lib/apache2/modules/mod_authn_file.so
LoadModule auth_basic_module /usr/lib/apache2/modules/mod_auth_basic.so
LoadModule dav_module /usr/lib/apache2/modules/mod_dav.so
LoadModule dav_fs_module /usr/lib/apache2/modules/mod_dav_fs.so
LoadModule dav_lock_module /usr/lib/apache2/modules/mod_dav_lock.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule ssl_module /usr/lib/apache2/modules/mod_ssl.so
TypesConfig /etc/mime.types
StartServers 1
ServerLimit 2
ThreadsPerChild 16
MaxRequestWorkers 32
KeepAliveTimeout 30
MaxKeepAliveRequests 0
SSLEngine on
SSLCertificateFile "$d/server.pem"
SSLCertificateKeyFile "$d/server.key"
SSLSessionCache none
DavLockDB "$d/run/davlock"
DocumentRoot "$d/dav"
<Directory "$d/dav">
    Dav On
    AuthType Basic
    AuthName "Skillframe test"
    AuthUserFile "$d/htpasswd"
    Require valid-user
</Directory>
CONF
    mkdir -p "$d/dav/frameworks"
    owner_setup "$d"
    apache2 -f "$d/httpd.conf" -k start >> "$d/run/start.log" 2>&1 || { cat "$d/run/start.log" >&2; return 1; }
    wait_listening "$port" "$d/run/httpd.pid" "$d/run/error.log"
}

start_lighttpd() {
    local d=$1 port=$2 plain=${3:-}
    local user_lines="" db_line="webdav.sqlite-db-name = \"$d/run/webdav.db\""
    [ -n "$plain" ] && db_line=""
    [ "$(id -u)" -eq 0 ] && user_lines=$'server.username = "www-data"\nserver.groupname = "www-data"'
    cat > "$d/lighttpd.conf" <<CONF
server.modules = ("mod_auth", "mod_authn_file", "mod_webdav")
server.document-root = "$d/dav"
server.bind = "127.0.0.1"
server.port = $port
server.pid-file = "$d/run/lighttpd.pid"
server.errorlog = "$d/run/error.log"
server.max-keep-alive-requests = 10000
server.max-keep-alive-idle = 30
$user_lines
mimetype.assign = (".json" => "application/json", "" => "application/octet-stream")
auth.backend = "htpasswd"
auth.backend.htpasswd.userfile = "$d/htpasswd"
auth.require = ("/" => ("method" => "basic", "realm" => "Skillframe test", "require" => "valid-user"))
webdav.activate = "enable"
webdav.is-readonly = "disable"
$db_line
CONF
    mkdir -p "$d/dav/frameworks"
    owner_setup "$d"
    lighttpd -f "$d/lighttpd.conf" >> "$d/run/start.log" 2>&1 || { cat "$d/run/start.log" "$d/run/error.log" >&2 2>/dev/null; return 1; }
    wait_listening "$port" "$d/run/lighttpd.pid" "$d/run/error.log"
}

start_lighttpd_plain() {
    start_lighttpd "$1" "$2" plain
}

start() {
    local kind=$1 d=$2 port scheme
    mkdir -p "$d/run"
    d=$(cd "$d" && pwd)
    make_certificates "$d"
    make_users "$d"
    echo "$kind" > "$d/kind"
    for _ in 1 2 3 4 5; do
        port=$(free_port)
        echo "$port" > "$d/port"
        if "start_${kind//-/_}" "$d" "$port"; then
            scheme=https; [ "$kind" != apache ] && scheme=http
            echo "$scheme://127.0.0.1:$port/frameworks/" | tee "$d/url"
            return 0
        fi
        stop "$d" || true
    done
    die "could not start $kind in $d"
}

pid_of() {
    local d=$1
    cat "$d/run/httpd.pid" "$d/run/lighttpd.pid" 2>/dev/null | head -n 1
}

stop() {
    local d=$1 sig=${2:-TERM} pid children
    pid=$(pid_of "$d") || true
    [ -n "$pid" ] || return 0
    # Apache's children hold the port until they have gone too: they are signalled by their
    # ids, taken before the parent goes.
    children=$(ps -o pid= --ppid "$pid" 2>/dev/null || true)
    kill "-$sig" "$pid" 2>/dev/null || true
    [ "$sig" = KILL ] && [ -n "$children" ] && kill -KILL $children 2>/dev/null || true
    for p in $pid $children; do
        for _ in $(seq 1 100); do
            kill -0 "$p" 2>/dev/null || break
            sleep 0.05
        done
    done
    rm -f "$d/run/httpd.pid" "$d/run/lighttpd.pid"
}

case ${1:-} in
    start) [ $# -eq 3 ] || die "usage: $me start apache|lighttpd DIR"
           case $2 in apache|lighttpd|lighttpd-plain) ;; *) die "unknown server: $2" ;; esac
           start "$2" "$3" ;;
    restart) [ $# -eq 2 ] || die "usage: $me restart DIR"
             d=$(cd "$2" && pwd); kind=$(cat "$d/kind"); port=$(cat "$d/port")
             "start_${kind//-/_}" "$d" "$port" || die "could not restart $kind in $d" ;;
    stop) [ $# -eq 2 ] || die "usage: $me stop DIR"; stop "$2" TERM ;;
    # A SIGKILL can leave mod_dav's lock database half written, and Apache then answers
    # 500 ("Could not open the lock database") to LOCKs of some names after a restart: it
    # is removed, as an administrator does after a crash. The locks it held go with it.
    kill) [ $# -eq 2 ] || die "usage: $me kill DIR"; stop "$2" KILL; rm -f "$2/run/davlock"* ;;
    *) die "usage: $me start|restart|stop|kill …" ;;
esac
