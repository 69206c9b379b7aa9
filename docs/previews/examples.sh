#!/usr/bin/env bash
# Regenerates the page-1 previews of data/examples (README「其他示例」):
# builds each example into a temporary folder, converts the chosen
# documents with LibreOffice and rasterises page 1 with pdftoppm (page 2
# for the 印发通知 of yaodian, whose attachment table is on landscape pages).
# Needs the same packages as make.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd data/examples/quzhengfu && go run "$root/cmd/gongwen" build --out "$tmp/qzf" >/dev/null)
(cd data/examples/yaodian && go run "$root/cmd/gongwen" build --out "$tmp/yd" >/dev/null)
(cd data/examples/lishan && go run "$root/cmd/gongwen" build --out "$tmp/ls" >/dev/null)
declare -A pick=(
  [example-yinfa]="qzf/宁川区人民政府关于印发宁川区2023年重点工作任务分解和责任分工方案的通知.docx"
  [example-fenjie]="qzf/宁川区2023年重点工作任务分解和责任分工方案.docx"
  [example-yaodian]="yd/宁川市商务局2024年工作要点任务分工.docx"
  [example-lishan]="ls/立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知.docx"
  [example-lishan-fa]="ls/立山区政府2023年重点工作任务分解和责任分工方案.docx"
  [example-yaodian-yinfa]="yd/宁川市商务局关于印发2024年工作要点任务分工的通知.docx"
)
declare -A page=([example-yaodian-yinfa]=2)
for name in "${!pick[@]}"; do
  cp "$tmp/${pick[$name]}" "$tmp/$name.docx"
done
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$tmp"/example-*.docx >/dev/null 2>&1
for name in "${!pick[@]}"; do
  n=${page[$name]:-1}
  pdftoppm -r 60 -png -f "$n" -l "$n" -singlefile "$tmp/$name.pdf" "docs/previews/$name"
done
ls -l docs/previews/example-*.png
