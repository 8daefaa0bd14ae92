import { escalationPolicy, schedule, user } from '@vigil-monitors/vigil';

export const oncall = escalationPolicy({
  id: 'web-oncall', name: 'Web on-call',
  rules: [
    { delayMinutes: 15, targets: [user('bob'), user('alice@example.com'), schedule('Web primary')] },
    { delayMinutes: 30, targets: [user('PABC123'), user('carol@example')] },
  ],
});
