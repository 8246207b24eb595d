/**
 * Six lab sessions trained in lockstep: one "round" is one SGD step of every run that has not
 * diverged, so all of them sit at the same step and their curves share an x-axis. Every
 * EVAL_EVERY steps each run's loss and accuracy on the whole data set are recorded, which makes
 * the curves, and the step at which 90 % was first reached, the same in the worker, the
 * main-thread fallback, the build-time table and the tests.
 */
import { LabSession, type Measurement } from '~/widgets/kit/lab/session';
import { EVAL_EVERY, REMEDIES, THRESHOLD, settingsFor } from './remedies';

/** Whole-data-set loss and accuracy of every remedy at one step (NaN once a run has diverged). */
export interface CurvePoint { step: number; loss: number[]; accuracy: number[] }

export class Comparison {
  readonly sessions: LabSession[];
  readonly depth: number;
  readonly seed: number;
  step = 0;
  /** Evaluation points not yet taken by `takePoints()`. */
  private fresh: CurvePoint[] = [];
  /** First evaluated step at which each run reached THRESHOLD accuracy, or null. */
  reached: (number | null)[] = [];

  /** `sharedLr` replaces every remedy's own learning rate (the lesson shows what one shared rate does). */
  constructor(depth: number, seed: number, sharedLr?: number) {
    this.depth = depth;
    this.seed = seed;
    this.sessions = REMEDIES.map((r) => new LabSession({ ...settingsFor(r, depth, seed), ...(sharedLr ? { lr: sharedLr } : {}) }));
    this.start();
  }

  private start(): void {
    this.step = 0;
    this.fresh = [];
    this.reached = this.sessions.map(() => null);
    this.evaluate();
  }

  reset(): void {
    for (const s of this.sessions) s.reset();
    this.start();
  }

  /** Rounds until `rounds` are done or `deadline` (performance.now()) has passed; at least one round when rounds > 0. */
  advance(rounds: number, deadline = Infinity): number {
    let done = 0;
    while (done < rounds) {
      for (const s of this.sessions) if (s.status !== 'diverged') s.advance(1);
      this.step++;
      done++;
      if (this.step % EVAL_EVERY === 0) this.evaluate();
      if (performance.now() >= deadline) break;
    }
    return done;
  }

  private evaluate(): void {
    const point: CurvePoint = { step: this.step, loss: [], accuracy: [] };
    this.sessions.forEach((s, i) => {
      const ok = s.status !== 'diverged';
      const e = ok ? s.trainer.evaluate() : { loss: NaN, accuracy: NaN };
      point.loss.push(e.loss);
      point.accuracy.push(e.accuracy);
      if (this.reached[i] === null && e.accuracy >= THRESHOLD) this.reached[i] = this.step;
    });
    this.fresh.push(point);
  }

  /** The evaluation points recorded since the last call. */
  takePoints(): CurvePoint[] {
    const out = this.fresh;
    this.fresh = [];
    return out;
  }

  /** Full measurement (loss, accuracy, per-layer ‖∂L/∂W‖) of run i at the current step. */
  measure(i: number): Measurement {
    return this.sessions[i].measure();
  }

  /** Step at which run i diverged, or null. */
  divergedAt(i: number): number | null {
    return this.sessions[i].trainer.divergedAt;
  }
}
