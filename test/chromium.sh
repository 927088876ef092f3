#!/bin/sh
# The Chromium of the tests: the real one (DUIZHAO_TEST_CHROMIUM, else /usr/bin/chromium) with the
# omnibox's WebUI popup turned off. Chromium preloads that popup, two pages in a renderer of their own,
# for every window it opens, and Playwright opens a window for each page: in a test run that was a
# sixth of all the processor time, for a popup no test ever shows. Chromium honours only the last
# --disable-features, so the features are added to the list Playwright passes, not given apart.
features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup
added=no
for arg do
  shift
  case $arg in
    --disable-features=*) arg="$arg,$features" added=yes ;;
  esac
  set -- "$@" "$arg"
done
[ "$added" = yes ] || set -- "$@" "--disable-features=$features"
exec "${DUIZHAO_TEST_CHROMIUM:-/usr/bin/chromium}" "$@"
