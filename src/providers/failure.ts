// The words for a request that failed: which request (method and URL, never a key), why (connection refused, DNS,
// timeout, TLS, reset, or the HTTP status with the provider's own message) and what to change. Both transports — the
// one under the official Datadog client and the pdjs calls — word their failures here, so the two never disagree.
import { type Endpoint, hostOf, shownUrl } from './endpoint.ts';
import { describeBody, isRetryableStatus, PermissionError, ProviderError } from './errors.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A request that got no HTTP answer. `timedOut` is true when vigil's own timeout ended it. */
export function networkFailure(e: Endpoint, method: string, url: string, err: unknown, attempts: number, timedOut: boolean): ProviderError {
  const request = `${method.toUpperCase()} ${shownUrl(url)}`;
  const code = errorCode(err);
  const tries = attempts > 1 ? `, after ${attempts} attempts` : '';
  let text: string;
  if (timedOut || isTimeout(err)) {
    text = `no answer within ${seconds(e.timeoutMs)}${tries} (timeout). ${e.provider} or the network is slow or down: try again, `
      + `and raise VIGIL_HTTP_TIMEOUT_MS (now ${e.timeoutMs}) if answers are merely slow. ${e.urlFix}`;
  } else if (code === 'ECONNREFUSED') {
    text = `connection refused: nothing listens at ${hostPort(url)}. ${e.urlFix}`;
  } else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    text = `the host name ${hostOf(url)} does not resolve (DNS, ${code}). ${e.urlFix}`;
  } else if (code && isTlsCode(code)) {
    const plain = /WRONG_VERSION_NUMBER|EPROTO/.test(code) ? ' (an https:// URL pointing at a plain-http server?)' : '';
    text = `TLS failed (${code})${plain}. Check that the URL is the service's https address; behind a proxy that re-signs TLS, `
      + `point NODE_EXTRA_CA_CERTS at its CA certificate. ${e.urlFix}`;
  } else if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'ECONNABORTED') {
    text = `the connection was closed before an answer (${code}${tries}). Usually passing: run the command again; if it persists, `
      + `check proxies and firewalls on the way to ${hostOf(url)}.`;
  } else {
    text = `the request failed (${code ?? messageOf(err)}${tries}). ${e.urlFix}`;
  }
  return new ProviderError(`${request}: ${text}`, undefined, true, { cause: err, request });
}

/** A request answered with an error status (after retries, for those that are retried). */
export function statusFailure(e: Endpoint, method: string, url: string, status: number, body: unknown, attempts: number): ProviderError {
  const verb = method.toUpperCase();
  const request = `${verb} ${shownUrl(url)}`;
  const said = describeBody(body).replace(/[.\s]+$/, ''); // the sentence goes on after it
  const answer = `HTTP ${status}${said ? `: ${said}` : ''}`;
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  if (status === 403 && WRITES.has(verb)) {
    return new PermissionError(`${e.writeKey} may not write to ${e.provider}: ${request} answered ${answer}. ${e.writeFix}`, e.writeKey, { request });
  }
  let text: string;
  if (status === 401 || status === 403) text = `${e.provider} refused the keys (${answer}). ${e.keysFix}`;
  else if (status === 404) {
    text = WRITES.has(verb)
      ? `${e.provider} has no such object (${answer}); it was deleted since the plan was made? Run "vigil plan" again.`
      : `${e.provider} has no such object or path (${answer}). If every read fails this way, ${e.urlFix.charAt(0).toLowerCase()}${e.urlFix.slice(1)}`;
  } else if (status === 429) text = `rate limited (${answer})${tries}. Wait a minute and run again, or lower --concurrency.`;
  else if (status >= 500) text = `${e.provider} failed (${answer})${tries}: trouble on ${e.provider}'s side. Try again later.`;
  else if (status < 400) text = `${e.provider} answered ${answer}, which is not an answer vigil can read. ${e.urlFix}`;
  else text = `${e.provider} refused the request (${answer}).`;
  return new ProviderError(`${request}: ${text}`, status, isRetryableStatus(status), { request });
}

/** The system error code of a network failure, wherever the fetch library put it (undici wraps it in `cause`). */
export function errorCode(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && e.code !== '') return e.code;
  }
  return undefined;
}

function isTimeout(err: unknown): boolean {
  const name = (err as { name?: unknown } | undefined)?.name;
  return name === 'TimeoutError' || errorCode(err) === 'ETIMEDOUT' || errorCode(err) === 'UND_ERR_CONNECT_TIMEOUT';
}

function isTlsCode(code: string): boolean {
  return /CERT|SSL|TLS|EPROTO|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function hostPort(url: string): string {
  try {
    const u = new URL(url);
    return u.port ? `${u.hostname}:${u.port}` : u.hostname;
  } catch {
    return url;
  }
}

function seconds(ms: number): string {
  return `${ms / 1000} s`;
}
