# Shared by the jobs/ scripts: build the shaded jar when sources changed, and the Spark classpath for
# running it without a Spark installation.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/broadsheet.jar"
SPARK_CP_FILE="$ROOT/target/spark-classpath.txt"

build_if_needed() {
  local newest
  newest=$(find "$ROOT/src/main" "$ROOT/pom.xml" -type f -newer "$JAR" 2>/dev/null | head -1 || true)
  if [[ ! -f "$JAR" || -n "$newest" ]]; then
    echo "broadsheet: building $JAR (first run downloads Maven dependencies) ..." >&2
    (cd "$ROOT" && mvn -q -B -DskipTests package) >&2
  fi
  if [[ ! -f "$SPARK_CP_FILE" || "$ROOT/pom.xml" -nt "$SPARK_CP_FILE" ]]; then
    (cd "$ROOT" && mvn -q -B dependency:build-classpath -DincludeScope=provided -Dmdep.outputFile="$SPARK_CP_FILE") >&2
  fi
}

# JVM flags Spark needs on Java 17+, one per line in jobs/spark-jvm-flags (same list as the pom's argLine).
spark_jvm_flags() {
  grep -v '^\s*$' "$ROOT/jobs/spark-jvm-flags" | tr '\n' ' '
}

# The JVM flags of a Broadsheet process started by these scripts: Spark's, plus the JIT settings of jobs/jit-flags
# (comment lines start with #).
launch_jvm_flags() {
  echo "$(spark_jvm_flags) $(grep -v '^\s*\(#.*\)\?$' "$ROOT/jobs/jit-flags" | tr '\n' ' ')"
}
