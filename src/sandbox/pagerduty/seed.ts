import { idTaken } from './refs.ts';
import type { PdState, UserRecord } from './state.ts';
import { emptyState, nextPid } from './state.ts';

/** Invented people (example.com addresses) so escalation policies have real targets to point at. */
const PEOPLE: readonly Omit<UserRecord, 'id' | 'teams' | 'description'>[] = [
  { name: 'Ana Pereira', email: 'ana.pereira@example.com', time_zone: 'Europe/Lisbon', color: 'purple', role: 'admin', job_title: 'SRE Lead' },
  { name: 'Marcus Chen', email: 'marcus.chen@example.com', time_zone: 'America/Los_Angeles', color: 'green', role: 'user', job_title: 'Backend Engineer' },
  { name: 'Priya Raman', email: 'priya.raman@example.com', time_zone: 'Asia/Kolkata', color: 'teal', role: 'user', job_title: 'Platform Engineer' },
  { name: 'Tom Okafor', email: 'tom.okafor@example.com', time_zone: 'Europe/London', color: 'red', role: 'user', job_title: 'Database Engineer' },
  { name: 'Sofia Lindqvist', email: 'sofia.lindqvist@example.com', time_zone: 'Europe/Stockholm', color: 'orange', role: 'user', job_title: 'Site Reliability Engineer' },
  { name: 'Diego Álvarez', email: 'diego.alvarez@example.com', time_zone: 'America/Mexico_City', color: 'blue', role: 'limited_user', job_title: 'Support Engineer' },
];

const ROTATIONS = [
  { name: 'Platform Primary', time_zone: 'Europe/London', people: [0, 1, 2, 4], description: 'Weekly primary rotation for platform services.' },
  { name: 'Database Secondary', time_zone: 'UTC', people: [3, 5], description: 'Weekly secondary rotation for the database team.' },
];

/** Fixed start so seeded data is byte-identical on every run. */
const LAYER_START = '2024-01-01T09:00:00Z';

/** The state a fresh sandbox starts with: six users and two weekly schedules, no teams/services/policies. */
export function seededState(): PdState {
  const state = emptyState();
  const taken = idTaken(state);
  const userIds = PEOPLE.map((person) => {
    const id = nextPid(state, taken);
    state.users[id] = { id, ...person, description: null, teams: [] };
    return id;
  });
  for (const rotation of ROTATIONS) {
    const id = nextPid(state, taken);
    state.schedules[id] = {
      id,
      name: rotation.name,
      description: rotation.description,
      time_zone: rotation.time_zone,
      teams: [],
      schedule_layers: [{
        id: nextPid(state, taken),
        name: 'Layer 1',
        start: LAYER_START,
        rotation_virtual_start: LAYER_START,
        rotation_turn_length_seconds: 7 * 24 * 3600,
        users: rotation.people.map((i) => userIds[i] ?? ''),
      }],
    };
  }
  return state;
}
