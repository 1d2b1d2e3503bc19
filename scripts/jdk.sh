# Sourced by ./argus and ./build: finds a JDK 21 or newer and exports JAVA_HOME.
# Order: JAVA_HOME, then `java` on the PATH, then the JDKs installed in the usual places (newest first).

ARGUS_MIN_JAVA=21

# Prints the feature version (17, 21, 25 ...) of the JDK at $1, or nothing.
argus_jdk_version() {
  local home=$1 v=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  v=${v#1.}
  echo "${v%%[.+-]*}"
}

argus_find_jdk() {
  local seen=() candidates=() home v best="" bestv=0
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    candidates+=("$home")
  fi
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* "$HOME"/.sdkman/candidates/java/* \
    "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$home" ] && candidates+=("$home")
  done
  for home in "${candidates[@]}"; do
    home=$(readlink -f "$home")
    v=$(argus_jdk_version "$home")
    [ -n "$v" ] || continue
    seen+=("$home (Java $v)")
    # JAVA_HOME wins when it is good enough; otherwise take the newest.
    if [ "$v" -ge "$ARGUS_MIN_JAVA" ]; then
      if [ -n "${JAVA_HOME:-}" ] && [ "$home" = "$(readlink -f "$JAVA_HOME")" ]; then
        best=$home; bestv=$v; break
      fi
      if [ "$v" -gt "$bestv" ]; then best=$home; bestv=$v; fi
    fi
  done
  if [ -z "$best" ]; then
    echo "argus: no JDK $ARGUS_MIN_JAVA or newer found." >&2
    if [ ${#seen[@]} -eq 0 ]; then
      echo "argus: found no JDK at all (looked at JAVA_HOME, the PATH and /usr/lib/jvm)." >&2
    else
      echo "argus: found only:" >&2
      printf '  %s\n' "${seen[@]}" | sort -u >&2
    fi
    echo "argus: install a JDK $ARGUS_MIN_JAVA+ (for example: apt-get install openjdk-21-jdk) or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME=$best
  export ARGUS_JAVA_VERSION=$bestv
  # Maven 3.8's bundled Guava calls sun.misc.Unsafe, which JDK 24+ warns about on every run.
  if [ "$bestv" -ge 24 ]; then
    case " ${MAVEN_OPTS:-} " in
      *sun-misc-unsafe-memory-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
}

# Prints the JVM options the launcher adds for a command; $1 is ARGUS_JAVA_OPTS, the rest the command
# line. `extract` and `eval` are batch jobs: they get the throughput collector, since their pauses
# matter to no one, and a young generation of 128 MB. What a page leaves behind is garbage within the
# second, so the young generation bounds the heap's peak (248 MB over the 990 dev pages, against 677
# MB with the JVM's defaults, in the same time); the heap as a whole keeps the JVM's limit, so that a
# run over millions of pages can still hold its growing corpus (duplicate signatures, names).
# Options the user set win: nothing is added beside a collector of theirs, and no young generation
# beside theirs. Other commands get the JVM's defaults.
argus_default_opts() {
  local opts=" $1 " cmd="" a out=""
  shift
  for a in "$@"; do
    case "$a" in
      -*) ;;
      *) cmd=$a; break ;;
    esac
  done
  case "$cmd" in
    extract | eval) ;;
    *) return 0 ;;
  esac
  case "$opts" in
    *"-XX:+Use"*"GC"*) return 0 ;;
  esac
  out="-XX:+UseParallelGC"
  case "$opts" in
    *" -Xmn"* | *"NewSize"*) ;;
    *) out="$out -Xmn128m" ;;
  esac
  echo "$out"
}
