/** A value as a reviewer reads it in a diff line: JSON, shortened when very long. */
export function showValue(v: unknown, max = 160): string {
  if (v === undefined) return '(not set)';
  const text = JSON.stringify(v);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function describeReason(reason: string | undefined): string {
  switch (reason) {
    case 'drift': return 'edited outside vigil (drift); the update restores the code';
    case 'code+drift': return 'the code changed, and the object was also edited outside vigil (drift)';
    case 'duplicate': return 'a duplicate of an object vigil already manages (left by an interrupted apply)';
    case 'removed': return 'no longer defined in code';
    case 'code': return 'the code changed';
    case 'adopt': return 'adopted: vigil takes over this existing object and adds its ownership marker (tags on a monitor or SLO, a line in the description of a PagerDuty service)';
    default: return '';
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
