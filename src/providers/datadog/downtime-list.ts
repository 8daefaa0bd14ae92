// The downtime list is read on every plan (a window whose definition was removed must still be found and
// cancelled), so it is built without the official client's Downtimes v2 module (v2-list.ts says why). Writes and
// single reads still go through the v2 request factory (downtimes-v2.ts), which is loaded only when a plan has a
// downtime to read by id or to write.
import type { client } from './official-client.ts';
import { refusedList, v2ListRequest } from './v2-list.ts';

/** `GET /api/v2/downtime` (DowntimesApi.listDowntimes): one page, cancelled windows included. */
export function listDowntimesRequest(configuration: client.Configuration, offset: number, limit: number): client.RequestContext {
  return v2ListRequest(configuration, 'v2.DowntimesApi.listDowntimes', '/api/v2/downtime', { 'page[offset]': String(offset), 'page[limit]': String(limit) });
}

/** Turns a refused list into the client's ApiException with the body Datadog sent. */
export const listDowntimesError = refusedList;
