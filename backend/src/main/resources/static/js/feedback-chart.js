// Progressive enhancement only: draws the tier history as a step line where ECharts loaded. The table
// below the chart holds the same figures and stays the accessible source, so the chart is aria-hidden.
document.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById('tier-chart');
  if (!box || typeof echarts === 'undefined') {
    return;
  }
  var years = JSON.parse(box.dataset.years);
  var tiers = JSON.parse(box.dataset.tiers);
  var labels = { 1: box.dataset.label1, 2: box.dataset.label2, 3: box.dataset.label3, 4: box.dataset.label4 };
  box.hidden = false;
  echarts.init(box).setOption({
    grid: { left: 110, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: {
      type: 'value', min: 1, max: 4, interval: 1, inverse: true,
      axisLabel: { formatter: function (value) { return labels[value] || ''; } }
    },
    tooltip: {
      trigger: 'axis',
      formatter: function (points) { return points[0].name + ': ' + (labels[points[0].value] || '—'); }
    },
    series: [{ type: 'line', step: 'middle', data: tiers, symbolSize: 10 }]
  });
});
