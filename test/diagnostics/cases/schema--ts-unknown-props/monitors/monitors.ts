// Misspelled and unknown props in every kind of monitor builder: each must be an error with "did you mean", at the
// line of the key (the builders' props types would reject them, but vigil does not type-check without --typecheck).
import {
  anomalyAlert, changeAlert, compositeMonitor, logAlert, metric, metricAlert, monitor, query, serviceCheck, sloAlert,
} from '@vigil-monitors/vigil';

const props = (p: object) => p as never;

export const cpu = metricAlert(props({
  id: 'web-cpu', name: 'CPU', message: 'CPU is high.', team: 'web',
  sevirity: 'sev1',
  query: 'avg(last_5m):avg:system.cpu.user{*} > 90',
  runBook: 'https://runbooks.example.com/cpu',
  description: 'monitors have no description',
}));

export const orders = changeAlert(props({
  id: 'orders-drop', name: 'Orders', message: 'Orders dropped.', severity: 'sev2',
  metric: 'sum:orders.placed{*}.as_count()', window: 'last_5m', shift: 'last_1h', comparator: '<',
  threshold: -50,
  treshold: -40,
}));

export const errors = logAlert(props({
  id: 'web-log-errors', name: 'Errors', message: 'Errors.', severity: 'sev3',
  search: 'status:error', window: '5m', comparator: '>', threshold: 10,
  rollup: { method: 'avg', mesure: '@duration' },
  indexs: ['main'],
}));

export const ping = serviceCheck(props({
  id: 'web-ping', name: 'Ping', message: 'Down.', severity: 'sev2', check: 'http.can_connect',
  overr: ['env:prod'],
}));

export const odd = anomalyAlert(props({
  id: 'web-anomaly', name: 'Anomaly', message: 'Odd.', severity: 'sev4', metric: 'avg:a{*}', window: 'last_4h',
  algorithm: 'basic', alertWindow: 'last_15m',
  deviation: 3,
}));

export const both = compositeMonitor(props({
  id: 'web-both', name: 'Both', message: 'Both.', severity: 'sev2', when: '${web-cpu} && ${web-ping}',
  wen: 'ignored',
}));

export const rum = monitor(props({
  id: 'web-rum', name: 'RUM', message: 'RUM.', severity: 'sev3', type: 'rum alert',
  query: 'rum("*").rollup("count").last("5m") > 5',
  tagz: ['a:b'],
}));

export const burn = sloAlert(props({
  id: 'web-burn', name: 'Burn', message: 'Burning.', severity: 'sev2', slo: 'abcdefabcdefabcdefabcdefabcdefab',
  timeframe: '30d',
  burnRate: { longWindow: '1h', shortWindow: '5m', rate: 14.4, shortWindw: '10m' },
}));

// The query builder's options objects too, whether the query goes to metricAlert or a metric to a typed builder.
export const spikes = metricAlert({
  id: 'web-spikes', name: 'Spikes', message: 'Spiky.', severity: 'sev3',
  query: query.avg('last_4h', metric('trace.http.request.hits').sum().anomalies(props({
    algorithm: 'agile',
    direciton: 'above',
  }))).atLeast(1),
});

export const outliers = anomalyAlert(props({
  id: 'web-outlier-anomaly', name: 'Odd hosts', message: 'Odd.', severity: 'sev4', window: 'last_4h',
  algorithm: 'basic', alertWindow: 'last_15m',
  metric: metric('system.load.1').avg().by('host').outliers(props({ algorithm: 'DBSCAN', tolerance: 3, percentag: 20 })),
}));

// A kit's monitor spread into a new object keeps the kit caller's mistakes.
const kit = (id: string, extra: object) => metricAlert(props({
  id, name: id, message: 'From the kit.', query: 'avg(last_5m):avg:system.load.1{*} > 2', ...extra,
}));
export const kitted = { ...kit('web-kitted', { sevirity: 'sev2' }), env: 'prod' };
