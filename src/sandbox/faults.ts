// Seeded fault injection and latency. One draw per request, taken in arrival order, decides its fate, so a run with
// the same seed and the same request sequence fails in exactly the same places.
import { type Random, seededRandom } from './random.ts';

export interface FaultOptions {
  /** Fraction of requests answered with a 5xx before reaching the emulator (nothing is written). */
  failRate?: number;
  /** Fraction of requests whose connection is reset before the emulator sees them (nothing is written). */
  resetRate?: number;
  /** Fraction of requests that hang: no answer until the client gives up or the sandbox closes (nothing is written). */
  timeoutRate?: number;
  /** Fraction of requests that are executed (writes are committed) but whose connection is destroyed before the
   * response is sent: the caller cannot tell whether its write happened. */
  lostResponseRate?: number;
  /** Fixed delay before each request is handled, in milliseconds. */
  latencyMs?: number;
  /** Extra uniformly distributed delay in [0, jitterMs), in milliseconds. */
  jitterMs?: number;
  /** Seed for every random choice above. Default 1. */
  seed?: number;
}

export type Fate =
  | { kind: 'normal' }
  | { kind: 'fail'; status: 500 | 502 | 503 }
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'lost' };

export interface RequestPlan {
  fate: Fate;
  delayMs: number;
}

const FAIL_STATUSES = [500, 502, 503] as const;

export class FaultPlanner {
  private readonly fates: Random;
  private readonly delays: Random;

  constructor(private readonly options: FaultOptions) {
    for (const key of ['failRate', 'resetRate', 'timeoutRate', 'lostResponseRate'] as const) {
      const rate = options[key] ?? 0;
      if (!(rate >= 0 && rate <= 1)) throw new RangeError(`"${key}" must be between 0 and 1 (got ${rate})`);
    }
    const seed = options.seed ?? 1;
    // Separate streams: turning jitter on must not move where the faults fall.
    this.fates = seededRandom(seed);
    this.delays = seededRandom(seed ^ 0x5eed5eed);
  }

  /** Decides the next request's fate; call once per request, in arrival order. */
  next(): RequestPlan {
    const o = this.options;
    const u = this.fates();
    const pick = this.fates(); // always drawn, so the sequence does not depend on which fate was chosen
    const delayMs = (o.latencyMs ?? 0) + (o.jitterMs ? this.delays() * o.jitterMs : 0);
    let edge = o.failRate ?? 0;
    if (u < edge) return { fate: { kind: 'fail', status: FAIL_STATUSES[Math.floor(pick * 3)] ?? 500 }, delayMs };
    edge += o.resetRate ?? 0;
    if (u < edge) return { fate: { kind: 'reset' }, delayMs };
    edge += o.timeoutRate ?? 0;
    if (u < edge) return { fate: { kind: 'hang' }, delayMs };
    edge += o.lostResponseRate ?? 0;
    if (u < edge) return { fate: { kind: 'lost' }, delayMs };
    return { fate: { kind: 'normal' }, delayMs };
  }
}
