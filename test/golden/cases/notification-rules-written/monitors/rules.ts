import { notificationRule } from '@vigil-monitors/vigil';

export const security = notificationRule({
  id: 'security-pages',
  name: 'Security alerts page the security team',
  filter: { tags: ['team:security', 'env:prod'] },
  recipients: ['@pagerduty-security', 'slack-security'],
});

export const search = notificationRule({
  id: 'search-by-transition',
  name: 'Search by transition',
  filter: { scope: 'service:search AND NOT env:dev' },
  conditionalRecipients: {
    conditions: [{ scope: 'transition_type:is_alert', recipients: ['@slack-search-pages'] }],
    fallbackRecipients: ['@slack-search'],
  },
});
