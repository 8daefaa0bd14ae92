import { changeAlert, downtime, metricAlert, processAlert, serviceCheck } from '@vigil-monitors/vigil';

const owner = { team: 'platform', service: 'kafka', env: 'prod' } as const;
const runbook = 'https://runbooks.example.com/platform/kafka';

export const consumerLagGrowth = changeAlert({
  ...owner, severity: 'sev3',
  id: 'kafka-prod-consumer-lag-growth',
  name: '[prod] kafka: consumer lag growing fast',
  runbook: `${runbook}/consumer-lag`,
  change: 'change',
  aggregation: 'avg',
  window: 'last_5m',
  shift: 'last_1h',
  metric: 'sum:kafka.consumer_lag{env:prod} by {consumer_group}',
  comparator: '>',
  threshold: 100000,
  message: {
    summary: 'A consumer group fell 100,000 messages further behind within the hour.',
    impact: 'Downstream updates (orders, stock, emails) are delayed.',
    firstSteps: ['Find the consumer group in the alert', 'Check its consumers for errors or restarts'],
  },
  options: { onMissingData: 'show_no_data' },
});

export const underReplicated = metricAlert({
  ...owner, severity: 'sev2',
  id: 'kafka-prod-under-replicated',
  name: '[prod] kafka: partitions under-replicated',
  runbook: `${runbook}/under-replicated`,
  query: 'max(last_10m):sum:kafka.replication.under_replicated_partitions{env:prod} > 0',
  message: {
    summary: 'Some partitions have fewer in-sync replicas than configured.',
    impact: 'One more broker failure can lose messages.',
    firstSteps: ['Check broker health and disk', 'Look for a broker that restarted recently'],
    // Every team that produces to Kafka hears of it too, through the channel the Datadog team has set.
    notify: ['@team-platform'],
  },
  options: { notifyNoData: false, requireFullWindow: false },
});

export const brokerUp = serviceCheck({
  ...owner, severity: 'sev2',
  id: 'kafka-prod-broker-can-connect',
  name: '[prod] kafka: broker unreachable',
  runbook: `${runbook}/broker-down`,
  check: 'kafka.can_connect',
  over: ['env:prod'],
  by: ['host'],
  thresholds: { critical: 2, ok: 1 },
  message: {
    summary: 'The Agent cannot connect to a Kafka broker.',
    impact: 'Producers and consumers on that broker fail over; capacity is reduced.',
    firstSteps: ['Check the broker host', 'Check the broker JVM logs'],
  },
  options: { notifyNoData: true, noDataTimeframe: 10 },
});

export const zookeeper = processAlert({
  ...owner, severity: 'sev3',
  id: 'kafka-prod-zookeeper-processes',
  name: '[prod] kafka: fewer than 3 zookeeper processes',
  runbook: `${runbook}/zookeeper`,
  search: 'zookeeper',
  over: ['env:prod', 'role:zookeeper'],
  window: '5m',
  comparator: '<',
  threshold: 3,
  message: {
    summary: 'Fewer than three ZooKeeper processes are running.',
    impact: 'The quorum is at risk; one more loss stops leader election.',
    firstSteps: ['Find the missing node', 'Restart it through the deploy tool'],
  },
  options: { notifyNoData: true, noDataTimeframe: 10 },
});

export const diskStaging = metricAlert({
  team: 'platform', service: 'kafka', env: 'staging', severity: 'sev5',
  id: 'kafka-staging-disk-usage',
  name: '[staging] kafka: broker disk above 85%',
  runbook: `${runbook}/disk`,
  query: 'avg(last_15m):avg:system.disk.in_use{env:staging,service:kafka} by {host} > 0.85',
  message: {
    summary: 'A staging broker disk is more than 85% full.',
    impact: 'None for customers; staging topics may stop accepting writes.',
    firstSteps: ['Lower retention on the largest staging topics'],
  },
  options: { onMissingData: 'show_no_data' },
});

// The brokers are patched every Sunday at 03:00 Berlin time; partitions are under-replicated while they restart.
export const sundayPatching = downtime({
  id: 'kafka-sunday-patching',
  monitor: 'kafka-prod-under-replicated',
  message: 'Weekly broker patching: partitions are under-replicated while brokers restart.',
  schedule: {
    timeZone: 'Europe/Berlin',
    recurrences: [{ rrule: 'FREQ=WEEKLY;BYDAY=SU', duration: '2h', start: '2026-01-04T03:00' }],
  },
  notifyEndStates: ['alert', 'warn'],
});
