#!/usr/bin/env bash
# Cold start three ways: JIT (a Release build), ReadyToRun and Native AOT (publishes for linux-x64 under $OUT).
# Runs the harness's children from each build side by side, then times the quickstart's whole process
# (embedded fake server included) in each, interleaved, and prints the median and range of its wall time.
#   tests/Masivo.Sdk.ColdStart/modes.sh [launches]      (SKIP_PUBLISH=1 reuses the publishes already in $OUT)
# Publishing for a runtime adds it to the projects' packages.lock.json files; this script puts them back,
# so it refuses to start while they hold uncommitted changes.
set -euo pipefail
cd "$(dirname "$0")/../.."
launches=${1:-10}
out=${OUT:-/tmp/masivo-coldstart}
harness=tests/Masivo.Sdk.ColdStart
quickstart=samples/Masivo.Samples.Quickstart

if [ -z "${SKIP_PUBLISH:-}" ]; then
  git diff --quiet -- '*packages.lock.json' || { echo "packages.lock.json files have uncommitted changes: commit them first."; exit 1; }
  trap "git checkout -- '*packages.lock.json'" EXIT
  aot=(-r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker=gcc)
  r2r=(-r linux-x64 --self-contained false -p:PublishReadyToRun=true)
  dotnet build $harness -c Release -v q -nologo
  dotnet build $quickstart -c Release -v q -nologo
  dotnet publish $harness -c Release "${r2r[@]}" -o "$out/harness-r2r" -v q -nologo
  dotnet publish $harness -c Release "${aot[@]}" -o "$out/harness-aot" -v q -nologo
  dotnet publish $quickstart -c Release "${r2r[@]}" -o "$out/quickstart-r2r" -v q -nologo
  # The quickstart prints its requests with reflection-based JSON, which Native AOT turns off by default.
  dotnet publish $quickstart -c Release "${aot[@]}" -p:JsonSerializerIsReflectionEnabledByDefault=true -o "$out/quickstart-aot" -v q -nologo
fi

jit=$harness/bin/Release/net10.0/Masivo.Sdk.ColdStart
dotnet $jit.dll --launches "$launches" --child-exe "JIT=$jit" \
  --child-exe "R2R=$out/harness-r2r/Masivo.Sdk.ColdStart" --child-exe "AOT=$out/harness-aot/Masivo.Sdk.ColdStart"

echo
echo "Quickstart, process wall time over $launches launches each (load average $(cut -d' ' -f1-3 /proc/loadavg)):"
declare -A builds=([JIT]=$quickstart/bin/Release/net10.0/Masivo.Samples.Quickstart [R2R]=$out/quickstart-r2r/Masivo.Samples.Quickstart [AOT]=$out/quickstart-aot/Masivo.Samples.Quickstart)
declare -A times
for _ in $(seq "$launches"); do
  for mode in JIT R2R AOT; do
    start=$(date +%s%N)
    env -u MASIVO_API_KEY -u MASIVO_ACCESS_TOKEN "${builds[$mode]}" > /dev/null
    times[$mode]+="$(( ($(date +%s%N) - start) / 1000000 )) "
  done
done
for mode in JIT R2R AOT; do
  sorted=($(tr ' ' '\n' <<<"${times[$mode]}" | grep . | sort -n))
  n=${#sorted[@]}
  echo "  $mode: median $(( (sorted[(n - 1) / 2] + sorted[n / 2]) / 2 )) ms [${sorted[0]}–${sorted[n - 1]}]"
done
