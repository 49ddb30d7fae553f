# Sourced by scripts/infractl (and by a test): gives java a UTF-8 locale when the caller's is not UTF-8.
# Java decodes file names with the locale's charset, fixed at start-up (sun.jnu.encoding; -D cannot change it on
# JDK 17): under LANG=C a name such as "modèle.py" becomes "mod??le.py" and cannot be uploaded. C.UTF-8 is in
# every current glibc; when no UTF-8 locale is installed, nothing changes and such names are skipped with a warning.
if [ "$(locale charmap 2>/dev/null)" != "UTF-8" ]; then
  utf8_locale="$(locale -a 2>/dev/null | grep -i -m1 -E '^(c|en_us)\.utf-?8$' || true)"
  if [ -n "$utf8_locale" ]; then
    export LC_ALL="$utf8_locale"
  fi
fi
