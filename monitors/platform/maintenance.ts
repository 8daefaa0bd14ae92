import { outsideWorkingHours } from '@vigil-monitors/vigil';

// Staging pages nobody at night: every monitor tagged env:staging is muted outside Berlin working hours.
export const stagingQuietHours = outsideWorkingHours({
  id: 'staging-quiet-hours',
  monitorTags: ['env:staging'],
  timeZone: 'Europe/Berlin',
});
