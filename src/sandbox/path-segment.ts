/** A URL path segment decoded; a malformed escape is kept as written (the route then simply finds no such id). */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
