// review-console: the dashboard's charts (Apache ECharts, served from /webjars). The data is in each chart's
// data-chart attribute (no inline script: the Content-Security-Policy allows scripts from this origin only).
// Selecting a slice or bar opens the asset list filtered to it. Without script the tables beside them stay.
(function () {
  if (!window.echarts) { return; }
  document.documentElement.classList.add("js-charts");
  var charts = [];
  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var spec;
    try { spec = JSON.parse(element.getAttribute("data-chart")); } catch (e) { return; }
    var items = spec.items || [];
    var chart = echarts.init(element);
    chart.setOption(option(spec.type, items, spec.series));
    chart.on("click", function (event) {
      var item = items[event.dataIndex];
      if (item && item.href) { window.location.href = item.href; }
    });
    charts.push(chart);
  });
  window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });

  function option(type, items, series) {
    var labels = items.map(function (i) { return i.label; });
    if (series) { return several(type, labels, items, series); }
    var values = items.map(function (i) {
      var point = { value: i.value, name: i.label };
      if (i.colour) { point.itemStyle = { color: i.colour }; }
      if (!i.href) { point.cursor = "default"; }
      return point;
    });
    if (type === "pie") {
      return { tooltip: { trigger: "item" }, legend: { bottom: 0 },
        series: [{ type: "pie", radius: ["35%", "65%"], data: values, label: { formatter: "{b}: {c}" } }] };
    }
    var horizontal = type === "hbar";
    // horizontal bars: the first (most frequent) at the top
    var category = { type: "category", data: labels, inverse: horizontal,
      axisLabel: { interval: 0, width: 120, overflow: "truncate" } };
    var count = { type: "value", minInterval: 1 };
    return { tooltip: { trigger: "axis" }, grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      xAxis: horizontal ? count : category, yAxis: horizontal ? category : count,
      series: [{ type: "bar", data: values, itemStyle: { color: "#0b5cad" } }] };
  }

  // several series over the same items: lines over months ("line") or stacked horizontal bars ("stacked-hbar");
  // an item without href (a month) is not clickable
  function several(type, labels, items, series) {
    var horizontal = type === "stacked-hbar";
    var category = { type: "category", data: labels, inverse: horizontal,
      axisLabel: { interval: horizontal ? 0 : "auto", width: 120, overflow: "truncate" } };
    var count = { type: "value", minInterval: 1 };
    return { tooltip: { trigger: "axis" }, legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
      xAxis: horizontal ? count : category, yAxis: horizontal ? category : count,
      series: series.map(function (s) {
        return { type: horizontal ? "bar" : "line", name: s.name, stack: s.stack || undefined,
          itemStyle: { color: s.colour }, lineStyle: horizontal ? undefined : { color: s.colour },
          cursor: horizontal ? "pointer" : "default",
          data: s.values.map(function (v, i) { return { value: v, cursor: items[i].href ? "pointer" : "default" }; }) };
      }) };
  }
})();
