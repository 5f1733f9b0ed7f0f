# SVG with an onload handler (KPI titles are drawn in an SVG chart).
text_repo \<svg\ onload=alert\(1\)\>\<foreignObject\>\<body\ onload=alert\(2\)\>\</body\>\</foreignObject\>\</svg\>
