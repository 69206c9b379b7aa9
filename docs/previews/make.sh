#!/usr/bin/env bash
# Regenerates the README's page-1 previews: builds the default set into a
# temporary folder, converts the chosen documents with LibreOffice and
# rasterises page 1 with pdftoppm. Needs libreoffice-writer-nogui,
# libreoffice-calc-nogui, poppler-utils and fonts-noto-cjk (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./cmd/gongwen build --out "$tmp/out" >/dev/null
declare -A pick=(
  [tongzhi]="关于在全省开展“学习贯彻十八大、争创发展新业绩”主题实践活动的通知.docx"
  [fangan]="省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室综合组工作方案.docx"
  [jianbao]="“学创”活动简报第1期.docx"
  [fengong]="省委“学习贯彻十八大、争创发展新业绩”主题实践活动责任分工.docx"
  [zongjie]="省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室2013年上半年工作总结.docx"
  [fengongbiao]="责任分工表.xlsx"
  [jiyao]="省委“学创”活动领导小组第一次会议纪要.docx"
  [duban]="关于对中共湖北省委组织部有关工作任务进行督办的通知.docx"
  [tuijin]="推进计划.xlsx"
)
for name in "${!pick[@]}"; do
  ext="${pick[$name]##*.}"
  cp "$tmp/out/${pick[$name]}" "$tmp/$name.$ext"
done
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$tmp"/*.docx "$tmp"/*.xlsx >/dev/null 2>&1
for name in "${!pick[@]}"; do
  pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$tmp/$name.pdf" "docs/previews/$name"
done
ls -l docs/previews/*.png
