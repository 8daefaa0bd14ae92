// PagerDuty as code: each team's on-call policy and its two services — `<team>-high` pages at once, `<team>-low`
// waits for working hours. Routing names them; vigil also adds the Datadog integration to each service and the
// Datadog PagerDuty service object, so `@pagerduty-<team>-high` resolves. People and schedules are referenced.
import { escalationPolicy, pagerdutyService, pagerdutyTeam, schedule, user } from '@vigil-monitors/vigil';

const WORKING_HOURS = { timeZone: 'Europe/Berlin', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };

interface TeamPaging {
  team: string;
  title: string;
  /** Who is paged first: a schedule by name, or a person by email. */
  primary: ReturnType<typeof schedule>;
}

function teamPaging({ team, title, primary }: TeamPaging) {
  return [
    pagerdutyTeam({ id: `${team}-team`, name: title, description: `${title} engineering team.` }),
    escalationPolicy({
      id: `${team}-oncall`,
      name: `${title} on-call`,
      description: `Pages ${title} on-call, then the SRE lead.`,
      rules: [
        { delayMinutes: 15, targets: [primary] },
        { delayMinutes: 30, targets: [user('ana.pereira@example.com')] },
      ],
      loops: 2,
      teams: [`${team}-team`],
    }),
    pagerdutyService({ id: `${team}-high`, name: `${team}-high`, description: `${title}: pages immediately.`, escalationPolicy: `${team}-oncall`, urgency: 'high' }),
    pagerdutyService({
      id: `${team}-low`, name: `${team}-low`, description: `${title}: pages in working hours only.`, escalationPolicy: `${team}-oncall`,
      // At night an incident waits at low urgency; when the team starts, whatever is still open is raised to high.
      urgency: { supportHours: WORKING_HOURS, during: 'high', outside: 'low', raiseAtStart: true },
    }),
  ];
}

export const payments = teamPaging({ team: 'payments', title: 'Payments', primary: schedule('Platform Primary') });
export const discovery = teamPaging({ team: 'discovery', title: 'Discovery', primary: user('marcus.chen@example.com') });
export const fulfillment = teamPaging({ team: 'fulfillment', title: 'Fulfillment', primary: user('sofia.lindqvist@example.com') });
export const platform = teamPaging({ team: 'platform', title: 'Platform', primary: schedule('Platform Primary') });
