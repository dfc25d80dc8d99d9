#!/usr/bin/env bash
# Puts the Fandol fonts (FandolFang/Kai/Hei/Song, free GB2312 仿宋/楷体/黑体/宋体) where tests/fonts/fonts.conf
# looks for them: $XDG_DATA_HOME/docgen/fonts (default ~/.local/share/docgen/fonts), outside the repository.
# They come from Debian's texlive-lang-chinese package, downloaded and unpacked without installing it (installing
# it would drag in texlive-base). Only the Regular faces: the Bold files claim a regular weight and would win matches.
# Needs apt-get and dpkg-deb; does nothing when the fonts are already there.
set -euo pipefail
target="${XDG_DATA_HOME:-$HOME/.local/share}/docgen/fonts"
if compgen -G "$target/FandolFang-*.otf" >/dev/null; then
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download -q texlive-lang-chinese >/dev/null 2>&1) || {
  echo "fetch-fonts: apt-get download texlive-lang-chinese failed" >&2
  exit 1
}
dpkg-deb -x "$work"/texlive-lang-chinese_*.deb "$work/x"
mkdir -p "$target"
cp "$work"/x/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/Fandol{Fang,Kai,Hei,Song}-Regular.otf "$target/"
echo "fetch-fonts: Fandol fonts in $target"
