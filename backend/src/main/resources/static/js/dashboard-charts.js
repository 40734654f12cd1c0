// Progressive enhancement only: draws the dashboard's charts where ECharts loaded. Each chart's table below it
// holds the same figures and stays the accessible source, so the charts are aria-hidden. For reviewers a bar or
// a funnel stage carries the address of the firms behind it: a click (or Enter on the table's link) drills down.
document.addEventListener('DOMContentLoaded', function () {
  var source = document.getElementById('dashboard-charts');
  if (!source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.dataset.charts);
  var charts = [];

  function draw(id, option) {
    var box = document.getElementById(id);
    if (!box) {
      return;
    }
    box.hidden = false;
    var chart = echarts.init(box);
    chart.setOption(option);
    chart.on('click', function (params) {
      if (params.data && params.data.url) {
        window.location.href = params.data.url;
      }
    });
    charts.push(chart);
  }

  function stacked(block) {
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      // The first slanted name reaches left of its bar: room for it on phones.
      grid: { left: window.innerWidth < 640 ? 30 : 10, right: 10, top: 40, bottom: 10, containLabel: true },
      // On a phone seven field names side by side overlap: slanted, each has room of its own.
      xAxis: { type: 'category', data: block.categories,
        axisLabel: { interval: 0, width: 90, overflow: 'truncate', rotate: window.innerWidth < 640 ? 40 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: block.series.map(function (s) {
        return { name: s.name, type: 'bar', stack: 'tiers', data: s.data, cursor: 'pointer' };
      })
    };
  }

  draw('funnel-chart', {
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [{
      type: 'funnel', sort: 'none', left: '10%', width: '80%', minSize: '20%',
      label: { show: true, position: 'inside', formatter: '{b}\n{c}' },
      data: data.funnel
    }]
  });
  if (data.cycles.categories.length) {
    draw('cycles-chart', stacked(data.cycles));
  }
  if (data.fields.categories.length) {
    draw('fields-chart', stacked(data.fields));
  }
  var trendSeries = [
    { name: data.trend.validHte.name, type: 'line', data: data.trend.validHte.data },
    { name: data.trend.issued.name, type: 'bar', data: data.trend.issued.data }
  ];
  if (data.trend.target) {
    trendSeries[0].markLine = { symbol: 'none', data: [{ yAxis: data.trend.target.value, name: data.trend.target.name }],
      label: { formatter: data.trend.target.name + ' {c}' } };
  }
  draw('trend-chart', {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 10, right: 30, top: 40, bottom: 10, containLabel: true },
    xAxis: { type: 'category', data: data.trend.categories },
    yAxis: { type: 'value', minInterval: 1 },
    series: trendSeries
  });

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
  // Printed pages take the charts at the paper's width.
  window.addEventListener('beforeprint', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
});
