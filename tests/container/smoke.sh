#!/usr/bin/env bash
# Container smoke test: builds the GovBot image with podman (against local stand-ins for the .NET base images, see
# ../shared/tools/container-bases.sh) and checks the things a self-hoster relies on: the seeded store answers, the
# process is not root, the /data volume persists the store, the health check and the "no token" exit work.
# Run from anywhere, as root:  bash tests/container/smoke.sh
# Env: GOVBOT_SMOKE_IMAGE (default govbot:smoke; the build stage is kept as $GOVBOT_SMOKE_IMAGE-build for the layer
# cache), GOVBOT_SMOKE_KEEP_IMAGE=0 to remove both afterwards (the next run then rebuilds from scratch).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
image=${GOVBOT_SMOKE_IMAGE:-govbot:smoke}
volume="govbot-smoke-$(date +%s)-$$"
started=$SECONDS
keep_dangling=0
passed=0
failed=0

pass() { passed=$((passed + 1)); printf 'PASS  %s\n' "$1"; }
fail() {
  failed=$((failed + 1)); printf 'FAIL  %s\n' "$1"
  if [ -n "${2:-}" ]; then printf '%s\n' "$2" | sed 's/^/      | /' | head -n 40; fi
}
summary() {
  printf 'container smoke: %d passed, %d failed\n' "$passed" "$failed"
  [ "$failed" -eq 0 ]
}

# --- base images and podman flags ---------------------------------------------------------------------------------
bases_out=$(bash "$root/../shared/tools/container-bases.sh")
eval "$(printf '%s\n' "$bases_out" | tail -n 1)"
: "${GOVBOT_PODMAN_FLAGS:?container-bases.sh did not print GOVBOT_PODMAN_FLAGS}"
# shellcheck disable=SC2086  # the flags are meant to split
pm() { podman $GOVBOT_PODMAN_FLAGS "$@"; }

