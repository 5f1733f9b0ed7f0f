// GOV.UK-like typography and tables, readable on screen and printed on A4.
// Tag colours are GOV.UK's dark-on-light pairs (each at least 5.6:1), and
// every tag carries its word, so colour is never the only signal.
#include "render/report/report_css.hpp"

namespace plan {

const char* report_css() {
    return R"css(:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #0b0c0c; font-family: Arial, "Helvetica Neue", Helvetica, "Liberation Sans", sans-serif; font-size: 1rem; line-height: 1.45; }
main { max-width: 1020px; margin: 0 auto; padding: 24px 30px 48px; }
.masthead { border-bottom: 10px solid #1d70b8; padding-bottom: 12px; margin-bottom: 24px; }
.authority { font-size: 1.2rem; font-weight: 700; margin: 0 0 8px; }
h1 { font-size: 2rem; line-height: 1.15; margin: 0; }
h2 { font-size: 1.5rem; line-height: 1.2; margin: 40px 0 16px; padding-top: 8px; border-top: 2px solid #b1b4b6; }
h3 { font-size: 1.2rem; line-height: 1.25; margin: 28px 0 12px; }
p, ul, ol, dl { margin: 0 0 16px; }
a { color: #1d70b8; }
a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
.fields { display: grid; grid-template-columns: max-content 1fr; gap: 6px 24px; padding: 16px 20px; background: #f3f2f1; }
.fields div { display: contents; }
.fields dt { font-weight: 700; }
.fields dd { margin: 0; }
.notice { border-left: 8px solid #0b0c0c; padding: 12px 16px; margin: 0 0 20px; background: #f3f2f1; font-weight: 700; }
.notice p, .notice div { margin: 0; }
.contents ol { padding-left: 1.5em; columns: 2; }
.contents h2 { border-top: 0; margin-top: 16px; }
table { width: 100%; border-collapse: collapse; margin: 0 0 28px; font-size: 0.95em; }
caption { text-align: left; font-weight: 700; font-size: 1.05em; padding: 0 0 8px; }
.visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px 8px 0; border-bottom: 1px solid #b1b4b6; overflow-wrap: break-word; hyphens: auto; }
thead th { border-bottom: 2px solid #0b0c0c; }
tbody th { font-weight: 700; }
.num { text-align: right; }
td p, th p, li p, dd p { margin: 0 0 6px; }
td p:last-child, th p:last-child, li p:last-child { margin-bottom: 0; }
.cell-list { list-style: none; padding: 0; margin: 0; }
.cell-list li { margin: 0 0 6px; }
.cell-list li:last-child { margin-bottom: 0; }
table.appendix { font-size: 0.8em; }
table.appendix th, table.appendix td { padding-right: 8px; }
table.figures { font-size: 0.85em; }
.tag { display: inline-block; padding: 1px 6px; margin-left: 2px; font-weight: 700; font-size: 0.85em; line-height: 1.3; white-space: nowrap; }
.tag-red { color: #942514; background: #f4cdc6; }
.tag-amber { color: #594d00; background: #fff7bf; }
.tag-green { color: #005a30; background: #cce2d8; }
.tag-blue { color: #0c2d4a; background: #bbd4ea; }
.tag-grey { color: #383f43; background: #eeefef; }
.chart-block { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; align-items: start; margin: 0 0 28px; }
.chart-block table { margin: 0; }
svg.chart { width: 100%; height: auto; display: block; }
body.on-a-page main { max-width: 900px; }
body.on-a-page h2 { margin-top: 20px; }
@media (max-width: 700px) {
  main { padding: 16px; }
  .chart-block { grid-template-columns: 1fr; }
  .contents ol { columns: 1; }
}
@page { size: A4; margin: 18mm 14mm 18mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, "Liberation Sans", sans-serif; color: #0b0c0c; } }
@page appendix { size: A4 landscape; margin: 14mm 12mm 14mm; }
@page one-page { size: A4; margin: 9mm 11mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 20pt; }
  h2 { font-size: 15pt; margin-top: 18pt; }
  h3 { font-size: 12pt; }
  a { color: #0b0c0c; text-decoration: none; }
  .contents { break-after: page; }
  thead { display: table-header-group; }
  tr, .tag, svg.chart, .notice, .fields { break-inside: avoid; }
  h2, h3, caption, thead { break-after: avoid; }
  /* A KPI's heading, description and owner line go with its chart. */
  #kpis h3 + p, #kpis h3 + p + p { break-after: avoid; }
  .chart-block { display: block; break-inside: avoid; }
  .chart-block svg.chart { width: 80%; margin-bottom: 8pt; }
  /* A row stays whole, so no part of it is printed without its action id. */
  table.appendix tr { break-inside: avoid; }
  #kpis, #appendix { break-before: page; }
  #appendix { page: appendix; }
  .tag, .fields, .notice, .masthead { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body.on-a-page main { page: one-page; }
  body.on-a-page { font-size: 8.5pt; line-height: 1.25; }
  body.on-a-page h1 { font-size: 14pt; }
  body.on-a-page caption { padding-bottom: 2pt; }
  body.on-a-page h2 { font-size: 11pt; margin: 8pt 0 4pt; padding-top: 3pt; }
  body.on-a-page .masthead { margin-bottom: 8pt; border-bottom-width: 5pt; }
  body.on-a-page p, body.on-a-page ul { margin-bottom: 5pt; }
  body.on-a-page table { margin-bottom: 6pt; font-size: 8pt; }
  body.on-a-page th, body.on-a-page td { padding: 2pt 5pt 2pt 0; }
}
)css";
}

}  // namespace plan
