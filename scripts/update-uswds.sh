#!/usr/bin/env bash
# Refreshes the U.S. Web Design System served from src/Hartline/wwwroot/lib/uswds from the npm registry.
# The compiled files are kept in the repository (as the ASP.NET Core templates keep bootstrap), so running
# Hartline needs only the .NET SDK; this script is for whoever upgrades USWDS, and needs npm.
# Only what the pages use is copied: the minified CSS and JS, the woff2 fonts and the images the CSS names.
# Usage: scripts/update-uswds.sh [version]   (default: the version below)
set -euo pipefail
version=${1:-3.14.0}
root=$(cd "$(dirname "$0")/.." && pwd)
dest=$root/src/Hartline/wwwroot/lib/uswds
work=$(mktemp -d /tmp/uswds.XXXX)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "@uswds/uswds@$version" >/dev/null && tar xzf uswds-uswds-*.tgz)
dist=$work/package/dist

rm -rf "$dest"
mkdir -p "$dest/css" "$dest/js"
cp "$dist/css/uswds.min.css" "$dest/css/"
cp "$dist/js/uswds.min.js" "$dist/js/uswds-init.min.js" "$dest/js/"
# The source maps name sources that are not shipped here: drop the comment so browsers don't ask for them.
sed -i 's|//# sourceMappingURL=.*||; s|/\*# sourceMappingURL=[^*]*\*/||' "$dest/css/uswds.min.css" "$dest/js/"*.js
# Every font and image the stylesheet refers to (the hero photo is not used by Hartline).
# Plus the icons the layout's markup names (the search button, the menu's close button).
{ grep -o 'url(\.\./[^)]*)' "$dist/css/uswds.min.css" | sed 's|^url(\.\./||; s|)$||'; echo img/usa-icons-bg/search--white.svg; echo img/usa-icons/close.svg; } |
  sort -u | grep -v '^img/hero\.' |
  while read -r file; do
    mkdir -p "$dest/$(dirname "$file")"
    cp "$dist/$file" "$dest/$file"
  done
cp "$work/package/LICENSE.md" "$dest/LICENSE.md"
echo "$version" > "$dest/VERSION"
echo "USWDS $version copied to ${dest#$root/} ($(du -sh "$dest" | cut -f1))"
