import { highWord, withHighWord, fromWords } from './bits.ts';
import { exp } from './exp.ts';

/**
 * The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt, for GELU, after fdlibm's s_erf.c (Sun
 * Microsystems 1993): odd, so the work is on |x| and the sign is put back at the end.
 *   |x| < 0.84375:  erf(x) = x + x·P(x²)/Q(x²)          (x + x·efx below 2^-28)
 *   |x| < 1.25:     erf(x) = erx + P(s)/Q(s), s = |x| − 1, erx = erf(1) rounded to 24 bits
 *   |x| < 6:        erf(x) = 1 − e^(−x² − 0.5625 + R(1/x²)/S(1/x²)) / |x|, with one rational pair
 *                   below 1/0.35 ≈ 2.857 and another above; e^(−x²) is taken as
 *                   e^(−z² − 0.5625) · e^((z − x)(z + x) + R/S) where z is x with its low 32 bits
 *                   cleared, so z² is exact and no digits of x² are lost
 *   |x| ≥ 6:        ±1 (erfc(6) ≈ 2·10^-17 is below half an ulp of 1)
 * The coefficients are fdlibm's Remez fits; the exponentials are the engine's own exp.
 * Error ≤ 1 ulp on the whole domain (tests/engine/elementary-accuracy.test.ts measures it).
 */
const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01; // 2/√π − 1
const EFX8 = 1.02703333676410069053e+00; // 8·EFX
// [0, 0.84375]
const PP0 = 1.28379167095512558561e-01, PP1 = -3.25042107247001499370e-01, PP2 = -2.84817495755985104766e-02;
const PP3 = -5.77027029648944159157e-03, PP4 = -2.37630166566501626084e-05;
const QQ1 = 3.97917223959155352819e-01, QQ2 = 6.50222499887672944485e-02, QQ3 = 5.08130628187576562776e-03;
const QQ4 = 1.32494738004321644526e-04, QQ5 = -3.96022827877536812320e-06;
// [0.84375, 1.25]
const PA0 = -2.36211856075265944077e-03, PA1 = 4.14856118683748331666e-01, PA2 = -3.72207876035701323847e-01;
const PA3 = 3.18346619901161753674e-01, PA4 = -1.10894694282396677476e-01, PA5 = 3.54783043256182359371e-02;
const PA6 = -2.16637559486879084300e-03;
const QA1 = 1.06420880400844228286e-01, QA2 = 5.40397917702171048937e-01, QA3 = 7.18286544141962662868e-02;
const QA4 = 1.26171219808761642112e-01, QA5 = 1.36370839120290507362e-02, QA6 = 1.19844998467991074170e-02;
// [1.25, 1/0.35]
const RA0 = -9.86494403484714822705e-03, RA1 = -6.93858572707181764372e-01, RA2 = -1.05586262253232909814e+01;
const RA3 = -6.23753324503260060396e+01, RA4 = -1.62396669462573470355e+02, RA5 = -1.84605092906711035994e+02;
const RA6 = -8.12874355063065934246e+01, RA7 = -9.81432934416914548592e+00;
const SA1 = 1.96512716674392571292e+01, SA2 = 1.37657754143519042600e+02, SA3 = 4.34565877475229228821e+02;
const SA4 = 6.45387271733267880336e+02, SA5 = 4.29008140027567833386e+02, SA6 = 1.08635005541779435134e+02;
const SA7 = 6.57024977031928170135e+00, SA8 = -6.04244152148580987438e-02;
// [1/0.35, 6]
const RB0 = -9.86494292470009928597e-03, RB1 = -7.99283237680523006574e-01, RB2 = -1.77579549177547519889e+01;
const RB3 = -1.60636384855821916062e+02, RB4 = -6.37566443368389627722e+02, RB5 = -1.02509513161107724954e+03;
const RB6 = -4.83519191608651397019e+02;
const SB1 = 3.03380607434824582924e+01, SB2 = 3.25792512996573918826e+02, SB3 = 1.53672958608443695994e+03;
const SB4 = 3.19985821950859553908e+03, SB5 = 2.55305040643316442583e+03, SB6 = 4.74528541206955367215e+02;
const SB7 = -2.24409524465858183362e+01;

/** Error function: odd, erf(±0) = ±0, erf(±∞) = ±1, erf(NaN) = NaN. */
export function erf(x: number): number {
  if (x !== x) return x;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return hx < 0 ? -1 : 1; // ±∞
  if (ix < 0x3feb0000) { // |x| < 0.84375
    if (ix < 0x3e300000) { // |x| < 2^-28: erf(x) = x·2/√π to within an ulp (keeps −0)
      if (ix < 0x00800000) return 0.125 * (8 * x + EFX8 * x); // scaled so x·EFX does not lose bits
      return x + EFX * x;
    }
    const z = x * x;
    const r = PP0 + z * (PP1 + z * (PP2 + z * (PP3 + z * PP4)));
    const s = 1 + z * (QQ1 + z * (QQ2 + z * (QQ3 + z * (QQ4 + z * QQ5))));
    return x + x * (r / s);
  }
  if (ix < 0x3ff40000) { // |x| < 1.25
    const s = (x < 0 ? -x : x) - 1;
    const p = PA0 + s * (PA1 + s * (PA2 + s * (PA3 + s * (PA4 + s * (PA5 + s * PA6)))));
    const q = 1 + s * (QA1 + s * (QA2 + s * (QA3 + s * (QA4 + s * (QA5 + s * QA6)))));
    return hx >= 0 ? ERX + p / q : -ERX - p / q;
  }
  if (ix >= 0x40180000) return hx < 0 ? -1 : 1; // |x| ≥ 6
  const ax = withHighWord(x, ix); // |x|
  const s = 1 / (ax * ax);
  let R: number, S: number;
  if (ix < 0x4006db6e) { // |x| < 1/0.35
    R = RA0 + s * (RA1 + s * (RA2 + s * (RA3 + s * (RA4 + s * (RA5 + s * (RA6 + s * RA7))))));
    S = 1 + s * (SA1 + s * (SA2 + s * (SA3 + s * (SA4 + s * (SA5 + s * (SA6 + s * (SA7 + s * SA8)))))));
  } else {
    R = RB0 + s * (RB1 + s * (RB2 + s * (RB3 + s * (RB4 + s * (RB5 + s * RB6)))));
    S = 1 + s * (SB1 + s * (SB2 + s * (SB3 + s * (SB4 + s * (SB5 + s * (SB6 + s * SB7))))));
  }
  const z = fromWords(ix, 0); // |x| with the low word cleared: z² is exact
  const r = exp(-z * z - 0.5625) * exp((z - ax) * (z + ax) + R / S);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}
