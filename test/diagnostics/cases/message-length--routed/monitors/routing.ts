import { routing, slack } from '@vigil-monitors/vigil';

export const r = routing({
  id: 'routing',
  rules: [{ name: 'chat', match: { severity: ['sev3'] }, notify: [slack('#{team}-alerts')] }],
});
