// Reading Datadog JSON whose shape is not known in advance: a request body, an answer (`{data}`), a resource, or
// bare attributes. Shared by the compilers of the JSON:API kinds (notification rules, downtimes, SLO corrections)
// and by the planner and providers that read the same bodies back.

type Json = Record<string, unknown>;

/** A JSON object (not an array, not null). */
export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The attributes of a JSON:API resource in any of the shapes it travels in: `{data: {attributes}}`, `{attributes}`, or the attributes themselves. */
export function resourceAttributes(body: unknown): Json {
  if (!isObject(body)) return {};
  const data = isObject(body.data) ? body.data : body;
  return isObject(data.attributes) ? data.attributes : data;
}
