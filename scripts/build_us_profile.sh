#!/bin/sh
# Build the `us` preset's CMYK output profile (GRACoL 2006, coated #1) from the ANSI CGATS/GRACoL
# TR 006-2007 characterization data, as shipped in src/omniprint/assets/profiles/.
#
# Needs Debian's `icc-profiles-free` (the TR006.ti3 data, zlib licence) and `argyll` (colprof):
#   apt-get install -y icc-profiles-free argyll
# Settings: medium quality (a ~200 KB profile, not 1 MB), ramped black generation (-kr), GRACoL's
# total ink limit of 320 % with 100 % black. The header date changes on each build; the tables don't.
set -eu
out="${1:-src/omniprint/assets/profiles/GRACoL2006_TR006_omniprint.icc}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp /usr/share/color/icc/TR006.ti3 "$work/TR006.ti3"
colprof -qm -kr -l320 -L100 \
  -D "GRACoL 2006 coated #1 (CGATS TR 006), OmniPrint" \
  -C "Built with ArgyllCMS colprof from ANSI CGATS/GRACoL TR 006-2007 characterization data (icc-profiles-free, zlib)" \
  -O "$work/out.icc" "$work/TR006"
cp "$work/out.icc" "$out"
echo "wrote $out ($(wc -c < "$out") bytes)"
