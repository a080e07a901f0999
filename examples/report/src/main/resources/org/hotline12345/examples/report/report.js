/* The report's charts: reads the JSON in #report-data and draws each .chart with ECharts.
   A chart marks itself data-rendered="true" when ECharts says it has finished drawing. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var LIGHT = {GREEN: '#3ba272', YELLOW: '#f2b01e', RED: '#d9363e'};
  var PALETTE = ['#2f6db5', '#5ab1ef', '#f5994e', '#7fb80e', '#b6a2de', '#d87a80', '#8d98b3', '#e5cf0d',
    '#97b552', '#95706d', '#dc69aa', '#07a2a4'];

  function dayLabels() {
    return data.days.map(function (d) { return d.date.substring(5); });
  }

  function dayAxis() {
    return {
      type: 'category', data: dayLabels(),
      axisLabel: {
        interval: 0, rotate: 60, fontSize: 10,
        formatter: function (value, i) {
          var d = data.days[i];
          if (!d) { return value; }
          var style = d.kind === 'HOLIDAY' ? 'holiday' : d.kind === 'MAKE_UP_WORKING_DAY' ? 'makeup'
            : d.kind === 'WEEKEND' ? 'weekend' : 'work';
          return '{' + style + '|' + value + '}';
        },
        rich: {
          holiday: {color: '#d9363e', fontWeight: 'bold', fontSize: 10},
          makeup: {color: '#2f6db5', fontWeight: 'bold', fontSize: 10, backgroundColor: '#dde8f7', padding: [1, 2]},
          weekend: {color: '#999', fontSize: 10},
          work: {color: '#333', fontSize: 10}
        }
      }
    };
  }

  /* Shaded bands: holidays, and the lead-in days before the period. */
  function dayBands() {
    var bands = [];
    var start = -1;
    function close(i, name, color) {
      bands.push([{xAxis: i === start ? dayLabels()[start] : dayLabels()[start], name: name,
        itemStyle: {color: color}}, {xAxis: dayLabels()[i]}]);
    }
    var i;
    for (i = 0; i < data.days.length; i++) {
      var d = data.days[i];
      if (d.kind === 'HOLIDAY' && start < 0) { start = i; }
      var next = data.days[i + 1];
      if (start >= 0 && (!next || next.kind !== 'HOLIDAY')) {
        close(i, d.holidayName || '节假日', 'rgba(217,54,62,0.08)');
        start = -1;
      }
    }
    var leadIn = data.days.filter(function (x) { return !x.inPeriod; }).length;
    if (leadIn > 0) {
      start = 0;
      close(leadIn - 1, '上月 lead-in', 'rgba(120,120,120,0.08)');
    }
    return bands;
  }

  function stackedDaily(series, kind) {
    return series.map(function (s, i) {
      var out = {name: s.label, type: kind, stack: 'all', data: s.perDay, emphasis: {focus: 'series'},
        itemStyle: {color: PALETTE[i % PALETTE.length]}};
      if (kind === 'line') { out.areaStyle = {opacity: 0.35}; out.symbol = 'none'; }
      if (i === 0) {
        out.markArea = {silent: true, label: {position: 'insideTop', color: '#a33', fontSize: 11}, data: dayBands()};
      }
      return out;
    });
  }

  var builders = {
    volumeChannel: function () {
      return {
        title: {text: '每日诉求量（按渠道） Appeals a day by channel', left: 'center', textStyle: {fontSize: 14}},
        tooltip: {trigger: 'axis'}, legend: {top: 26},
        grid: {left: 50, right: 20, top: 60, bottom: 60},
        xAxis: dayAxis(), yAxis: {type: 'value', name: '件'},
        series: stackedDaily(data.volumes.byChannel, 'bar')
      };
    },
    volumeType: function () {
      return {
        title: {text: '每日诉求量（按类型） by appeal type', left: 'center', textStyle: {fontSize: 14}},
        tooltip: {trigger: 'axis'}, legend: {top: 26},
        grid: {left: 50, right: 20, top: 84, bottom: 60},
        xAxis: dayAxis(), yAxis: {type: 'value', name: '件'},
        series: stackedDaily(data.volumes.byType, 'line')
      };
    },
    volumeCategory: function () {
      var cats = data.volumes.byCategory;
      var cells = [];
      var max = 1;
      cats.forEach(function (s, y) {
        s.perDay.forEach(function (n, x) { cells.push([x, y, n]); if (n > max) { max = n; } });
      });
      return {
        title: {text: '每日诉求量（按分类） by category', left: 'center', textStyle: {fontSize: 14}},
        tooltip: {position: 'top', formatter: function (p) {
          return cats[p.value[1]].label + ' ' + data.days[p.value[0]].date + ': ' + p.value[2];
        }},
        grid: {left: 90, right: 20, top: 40, bottom: 90},
        xAxis: dayAxis(), yAxis: {type: 'category', data: cats.map(function (s) { return s.label; })},
        visualMap: {min: 0, max: max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
          itemHeight: 120, inRange: {color: ['#f4f8fd', '#5ab1ef', '#2f6db5', '#0d3c78']}},
        series: [{type: 'heatmap', data: cells, emphasis: {itemStyle: {borderColor: '#333', borderWidth: 1}}}]
      };
    },
    returnsHistogram: function () {
      var buckets = data.routing.casesByReturns;
      return {
        title: {text: '工单退单次数 Returns per case', left: 'center', textStyle: {fontSize: 14}},
        tooltip: {trigger: 'axis'},
        grid: {left: 60, right: 20, top: 50, bottom: 40},
        xAxis: {type: 'category', data: buckets.map(function (n, i) {
          return i === buckets.length - 1 && i > 0 ? i + '+ 次' : i + ' 次';
        })},
        yAxis: {type: 'value', name: '工单'},
        series: [{type: 'bar', data: buckets, barWidth: '45%', label: {show: true, position: 'top'},
          itemStyle: {color: function (p) { return p.dataIndex === 0 ? '#3ba272' : '#f5994e'; }}}]
      };
    },
    returnsByAgency: function () {
      var rows = data.routing.byAgency;
      return {
        title: {text: '各单位退单 Returns by department', left: 'center', textStyle: {fontSize: 14}},
        tooltip: {trigger: 'axis'}, legend: {top: 26},
        grid: {left: 60, right: 60, top: 84, bottom: 130},
        xAxis: {type: 'category', data: rows.map(function (r) { return r.name; }),
          axisLabel: {interval: 0, rotate: 35, fontSize: 10}},
        yAxis: [{type: 'value', name: '工单'}, {type: 'value', name: '退单率', max: 1,
          axisLabel: {formatter: function (v) { return Math.round(v * 100) + '%'; }}}],
        series: [
          {name: '派给它（主办） dispatched', type: 'bar', data: rows.map(function (r) { return r.dispatched; }),
            itemStyle: {color: '#5ab1ef'}},
          {name: '退单 returned', type: 'bar', data: rows.map(function (r) { return r.returned; }),
            itemStyle: {color: '#f5994e'}},
          {name: '被驳回 denied', type: 'bar', data: rows.map(function (r) { return r.denied; }),
            itemStyle: {color: '#d9363e'}},
          {name: '退单率 return rate', type: 'line', yAxisIndex: 1,
            data: rows.map(function (r) { return r.rate; }), itemStyle: {color: '#333'}}
        ]
      };
    },
    board: function () {
      var stages = data.board.stages;
      var lights = ['GREEN', 'YELLOW', 'RED'];
      var names = {GREEN: '绿灯 in time', YELLOW: '黄灯 near due', RED: '红灯 overdue'};
      return {
        title: {text: '督办看板：在办工单 Open cases by stage and light', left: 'center', textStyle: {fontSize: 14}},
        tooltip: {trigger: 'axis'}, legend: {top: 26},
        grid: {left: 110, right: 30, top: 60, bottom: 30},
        yAxis: {type: 'category', data: stages.map(function (s) { return s.label; })},
        xAxis: {type: 'value', name: '件'},
        series: lights.map(function (l) {
          return {name: names[l], type: 'bar', stack: 'all', itemStyle: {color: LIGHT[l]},
            label: {show: true, formatter: function (p) { return p.value > 0 ? p.value : ''; }},
            data: stages.map(function (s) { return s.counts[l]; })};
        })
      };
    },
    scores: function () {
      var rows = data.scores;
      var groups = [];
      rows.forEach(function (r) { if (groups.indexOf(r.group) < 0) { groups.push(r.group); } });
      return {
        title: {text: '考核得分 Scores, ranked within each group', left: 'center', textStyle: {fontSize: 14}},
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
        legend: {top: 26, data: groups},
        grid: {left: 220, right: 120, top: 60, bottom: 30},
        yAxis: {type: 'category', inverse: true, data: rows.map(function (r) { return r.name; }),
          axisLabel: {fontSize: 11}},
        xAxis: {type: 'value', min: 0, max: data.scoreMax},
        series: groups.map(function (g, gi) {
          return {name: g, type: 'bar', stack: 'score', barWidth: '60%',
            itemStyle: {color: PALETTE[gi % PALETTE.length]},
            label: {show: true, position: 'right', formatter: function (p) {
              return p.value == null ? '' : (Math.round(p.value * 10) / 10) + '（第' + rows[p.dataIndex].rank + '名）';
            }},
            data: rows.map(function (r) { return r.group === g ? r.score : null; })};
        })
      };
    }
  };

  var charts = [];
  Array.prototype.forEach.call(document.querySelectorAll('.chart'), function (el) {
    var build = builders[el.getAttribute('data-chart')];
    if (!build || typeof echarts === 'undefined') {
      el.setAttribute('data-rendered', 'failed');
      return;
    }
    var chart = echarts.init(el, null, {renderer: 'canvas'});
    chart.on('finished', function () { el.setAttribute('data-rendered', 'true'); });
    chart.setOption(Object.assign({animationDuration: 500, textStyle: {fontFamily: 'sans-serif'}}, build()));
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
}());