cleanup() {
  pm volume rm -f "$volume" >/dev/null 2>&1 || true
  if [ "${GOVBOT_SMOKE_KEEP_IMAGE:-1}" = 0 ]; then pm rmi -f "$image" "$image-build" >/dev/null 2>&1 || true; fi
  # Images this project's earlier builds left untagged (the storage driver is vfs: every layer is a full copy, so
  # they add up fast). Only dangling ones go: the layers under $image and $image-build and the bases stay.
  if [ "$keep_dangling" = 0 ]; then pm image prune -f --filter label=org.govbot.project=govbot >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# --- build ----------------------------------------------------------------------------------------------------------
echo "building $image from $root ..."
build_start=$SECONDS
build_log=$(mktemp)
if pm build --format docker --pull=never --network=host -t "$image" "$root" >"$build_log" 2>&1; then
  pass "image builds ($((SECONDS - build_start)) s)"
  # Tag the build stage's last layer ($image-build): it anchors the layer cache (restore, publish), so the prune in
  # cleanup only removes what earlier builds left behind. The id is the last "--> ID" before the final stage's FROM.
  stage=$(awk '/^--> [0-9a-f]+$/ { last = $2 } /^\[[0-9]+\/[0-9]+\] STEP 1\// { if (last != "") prev = last } END { print prev }' "$build_log")
  if [ -n "$stage" ] && [ "$(pm image inspect --format '{{index .Labels "org.govbot.project"}}' "$stage" 2>/dev/null)" = govbot ]; then
    pm tag "$stage" "$image-build"
  else
    keep_dangling=1 # could not tell the build stage apart: prune nothing rather than lose the cache
  fi
  rm -f "$build_log"
else
  fail "image builds ($((SECONDS - build_start)) s)" "$(tail -n 40 "$build_log")"
  rm -f "$build_log"
  keep_dangling=1 # the layers that did build (restore, say) are untagged: keep them for the next attempt
  summary || exit 1
fi

pm volume create "$volume" >/dev/null

# run VERB ARGS…: one terminal job against the volume; sets $out (stdout+stderr) and $rc
run() {
  rc=0
  out=$(pm run --rm --no-healthcheck --network=none -v "$volume:/data" "$@" 2>&1) || rc=$?
}
# has OUTPUT TEXT: whether OUTPUT contains TEXT literally
has() { grep -qF -- "$2" <<<"$1"; }
# recorded OUTPUT: N from "N commands recorded.", or 0
recorded() { sed -n 's/.*\b\([0-9][0-9]*\) commands recorded\..*/\1/p' <<<"$1" | head -n 1 | grep . || echo 0; }

# --- a) the seeded store answers ------------------------------------------------------------------------------------
run "$image" speaker Long
if [ "$rc" -eq 0 ] && has "$out" "Long Zhou" && has "$out" "Coordinator for Cyber Affairs"; then
  pass "a) speaker Long: exit 0, Long Zhou, Coordinator for Cyber Affairs"
else
  fail "a) speaker Long: exit $rc (want 0, Long Zhou, Coordinator for Cyber Affairs)" "$out"
fi

# --- b) quotes ------------------------------------------------------------------------------------------------------
run "$image" quote "arms race"
if [ "$rc" -eq 0 ] && has "$out" "Long Zhou"; then
  pass "b) quote \"arms race\": exit 0, mentions Long Zhou"
else
  fail "b) quote \"arms race\": exit $rc (want 0 and Long Zhou)" "$out"
fi

# --- c) not root ----------------------------------------------------------------------------------------------------
# (one container for both: every `podman run` on vfs copies the whole image, several seconds each)
run --entrypoint sh "$image" -c 'id -u; for d in /app/data/articles /app; do touch "$d/.w" 2>/dev/null && echo "$d writable" || echo "$d read-only"; done'
uid=$(head -n 1 <<<"$out")
if [ "$rc" -eq 0 ] && [ "$uid" = 1654 ]; then
  pass "c) runs as UID 1654"
else
  fail "c) runs as UID $uid (want 1654, exit $rc)" "$out"
fi
if [ "$(tail -n +2 <<<"$out")" = $'/app/data/articles read-only\n/app read-only' ]; then
  pass "c) seed articles and /app are read-only for the app user"
else
  fail "c) seed articles and /app are read-only for the app user" "$out"
fi

# --- d) persistence -------------------------------------------------------------------------------------------------
run --entrypoint ls "$image" -ln /data
if [ "$rc" -eq 0 ] && grep -Eq '^-.* 1654 +1654 .* govbot\.db$' <<<"$out"; then
  pass "d) /data/govbot.db exists in the volume, owned by 1654"
else
  fail "d) /data/govbot.db exists in the volume, owned by 1654" "$out"
fi

run "$image" stats
first=$(recorded "$out")
first_rc=$rc
run "$image" summary "shared future"
run "$image" stats
second=$(recorded "$out")
if [ "$first_rc" -eq 0 ] && [ "$rc" -eq 0 ] && [ "$first" -ge 2 ] && [ "$second" -gt "$first" ]; then
  pass "d) stats persists across runs: $first then $second commands recorded"
else
  fail "d) stats persists across runs: $first then $second commands recorded (want >= 2, then more; exits $first_rc, $rc)" "$out"
fi

# with no seed folder at all, answers can only come from the store kept in the volume
run -e Seed__Path=/nonexistent "$image" speaker Long
if [ "$rc" -eq 0 ] && has "$out" "Long Zhou"; then
  pass "d) the store in the volume answers without the seed folder"
else
  fail "d) the store in the volume answers without the seed folder (exit $rc)" "$out"
fi

# --- e) health ------------------------------------------------------------------------------------------------------
run "$image" health
if [ "$rc" -eq 1 ] && has "$out" "unhealthy"; then
  pass "e) health without a running bot: exit 1, unhealthy"
else
  fail "e) health without a running bot: exit $rc (want 1 and unhealthy)" "$out"
fi

# --- f) no verb, no token -------------------------------------------------------------------------------------------
run "$image"
if [ "$rc" -eq 2 ] && has "$out" "Discord__Token"; then
  pass "f) no verb and no token: exit 2, names Discord__Token"
else
  fail "f) no verb and no token: exit $rc (want 2 and Discord__Token)" "$out"
fi

# --- g) a running bot (Discord unreachable) stops on SIGTERM within 10 s, store intact ----------------------------------
name="govbot-smoke-bot-$$"
pm run -d --name "$name" --no-healthcheck --network=none -v "$volume:/data" -e Discord__Token=abc.def.smoke "$image" >/dev/null 2>&1 || true
waited=0
# The logs are read whole before searching: with pipefail, `pm logs | grep -q` fails whenever grep stops reading
# before podman has written everything (a long log after a few retries), and the wait then never ends.
until has "$(pm logs "$name" 2>&1 || true)" "Gateway connection failed" || [ "$waited" -ge 60 ]; do sleep 1; waited=$((waited + 1)); done
# the README's terminal verb while the bot runs: refused at once, naming the bot's container, nothing touched
run "$image" quote "arms race"
busy_rc=$rc
busy_out=$out
bot_host=$(pm inspect --format '{{.Config.Hostname}}' "$name" 2>/dev/null || echo "?")
if [ "$busy_rc" -eq 3 ] && has "$busy_out" "is in use by another GovBot process" && has "$busy_out" "$bot_host"; then
  pass "g) a verb beside the running bot: exit 3, names the bot's container ($bot_host)"
else
  fail "g) a verb beside the running bot: exit $busy_rc (want 3, 'in use' and $bot_host)" "$busy_out"
fi
stop_start=$(date +%s%N)
pm stop -t 10 "$name" >/dev/null 2>&1 || true
stop_ms=$((($(date +%s%N) - stop_start) / 1000000))
exit_code=$(pm inspect --format '{{.State.ExitCode}}' "$name" 2>/dev/null || echo "?")
logs=$(pm logs "$name" 2>&1 | tail -n 20)
pm rm -f "$name" >/dev/null 2>&1 || true
run "$image" speaker Long
if [ "$waited" -lt 60 ] && [ "$stop_ms" -lt 10000 ] && [ "$exit_code" = "0" ] && [ "$rc" -eq 0 ] && has "$out" "Long Zhou" && ! has "$logs" "abc.def.smoke"; then
  pass "g) podman stop ends a running bot in ${stop_ms} ms, exit 0, token not logged, store answers after"
else
  fail "g) podman stop: waited ${waited} s, stopped in ${stop_ms} ms, exit ${exit_code}, verb after rc ${rc}" "$logs"
fi

# --- image metadata -------------------------------------------------------------------------------------------------
meta=$(pm image inspect --format '{{json .HealthCheck}} user={{.Config.User}} stop={{.Config.StopSignal}} entrypoint={{json .Config.Entrypoint}} cmd={{json .Config.Cmd}}' "$image" 2>&1) || true
if has "$meta" '"health"' && has "$meta" "user=1654" && has "$meta" "stop=SIGTERM" && has "$meta" 'entrypoint=["dotnet","/app/GovBot.dll"]' && has "$meta" "cmd=null"; then
  pass "image has HEALTHCHECK, USER 1654, STOPSIGNAL SIGTERM, exec ENTRYPOINT, no CMD"
else
  fail "image has HEALTHCHECK, USER 1654, STOPSIGNAL SIGTERM, exec ENTRYPOINT, no CMD" "$meta"
fi

echo "total $((SECONDS - started)) s"
summary
