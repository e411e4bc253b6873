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
    chart.setOption(option(spec.type, items));
    chart.on("click", function (event) {
      var item = items[event.dataIndex];
      if (item && item.href) { window.location.href = item.href; }
    });
    charts.push(chart);
  });
  window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });

  function option(type, items) {
    var labels = items.map(function (i) { return i.label; });
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
})();
