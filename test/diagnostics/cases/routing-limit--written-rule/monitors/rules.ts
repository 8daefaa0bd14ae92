import { notificationRule } from '@vigil-monitors/vigil';

// 30 handles on alerts and 30 others as the fallback: 60 in all, more than one Datadog rule takes.
const channels = (prefix: string) => Array.from({ length: 30 }, (_, i) => `@slack-${prefix}-${i + 1}`);

export const loud = notificationRule({
  id: 'everyone',
  name: 'Everyone hears about everything',
  filter: { tags: ['team:web'] },
  conditionalRecipients: {
    conditions: [{ scope: 'transition_type:is_alert', recipients: channels('pages') }],
    fallbackRecipients: channels('chat'),
  },
});
